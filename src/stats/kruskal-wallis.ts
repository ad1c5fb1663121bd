/**
 * Kruskal–Wallis H test (Kruskal & Wallis 1952; R: kruskal.test(value, group)):
 * H = (12/(N(N+1))·ΣRᵢ²/nᵢ − 3(N+1)) / (1 − Σ(t³ − t)/(N³ − N)), χ² on k − 1 df.
 */
import { chiSquareUpperTail } from './distributions.ts';
import { groupValues } from './groups.ts';
import { averageRanks } from './ranks.ts';
import { failure, joinNotes, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface KruskalWallisResult {
  n: number;
  missing: number;
  groups: { level: Level; n: number; meanRank: number | null }[];
  h: number;
  df: number;
  p: number;
  note?: string;
}

export function kruskalWallis(
  value: NumericInput,
  group: GroupInput,
  options: { levels?: readonly Level[] } = {},
): KruskalWallisResult | StatFailure {
  const g = groupValues(value, group, options.levels);
  if ('error' in g) return g;
  const k = g.groups.filter((x) => x.length > 0).length;
  if (k < 2)
    return failure(
      'group-levels',
      `the group variable has ${k === 0 ? 'no levels' : 'only one level'} with data; at least 2 are needed`,
      { n: g.n, missing: g.missing },
    );
  const N = g.n;
  const joint = new Float64Array(N);
  let offset = 0;
  for (const x of g.groups) {
    joint.set(x, offset);
    offset += x.length;
  }
  const { ranks, tieSum } = averageRanks(joint);
  const correction = 1 - tieSum / (N * N * N - N);
  if (!(correction > 0))
    return failure('zero-variance', 'all values are tied, so the groups cannot be compared by ranks', {
      n: N,
      missing: g.missing,
    });
  let stat = 0;
  offset = 0;
  const groups = g.groups.map((x, i) => {
    let r = 0;
    for (let j = 0; j < x.length; j++) r += ranks[offset + j]!;
    offset += x.length;
    if (x.length > 0) stat += (r * r) / x.length;
    return { level: g.levels[i]!, n: x.length, meanRank: x.length > 0 ? r / x.length : null };
  });
  const h = ((12 / (N * (N + 1))) * stat - 3 * (N + 1)) / correction;
  const df = k - 1;
  const out: KruskalWallisResult = { n: N, missing: g.missing, groups, h, df, p: chiSquareUpperTail(h, df) };
  const note = joinNotes(k < g.groups.length ? ['declared levels without data take no part in the test'] : []);
  if (note) out.note = note;
  return out;
}
