/**
 * Tables whose cells print an F with its df and a significance mark, as "8.73(4, 12)***" or
 * "0.46(4, 12)NS", under a header that names that layout, "F(ndf,ddf)P" or "F (df1, df2)",
 * with a legend under the table that says what each mark means: "*P < 0.05, **P < 0.01,
 * ***P < 0.001". The mark stands for the p: k marks mean p below the legend's k-th bound, and
 * NS means not significant. A mark the legend does not define is not read, nor is a table
 * without such a header (a bare "3.1(2, 5)" may be anything).
 */
import type { Extraction, Num, TestReport } from '../types.ts';
import { parseNum } from './numbers.ts';

/** A header naming the F-with-df layout: "F(ndf,ddf)", "F (df1, df2)", "F(num df, den df)". */
const HEADER = /(?<![\p{L}\p{N}])F\s*\(\s*(?:n|num\.?\s*)?df\s*1?\s*,\s*(?:d|den\.?\s*)?df\s*2?\s*\)/u;

/** A legend entry: the mark, then its p bound, "***P < 0.001", "** p<.01". */
const LEGEND = /(?<![*\p{L}\p{N}])(\*{1,4})\s*[pP]\s*<\s*(0?[.,]\d+)/gu;

/** A cell: the F, its df in brackets (the error df may be fractional, Satterthwaite's), and its mark. */
const CELL =
  /(?<![\p{L}\p{N}.,])(\d+[.,]\d+)\s*\(\s*(\d+)\s*,\s*(\d+(?:[.,]\d+)?)\s*\)\s*(\*{1,4}|NS|ns|n\.s\.)(?![\p{L}\p{N}*])/gu;

export function readMarkedFCells(text: string, extraction: Extraction, alpha: number): void {
  const header = HEADER.exec(text);
  if (!header) return;
  const bounds = new Map<number, Num>();
  for (const m of text.matchAll(LEGEND)) {
    const bound = parseNum(m[2]!, m.index! + m[0].length - m[2]!.length);
    if (bound && bound.value > 0 && bound.value < 1 && !bounds.has(m[1]!.length)) bounds.set(m[1]!.length, bound);
  }
  if (bounds.size === 0) return;
  CELL.lastIndex = header.index + header[0].length;
  for (let m = CELL.exec(text); m; m = CELL.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (extraction.tests.some((t) => t.place.start < end && start < t.place.end)) continue;
    const value = parseNum(m[1]!, start);
    const df = [Number(m[2]), Number(m[3]!.replace(',', '.'))];
    const mark = m[4]!;
    const markStart = end - mark.length;
    if (!value || !df.every((d) => d >= 1)) continue;
    const ns = !mark.startsWith('*');
    const bound = ns ? null : bounds.get(mark.length);
    if (!ns && !bound) continue;
    // "NS" carries no number: it is read as p above alpha, as "ns" in a sentence is.
    const num: Num = bound
      ? { ...bound, start: markStart, end }
      : { value: alpha, decimals: 0, half: 0, raw: mark, start: markStart, end };
    const test: TestReport = {
      kind: 'F',
      label: 'F',
      op: '=',
      value,
      df,
      p: { op: ns ? '>' : '<', num, oneTailedLabel: false, ...(ns ? { ns: true } : {}), start: markStart, end },
      tails: 'unstated',
      place: { start, end, quoteStart: start, quoteEnd: end },
      origin: 'table',
    };
    extraction.tests.push(test);
  }
}
