/**
 * A correlation told in Indonesian words, its p after it in the same sentence: "nilai korelasi
 * antara dukungan sosial dengan penerimaan diri sebesar 0,00 dengan p sebesar 0,649",
 * "koefisien korelasi (r) sebesar 0,456 dan nilai signifikansi 0,012". Read as an r without
 * degrees of freedom (the sentence gives no n) with that p; the p-value check decides what can be
 * said of it. Only words stand between "korelasi" and its "sebesar", and between the coefficient
 * and the p, so that a number of another kind is never taken for either. A sentence with a
 * labelled statistic of its own (an `r = …` is the statement reader's) or two such coefficients
 * is left alone; a "taraf/tingkat signifikansi" names the level, not the p.
 */
import type { Extraction, Num, PReport, TestReport } from '../types.ts';
import { parseNum } from './numbers.ts';
import type { Span } from './segments.ts';

const COEFFICIENT =
  /\b(?:nilai|koefisien)\s+korelasi\b(?:\s*\(\s*r\s*\))?[^\d.;:=]{0,120}?\bsebesar\s+([-−]?0?[.,]\d+)(?![\d.,]\d)/giu;
/** Right after the coefficient: "dengan p sebesar 0,649", "dan nilai signifikansi = 0,012". */
const P_AFTER =
  /^\s*,?\s*(?:dengan|dan)\s+(?:nilai\s+)?(?:p(?:[-\s]?value)?|sig\.?|signifikansi|probabilitas)\s*(?:sebesar|=|:|adalah)?\s*(0?[.,]\d+)(?![\d.,]\d)/iu;

/** The index of the last sorted start before x, or −1. */
function lastBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function readCorrelationProseId(text: string, spans: Span[], extraction: Extraction): void {
  // Looked up by place, not by a scan per sentence: a long text has thousands of tests and p's.
  const places = extraction.tests.map((t) => t.place).sort((a, b) => a.start - b.start);
  const starts = places.map((p) => p.start);
  let reach = 0;
  const reachBy = places.map((p) => (reach = Math.max(reach, p.end)));
  const pAt = new Map(extraction.pValues.map((v) => [v.p.start, v]));
  const hasTest = (span: Span) => {
    const i = lastBefore(starts, span.end);
    return i >= 0 && reachBy[i]! > span.start;
  };
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/korelasi/i.test(sentence)) continue;
    if (hasTest(span)) continue;
    const rs = [...sentence.matchAll(COEFFICIENT)];
    if (rs.length !== 1) continue;
    const rm = rs[0]!;
    const after = rm.index + rm[0].length;
    const pm = P_AFTER.exec(sentence.slice(after));
    if (!pm) continue;
    const rAt = span.start + rm.index + rm[0].lastIndexOf(rm[1]!);
    const pStart = span.start + after + pm.index + pm[0].lastIndexOf(pm[1]!);
    const r: Num | null = parseNum(rm[1]!.replace('−', '-'), rAt);
    const p: Num | null = parseNum(pm[1]!, pStart);
    if (!r || !p || Math.abs(r.value) > 1 || p.value > 1) continue;
    const read = pAt.get(pStart);
    const pReport: PReport = read?.p ?? { op: '=', num: p, oneTailedLabel: false, start: p.start, end: p.end };
    const place = { start: rAt, end: pReport.end, quoteStart: span.start, quoteEnd: span.end };
    const test: TestReport = {
      kind: 'r',
      label: 'r',
      op: '=',
      value: r,
      df: null,
      p: pReport,
      tails: 'unstated',
      place,
      origin: 'text',
    };
    extraction.tests.push(test);
    if (read) read.attached = true;
    else extraction.pValues.push({ p: pReport, place, attached: true });
  }
}
