/**
 * Two SPSS output blocks as web pages and PDFs flatten them, read as F tests with their df and p:
 * - Test of Homogeneity of Variances: "Levene Statistic df1 df2 Sig. 1.152 1 66 .287" (the
 *   header, "Lavene" as theses often misspell it too, up to 60 characters of labels such as
 *   "Based on Mean", then statistic, df1, df2, p);
 * - a one-way ANOVA table: "Between Groups 2.892 1 2.892 .637 .428 Within Groups 299.858 66"
 *   (sum of squares, df, mean square, F and Sig. of the groups, then the within-groups sum of
 *   squares and df, which is the F's second df), and a regression's ANOVA table the same way,
 *   "Regression 36,753 3 12,251 49,121 ,000 a Residual 1,247 5" (a footnote letter after Sig.).
 * The values must be in that order with nothing but spaces and line breaks between them; a test
 * already read at the same place is not read again, and a p read alone there is dropped.
 */
import type { Extraction, Num, TestReport } from '../types.ts';
import { parseNum } from './numbers.ts';

const DEC = String.raw`(?<![\d.,])(-?\d*[.,]\d+|\d+)`;
const INT = String.raw`(\d{1,5})`;
const S = String.raw`\s+`;
const LEVENE = new RegExp(
  String.raw`L[ae]vene(?:'?s)?\s+Statistic\s+df\s*1\s+df\s*2\s+Sig\.?\s+(?:[^\d\n.,]{0,60}?\s*)?${DEC}${S}${INT}${S}${INT}${S}${DEC}(?![\d.,]\d)`,
  'giu',
);
const ANOVA = new RegExp(
  String.raw`(?:Between\s+Groups|Regression)\s+${DEC}${S}${INT}${S}${DEC}${S}${DEC}${S}${DEC}(?:\s*[a-z](?![\p{L}]))?\s+(?:Within\s+Group\s*s?|Residual)\s+${DEC}${S}${INT}(?![\d.,]\d)`,
  'giu',
);

/** The offset of group `i` of a match (groups in order, each after the previous one). */
export function groupStarts(m: RegExpMatchArray): number[] {
  const starts: number[] = [];
  let from = 0;
  for (let i = 1; i < m.length; i++) {
    const at = m[0].indexOf(m[i]!, from);
    starts.push(m.index! + at);
    from = at + m[i]!.length;
  }
  return starts;
}

/** The places of the tests read so far, and of the p-values now read with their F (dropped once,
 *  at the end: a search of all tests and a filter of all p-values for each block was quadratic). */
interface Read {
  testsAt: Set<number>;
  psAt: Set<number>;
}

function push(extraction: Extraction, read: Read, f: Num, df: number[], p: Num, start: number, end: number): void {
  if (read.testsAt.has(f.start)) return;
  if (!(p.value <= 1) || df.some((d) => !(d > 0))) return;
  const test: TestReport = {
    kind: 'F',
    label: 'F',
    op: '=',
    value: f,
    df,
    p: { op: '=', num: p, oneTailedLabel: false, start: p.start, end: p.end },
    tails: 'unstated',
    place: { start: f.start, end: p.end, quoteStart: start, quoteEnd: end },
    origin: 'table',
  };
  extraction.tests.push(test);
  read.testsAt.add(f.start);
  read.psAt.add(p.start);
}

export function readSpssVarianceBlocks(text: string, extraction: Extraction): void {
  const read: Read = { testsAt: new Set(extraction.tests.map((t) => t.value.start)), psAt: new Set() };
  for (const m of text.matchAll(LEVENE)) {
    const at = groupStarts(m);
    const f = parseNum(m[1]!, at[0]);
    const p = parseNum(m[4]!, at[3]);
    if (f && p) push(extraction, read, f, [Number(m[2]), Number(m[3])], p, m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(ANOVA)) {
    const at = groupStarts(m);
    const f = parseNum(m[4]!, at[3]);
    const p = parseNum(m[5]!, at[4]);
    if (f && p) push(extraction, read, f, [Number(m[2]), Number(m[7])], p, m.index!, m.index! + m[0].length);
  }
  if (read.psAt.size > 0) extraction.pValues = extraction.pValues.filter((v) => !read.psAt.has(v.p.num.start));
}
