/**
 * Friedman's (1937) test for k related measurements, with Kendall's (1939) coefficient of
 * concordance W, tie-corrected as R's friedman.test and SPSS: each row ranked across the
 * k columns (average ranks), Rⱼ the rank sum of column j,
 * χ² = 12Σ(Rⱼ − n(k + 1)/2)² / (nk(k + 1) − Σ(t³ − t)/(k − 1)) on k − 1 df,
 * W = χ²/(n(k − 1)).
 */
import { chiSquareUpperTail } from './distributions.ts';
import { completeCases } from './missing.ts';
import { averageRanks } from './ranks.ts';
import { failure, type NumericInput, type StatFailure } from './types.ts';

export interface FriedmanResult {
  n: number;
  missing: number;
  statistic: number;
  df: number;
  p: number;
  kendallW: number;
  meanRanks: { variable: string; meanRank: number }[];
}

export function friedman(variables: readonly { name: string; values: NumericInput }[]): FriedmanResult | StatFailure {
  const k = variables.length;
  if (k < 2)
    return failure(
      'invalid-argument',
      `Friedman's test needs at least 2 measurements (columns); got ${k}${k === 1 ? ` ("${variables[0]!.name}")` : ''}`,
    );
  const cc = completeCases(variables.map((v) => v.values));
  const n = cc.rows.length;
  const counts = { n, missing: cc.missing };
  if (n < 2)
    return failure('too-few-observations', `Friedman's test needs at least 2 complete rows; there are ${n}`, counts);
  const sums = new Float64Array(k);
  const row = new Float64Array(k);
  let ties = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) row[j] = cc.data[j]![i]!;
    const r = averageRanks(row);
    ties += r.tieSum;
    for (let j = 0; j < k; j++) sums[j]! += r.ranks[j]!;
  }
  const denominator = n * k * (k + 1) - ties / (k - 1);
  if (!(denominator > 1e-9 * n * k * (k + 1)))
    return failure(
      'zero-variance',
      'every row has the same value in all measurements, so there is nothing to rank',
      counts,
    );
  const centre = (n * (k + 1)) / 2;
  let s = 0;
  for (let j = 0; j < k; j++) s += (sums[j]! - centre) ** 2;
  const statistic = (12 * s) / denominator;
  return {
    n,
    missing: cc.missing,
    statistic,
    df: k - 1,
    p: chiSquareUpperTail(statistic, k - 1),
    kendallW: statistic / (n * (k - 1)),
    meanRanks: variables.map((v, j) => ({ variable: v.name, meanRank: sums[j]! / n })),
  };
}
