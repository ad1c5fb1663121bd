/**
 * Mann–Whitney U (Wilcoxon rank-sum) test, group 1 vs group 2, joint average ranks.
 * U = R₁ − n₁(n₁+1)/2 (R's W), u2 = n₁n₂ − U;
 * z = (U − n₁n₂/2)/√(n₁n₂/12·((N+1) − Σ(t³ − t)/(N(N−1)))), no continuity correction
 * (SPSS); pAsymptotic = 2Φ(−|z|). pExact from the exact null distribution (pwilcox)
 * when there are no ties and n₁, n₂ < 50 (R's default).
 * R: wilcox.test(x1, x2, exact = FALSE, correct = FALSE); exact = TRUE.
 */
import { normalTwoSided } from './distributions.ts';
import { mannWhitneyExactP } from './exact-rank.ts';
import { twoGroups } from './groups.ts';
import { averageRanks } from './ranks.ts';
import { failure, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface MannWhitneyResult {
  levels: Level[];
  n1: number;
  n2: number;
  missing: number;
  u: number;
  u2: number;
  rankSum1: number;
  rankSum2: number;
  meanRank1: number;
  meanRank2: number;
  z: number;
  pAsymptotic: number;
  pExact: number | null;
}

export function mannWhitney(
  value: NumericInput,
  group: GroupInput,
  options: { levels?: readonly Level[] } = {},
): MannWhitneyResult | StatFailure {
  const g = twoGroups(value, group, options.levels, 1);
  if ('error' in g) return g;
  const [x1, x2] = g.groups as [Float64Array, Float64Array];
  const n1 = x1.length;
  const n2 = x2.length;
  const N = n1 + n2;
  const joint = new Float64Array(N);
  joint.set(x1, 0);
  joint.set(x2, n1);
  const { ranks, tieSum, hasTies } = averageRanks(joint);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i]!;
  const r2 = (N * (N + 1)) / 2 - r1;
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const variance = ((n1 * n2) / 12) * (N + 1 - tieSum / (N * (N - 1)));
  if (!(variance > 0)) {
    return failure('zero-variance', 'all values are tied, so the groups cannot be compared by ranks', {
      n: N,
      missing: g.missing,
    });
  }
  const z = (u - (n1 * n2) / 2) / Math.sqrt(variance);
  return {
    levels: g.levels,
    n1,
    n2,
    missing: g.missing,
    u,
    u2: n1 * n2 - u,
    rankSum1: r1,
    rankSum2: r2,
    meanRank1: r1 / n1,
    meanRank2: r2 / n2,
    z,
    pAsymptotic: normalTwoSided(z),
    pExact: !hasTies && n1 < 50 && n2 < 50 ? mannWhitneyExactP(u, n1, n2) : null,
  };
}
