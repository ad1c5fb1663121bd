/**
 * Dunn's (1964) pairwise comparisons after a Kruskal–Wallis test: all N values ranked
 * jointly (average ranks), z = (R̄ᵢ − R̄ⱼ)/se with
 * se = √((N(N + 1)/12 − Σ(t³ − t)/(12(N − 1)))·(1/nᵢ + 1/nⱼ)), p = 2Φ(−|z|), adjusted over
 * the k(k − 1)/2 pairs by Holm and by Bonferroni (SPSS's "Adj. Sig."). R:
 * rstatix::dunn_test (its statistic is −z), p.adjust.
 */
import { normalTwoSided } from './distributions.ts';
import { adjustPValues } from './p-adjust.ts';
import { forEachPair, postHocGroups } from './pairwise.ts';
import { averageRanks } from './ranks.ts';
import { failure, joinNotes, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface DunnPair {
  group1: Level;
  group2: Level;
  meanRankDiff: number;
  se: number;
  z: number;
  p: number;
  pHolm: number;
  pBonferroni: number;
}

export interface DunnResult {
  n: number;
  missing: number;
  pairs: DunnPair[];
  note?: string;
}

export function dunn(
  value: NumericInput,
  group: GroupInput,
  options: { levels?: readonly Level[] } = {},
): DunnResult | StatFailure {
  const g = postHocGroups(value, group, options.levels, 'Dunn’s test', 1);
  if ('error' in g) return g;
  const N = g.n;
  const joint = new Float64Array(N);
  let offset = 0;
  for (const x of g.groups) {
    joint.set(x, offset);
    offset += x.length;
  }
  const { ranks, tieSum } = averageRanks(joint);
  const variance = (N * (N + 1)) / 12 - tieSum / (12 * (N - 1));
  if (!(variance > 1e-12 * N * N))
    return failure('zero-variance', 'all values are tied, so the groups cannot be compared by ranks', {
      n: N,
      missing: g.missing,
    });
  offset = 0;
  const meanRanks = g.groups.map((x) => {
    let s = 0;
    for (let j = 0; j < x.length; j++) s += ranks[offset + j]!;
    offset += x.length;
    return s / x.length;
  });
  const raw = forEachPair(g.groups.length, (i, j) => {
    const meanRankDiff = meanRanks[i]! - meanRanks[j]!;
    const se = Math.sqrt(variance * (1 / g.groups[i]!.length + 1 / g.groups[j]!.length));
    const z = meanRankDiff / se;
    return { group1: g.levels[i]!, group2: g.levels[j]!, meanRankDiff, se, z, p: normalTwoSided(z) };
  });
  const ps = raw.map((r) => r.p);
  const holm = adjustPValues(ps, 'holm');
  const bonferroni = adjustPValues(ps, 'bonferroni');
  const pairs = raw.map((r, i) => ({ ...r, pHolm: holm[i]!, pBonferroni: bonferroni[i]! }));
  const out: DunnResult = { n: N, missing: g.missing, pairs };
  const note = joinNotes(g.notes);
  if (note) out.note = note;
  return out;
}
