/**
 * Data for the post-hoc comparisons after a one-way design: listwise over (value, group),
 * the groups that have data in level order, and every pair i < j of them. Declared levels
 * without data take no part (their absence is noted).
 */
import { groupValues } from './groups.ts';
import { failure, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface PostHocData {
  levels: Level[];
  groups: Float64Array[];
  n: number;
  missing: number;
  notes: string[];
}

/**
 * Groups with data; a `group-levels` error for fewer than 2, and with `minPerGroup` a
 * `too-few-observations` error naming the first group that has fewer values.
 */
export function postHocGroups(
  value: NumericInput,
  group: GroupInput,
  levels: readonly Level[] | undefined,
  test: string,
  minPerGroup: number,
): PostHocData | StatFailure {
  const g = groupValues(value, group, levels);
  if ('error' in g) return g;
  const keep = g.groups.map((x) => x.length > 0);
  const kept = g.levels.filter((_, i) => keep[i]);
  const groups = g.groups.filter((_, i) => keep[i]);
  const counts = { n: g.n, missing: g.missing };
  if (groups.length < 2)
    return failure(
      'group-levels',
      `the group variable has ${groups.length === 0 ? 'no levels' : `only one level (${String(kept[0])})`} with data; ${test} compares at least 2 groups`,
      counts,
    );
  const small = groups.findIndex((x) => x.length < minPerGroup);
  if (small >= 0)
    return failure(
      'too-few-observations',
      `group "${String(kept[small])}" has ${groups[small]!.length} value(s); ${test} needs at least ${minPerGroup} in every group`,
      counts,
    );
  const notes = kept.length < g.levels.length ? ['declared levels without data take no part in the comparisons'] : [];
  return { levels: kept, groups, n: g.n, missing: g.missing, notes };
}

/** Calls `f` for every pair i < j in level order and collects the results. */
export function forEachPair<T>(k: number, f: (i: number, j: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) out.push(f(i, j));
  return out;
}
