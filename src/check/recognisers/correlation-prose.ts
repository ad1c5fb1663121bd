/**
 * A correlation reported in words, with its p and sample size in the same sentence: "a Pearson
 * correlation of 0.623 with a significance level of 0.015 and N = 50", "the correlation
 * coefficient was .41 (p-value of .003, N = 48)". Read as r(N − 2) with that p. The p is a
 * number named "p-value", "significance" or "sig." after the coefficient; "significance level"
 * names the level more often than the p, so a value a level is set at (.10, .05, .01, .001)
 * is not read as the p. Only English sentences with one such coefficient, one p and one N, no
 * labelled statistic of their own (an `r = …` is the statement reader's), and no second
 * correlation.
 */
import type { Extraction, Num, TestReport } from '../types.ts';
import { parseNum } from './numbers.ts';
import type { Span } from './segments.ts';

const R_NUM = String.raw`([-−]?0?\.\d+)`;
const COEFFICIENT = new RegExp(
  String.raw`\bcorrelation(?:\s+coefficient)?\s+(?:of|was|is|=)\s+${R_NUM}(?![\d.])`,
  'giu',
);
const P_WORDS = /\b(?:p[-\s]?value|significance(?:\s+level)?|sig\.?)\s+(?:of|was|is|=)\s+(0?\.\d+)(?![\d.])/giu;
const SIZE = /\b[Nn]\s*=\s*(\d+)\b/gu;
const LEVELS: ReadonlySet<number> = new Set([0.1, 0.05, 0.01, 0.001]);

export function readCorrelationProse(text: string, spans: Span[], extraction: Extraction): void {
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/correlation/i.test(sentence)) continue;
    if (extraction.tests.some((t) => t.place.start < span.end && t.place.end > span.start)) continue;
    const rs = [...sentence.matchAll(COEFFICIENT)];
    const ps = [...sentence.matchAll(P_WORDS)];
    const ns = [...sentence.matchAll(SIZE)];
    if (rs.length !== 1 || ps.length !== 1 || ns.length !== 1) continue;
    const rm = rs[0]!;
    const pm = ps[0]!;
    if (pm.index < rm.index) continue;
    const n = Number(ns[0]![1]);
    const rAt = span.start + rm.index + rm[0].lastIndexOf(rm[1]!);
    const pAt = span.start + pm.index + pm[0].lastIndexOf(pm[1]!);
    const r: Num | null = parseNum(rm[1]!.replace('−', '-'), rAt);
    const p: Num | null = parseNum(pm[1]!, pAt);
    if (!r || !p || n < 3 || Math.abs(r.value) > 1 || LEVELS.has(p.value)) continue;
    const place = {
      start: span.start + rm.index,
      end: Math.max(p.end, span.start + ns[0]!.index + ns[0]![0].length),
      quoteStart: span.start,
      quoteEnd: span.end,
    };
    const pReport = { op: '=' as const, num: p, oneTailedLabel: false, start: p.start, end: p.end };
    const test: TestReport = {
      kind: 'r',
      label: 'r',
      op: '=',
      value: r,
      df: [n - 2],
      p: pReport,
      tails: 'unstated',
      place,
      origin: 'text',
    };
    extraction.tests.push(test);
    extraction.pValues.push({ p: pReport, place, attached: true });
  }
}
