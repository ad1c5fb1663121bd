/**
 * One p after several ratios of a sentence: "Smoking (OR 2.10, 95% CI 1.30–3.39) and alcohol use
 * (OR 1.10, 95% CI 0.85–1.42) were associated with hypertension, p = 0.01". Each ratio is given
 * in its own parenthesis and the p stands outside them all: it may be either ratio's, or a test
 * of the model. Given to the last ratio (the nearest) it is a guess, and a false alarm whenever
 * it is the other's. Such a p is left to no ratio. A p inside a ratio's own parenthesis ("(OR
 * 1.10, 95% CI 0.85–1.42, p = 0.48)") stays that ratio's.
 */
import type { EstimateReport, Extraction } from '../types.ts';

/** Whether `at` lies inside a parenthesis that opens after `from` and closes after `at`. */
function enclosedAfter(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

export function detachSharedSentenceP(text: string, extraction: Extraction): void {
  const bySentence = new Map<number, EstimateReport[]>();
  for (const e of extraction.estimates) {
    if (e.family !== 'ratio' || e.origin !== 'text' || !e.ci) continue;
    const list = bySentence.get(e.place.quoteStart);
    if (list) list.push(e);
    else bySentence.set(e.place.quoteStart, [e]);
  }
  for (const ratios of bySentence.values()) {
    if (ratios.length < 2) continue;
    for (const e of ratios) {
      if (!e.p || e.p.start < e.ci!.end) continue;
      // The ratio in a parenthesis of its own that closes before its p.
      const open = text.lastIndexOf('(', e.value.start);
      if (open < e.place.quoteStart || !enclosedAfter(text, open, e.value.start)) continue;
      const close = text.indexOf(')', e.ci!.end);
      if (close >= 0 && close < e.p.start) e.p = null;
    }
  }
}
