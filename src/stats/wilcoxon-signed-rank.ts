/**
 * Wilcoxon signed-rank test on d = x − y over complete pairs, zeros dropped (Wilcoxon's
 * method; R and SPSS). V = Σ ranks of |d| where d > 0 (average ranks for ties).
 * z = (V − n(n+1)/4)/√(n(n+1)(2n+1)/24 − Σ(t³ − t)/48), n = non-zero differences, no
 * continuity correction (SPSS); pAsymptotic = 2Φ(−|z|). pExact from the exact null
 * distribution (psignrank) when there are no zeros, no ties and n < 50 (R's default).
 * R: wilcox.test(x, y, paired = TRUE, exact = FALSE, correct = FALSE); exact = TRUE.
 */
import { normalTwoSided } from './distributions.ts';
import { signedRankExactP } from './exact-rank.ts';
import { completePairs } from './missing.ts';
import { averageRanks } from './ranks.ts';
import { failure, type NumericInput, type StatFailure } from './types.ts';

export interface WilcoxonSignedRankResult {
  n: number;
  missing: number;
  nNonZero: number;
  zeros: number;
  nPositive: number;
  nNegative: number;
  v: number;
  sumNegativeRanks: number;
  z: number;
  pAsymptotic: number;
  pExact: number | null;
}

export function wilcoxonSignedRank(x: NumericInput, y: NumericInput): WilcoxonSignedRankResult | StatFailure {
  const pairs = completePairs(x, y);
  const n = pairs.x.length;
  const missing = pairs.missing;
  if (n === 0) return failure('too-few-observations', 'there are no complete pairs', { n, missing });
  const nonZero: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = pairs.x[i]! - pairs.y[i]!;
    if (d !== 0) nonZero.push(d);
  }
  const m = nonZero.length;
  const zeros = n - m;
  if (m === 0) {
    return failure('all-differences-zero', 'every pair has x = y, so there are no differences to rank', { n, missing });
  }
  const abs = Float64Array.from(nonZero, Math.abs);
  const { ranks, tieSum, hasTies } = averageRanks(abs);
  let v = 0;
  let negative = 0;
  let nPositive = 0;
  for (let i = 0; i < m; i++) {
    if (nonZero[i]! > 0) {
      v += ranks[i]!;
      nPositive++;
    } else negative += ranks[i]!;
  }
  const sigma = Math.sqrt((m * (m + 1) * (2 * m + 1)) / 24 - tieSum / 48);
  const z = (v - (m * (m + 1)) / 4) / sigma;
  return {
    n,
    missing,
    nNonZero: m,
    zeros,
    nPositive,
    nNegative: m - nPositive,
    v,
    sumNegativeRanks: negative,
    z,
    pAsymptotic: normalTwoSided(z),
    pExact: zeros === 0 && !hasTies && m < 50 ? signedRankExactP(v, m) : null,
  };
}
