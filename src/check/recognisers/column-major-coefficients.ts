/**
 * SPSS's Coefficients table whose cells page text printed column by column, each column's values
 * stacked in one cell: the header, the row labels, then every B, every Std. Error, every Beta (the
 * constant has none), every t and every Sig. ("Unstandardized Coefficients Standardized
 * Coefficients t hitung Sig. … B Std. Error Beta Constant X1 X2 .181 .152 .068 .870 .065 .032 .196
 * .093 .208 2.345 2.113 .835 .020 .036"). With r rows (the constant and r − 1 predictors) the run
 * of numbers after the labels starts with 5r − 1 values in that order; r is the smallest for which
 * every row's t is about B/SE (the proof that the columns were cut right; collinearity columns may
 * follow). Each row then gives a t test with its p, at the residual df of the model's ANOVA when
 * the text prints one (./regression-residual-df.ts), and its t held to B/SE
 * (checks/standard-error.ts). Rows a reader before took are not read again.
 */
import type { Extraction, Num } from '../types.ts';
import { parseNum } from './numbers.ts';
import { equalP, tableTTest } from './table-t-tests.ts';
import { readRegressionAnovas, residualDfFor } from './regression-residual-df.ts';

const HEADER =
  /Unstandardi[sz]ed\s+Coefficients\s+Standardi[sz]ed\s+Coefficients\b[^\n]{0,80}?\bB\s+Std\.?\s*Error\s+Beta(?=\s)/giu;
const NUMBER = /^[-−–]?\d*[.,]\d+$/u;
const MAX_LABEL_TOKENS = 40;
const MAX_ROWS = 12;

/** t is about B/SE: same sign, within a fifth (rounding of a small SE allowed for). */
const aboutRatio = (b: Num, se: Num, t: Num) => {
  if (!(se.value > 0)) return false;
  const ratio = b.value / se.value;
  return Math.sign(ratio) === Math.sign(t.value) && Math.abs(ratio - t.value) <= 0.2 * Math.abs(t.value) + 0.05;
};

export function readColumnMajorCoefficients(text: string, extraction: Extraction): void {
  const readAt = new Set(extraction.tests.map((t) => t.value.start));
  let anovas: ReturnType<typeof readRegressionAnovas> | null = null;
  for (const h of text.matchAll(HEADER)) {
    const tokens = [...text.slice(h.index! + h[0].length, h.index! + h[0].length + 1500).matchAll(/\S+/gu)].map(
      (m) => ({ raw: m[0], start: h.index! + h[0].length + m.index! }),
    );
    // The labels: the words before the first number; then the run of numbers.
    let i = 0;
    while (i < tokens.length && i < MAX_LABEL_TOKENS && !NUMBER.test(tokens[i]!.raw)) i++;
    if (i === 0 || i === tokens.length || i === MAX_LABEL_TOKENS) continue;
    const nums: Num[] = [];
    for (let j = i; j < tokens.length && NUMBER.test(tokens[j]!.raw); j++) {
      const n = parseNum(tokens[j]!.raw.replace(/[−–]/u, '-'), tokens[j]!.start);
      if (!n) break;
      nums.push(n);
    }
    const rows = cutRows(nums);
    if (!rows || rows.some((r) => readAt.has(r.t.start))) continue;
    anovas ??= readRegressionAnovas(text);
    const df = residualDfFor(anovas, h.index!, rows.length - 1);
    const quoteStart = tokens[0]!.start;
    const quoteEnd = nums[5 * rows.length - 2]!.end;
    for (const { b, se, t, p } of rows) {
      const place = { start: Math.min(t.start, p.start), end: Math.max(t.end, p.end), quoteStart, quoteEnd };
      extraction.tests.push(tableTTest(t, df, equalP(p), 'unstated', place));
      extraction.tFromMeans.push({ t, mean: b, sd: null, se, n: 0, place: { ...place, start: b.start, end: t.end } });
    }
    // The p's are read with their t: not again alone.
    const ps = new Set(rows.map((r) => r.p.start));
    extraction.pValues = extraction.pValues.filter((v) => !ps.has(v.p.num.start));
  }
}

interface Row {
  b: Num;
  se: Num;
  t: Num;
  p: Num;
}

/** The rows of the smallest r (2 or more) for which the first 5r − 1 numbers are B, SE, Beta, t and Sig. columns. */
function cutRows(nums: Num[]): Row[] | null {
  for (let r = 2; r <= MAX_ROWS && 5 * r - 1 <= nums.length; r++) {
    const rows: Row[] = [];
    for (let k = 0; k < r; k++) {
      const b = nums[k]!;
      const se = nums[r + k]!;
      const t = nums[3 * r - 1 + k]!;
      const p = nums[4 * r - 1 + k]!;
      if (!aboutRatio(b, se, t) || p.value < 0 || p.value > 1 || p.decimals === 0) break;
      rows.push({ b, se, t, p });
    }
    if (rows.length === r) return rows;
  }
  return null;
}
