/**
 * SPSS's t-test output pasted as text, read in SPSS's column order.
 *
 * "Independent Samples Test", one number after another in SPSS's column
 * order: "Equal variances assumed 1.112 .298 5.376 38 .000 18.250 3.395 11.378 25.122 Equal
 * variances not assumed 5.376 35.473 .000 18.250 3.395 11.362 25.138" — Levene's F and Sig.,
 * then t, df, Sig. (2-tailed), Mean Difference, Std. Error Difference and the interval's lower
 * and upper limits (the second row without Levene's columns). Read only after "Independent
 * Samples Test" or "Levene's Test" within 800 characters, with a whole df on the first row, p at
 * most 1 and the lower limit below the upper. Each row gives a t test with its df and p, a t from
 * the mean difference and its standard error, and the difference with its interval (its width
 * from the SE and df) for the checks that read tables.
 *
 * "Paired Samples Test": "Pair 1 post-test eksperimen _pre-test eksperimen 19,516 9,862 1,771
 * 15,899 23,134 11,018 30 ,000" — the paired differences' Mean, Std. Deviation, Std. Error Mean,
 * the interval's limits, then t, df and Sig. (2-tailed); read within 600 characters after "Paired
 * Samples Test" with a whole df. Each row gives a t test, t against the mean difference and its SD
 * with n = df + 1, the SE against SD/√n, and the difference with its interval.
 */
import type { Extraction, Num, Place, PReport } from '../types.ts';
import { parseNum } from './numbers.ts';
import { tableTTest } from './table-t-tests.ts';
import { groupStarts } from './spss-variance-blocks.ts';

const N = String.raw`(-?\d*[.,]\d+|-?\d+)`;
const S = String.raw`\s+`;
const ASSUMED = new RegExp(
  String.raw`Equal\s+variances\s+assumed\s+${N}${S}${N}${S}${N}${S}(\d{1,5})${S}${N}${S}${N}${S}${N}${S}${N}${S}${N}(?![\d.,]\d)`,
  'giu',
);
const NOT_ASSUMED = new RegExp(
  String.raw`Equal\s+variances\s+not\s+assumed\s+${N}${S}(\d+(?:[.,]\d+)?)${S}${N}${S}${N}${S}${N}${S}${N}${S}${N}(?![\d.,]\d)`,
  'giu',
);
const CONTEXT = /Independent\s+Samples?\s+Test|Levene'?s?\s+Test/iu;
/** A pair's label (up to twelve words, no number with decimals), then its eight cells. */
const PAIRED = new RegExp(
  String.raw`Pair\s+\d{1,2}\s+((?:(?!-?\d*[.,]\d)\S+\s+){1,12}?)${N}${S}${N}${S}${N}${S}${N}${S}${N}${S}${N}${S}(\d{1,5})${S}${N}(?![\d.,]\d)`,
  'giu',
);
const PAIRED_CONTEXT = /Paired\s+Samples?\s+Test/iu;

/**
 * What a pass has read: the places of the t values already tests (a set, since pasted output
 * can hold thousands of rows: a search of all tests per row made the reader quadratic), and
 * the places of the p values that became part of a test, dropped from the free-standing
 * p-values once at the end.
 */
interface Pass {
  extraction: Extraction;
  tests: Set<number>;
  taken: Set<number>;
}

/** Adds SPSS's two-tailed t test with its p, which is then no longer a free-standing p-value. */
function pushTTest(pass: Pass, t: Num, df: number, p: Num, place: Place): PReport {
  const pReport = { op: '=' as const, num: p, oneTailedLabel: false, start: p.start, end: p.end };
  pass.extraction.tests.push(tableTTest(t, df, pReport, 'two', place));
  pass.tests.add(t.start);
  pass.taken.add(p.start);
  return pReport;
}

function row(pass: Pass, cells: (Num | null)[], df: number, start: number, end: number): void {
  const { extraction } = pass;
  const [t, p, md, se, lower, upper] = cells;
  if (!t || !p || !md || !se || !lower || !upper) return;
  if (!(p.value <= 1) || !(df > 0) || !(lower.value < upper.value) || !(se.value > 0)) return;
  if (pass.tests.has(t.start)) return;
  const place: Place = { start: t.start, end, quoteStart: start, quoteEnd: end };
  const pReport = pushTTest(pass, t, df, p, { ...place, end: p.end });
  extraction.tFromMeans.push({ t, mean: md, sd: null, se, n: 0, place });
  extraction.estimates.push({
    family: 'mean',
    label: 'Mean Difference',
    value: md,
    ci: { level: 95, lower, upper, start: lower.start, end: upper.end },
    p: pReport,
    se,
    df,
    place: { ...place, start: md.start, end: upper.end },
    origin: 'table',
  });
}

function pairedRow(pass: Pass, m: RegExpMatchArray): void {
  const { extraction } = pass;
  const at = groupStarts(m);
  const num = (i: number) => parseNum(m[i]!, at[i - 1]);
  const [mean, sd, se, lower, upper, t, , p] = [2, 3, 4, 5, 6, 7, 8, 9].map(num);
  const df = Number(m[8]);
  if (!mean || !sd || !se || !lower || !upper || !t || !p) return;
  if (!(p.value <= 1) || !(df > 0) || !(lower.value < upper.value) || !(sd.value > 0) || !(se.value > 0)) return;
  if (pass.tests.has(t.start)) return;
  const end = m.index! + m[0].length;
  const place: Place = { start: mean.start, end, quoteStart: m.index!, quoteEnd: end };
  const n = df + 1;
  const pReport = pushTTest(pass, t, df, p, { ...place, start: t.start });
  extraction.tFromMeans.push({ t, mean, sd, se, n, place });
  extraction.descriptives.push({
    kind: 'difference',
    label: 'Mean',
    mean,
    sd,
    se,
    n,
    items: null,
    integerEvidence: null,
    itemMeanUnknownCount: false,
    place,
    origin: 'table',
  });
  extraction.estimates.push({
    family: 'mean',
    label: 'Mean',
    value: mean,
    ci: { level: 95, lower, upper, start: lower.start, end: upper.end },
    p: pReport,
    se,
    df,
    place: { ...place, end: upper.end },
    origin: 'table',
  });
}

export function readSpssTTestLines(text: string, extraction: Extraction): void {
  const pass: Pass = { extraction, tests: new Set(extraction.tests.map((x) => x.value.start)), taken: new Set() };
  for (const m of text.matchAll(PAIRED))
    if (PAIRED_CONTEXT.test(text.slice(Math.max(0, m.index! - 600), m.index!))) pairedRow(pass, m);
  for (const m of text.matchAll(ASSUMED)) {
    if (!CONTEXT.test(text.slice(Math.max(0, m.index! - 800), m.index!))) continue;
    const at = groupStarts(m);
    const num = (i: number) => parseNum(m[i]!, at[i - 1]);
    const end = m.index! + m[0].length;
    row(pass, [num(3), num(5), num(6), num(7), num(8), num(9)], Number(m[4]), m.index!, end);
  }
  for (const m of text.matchAll(NOT_ASSUMED)) {
    if (!CONTEXT.test(text.slice(Math.max(0, m.index! - 1200), m.index!))) continue;
    const at = groupStarts(m);
    const num = (i: number) => parseNum(m[i]!, at[i - 1]);
    const df = num(2);
    const end = m.index! + m[0].length;
    if (df) row(pass, [num(1), num(3), num(4), num(5), num(6), num(7)], df.value, m.index!, end);
  }
  if (pass.taken.size) extraction.pValues = extraction.pValues.filter((v) => !pass.taken.has(v.p.num.start));
}
