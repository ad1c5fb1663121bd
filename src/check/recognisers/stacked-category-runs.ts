/**
 * A row whose variable's categories are stacked in one cell per group, with no number labelling
 * them (one cell per line: "Male", "Female" on lines of their own, then `157 (60.2)`, `104 (39.8)`
 * for the first group and `162 (63.3)`, `94 (36.7)` for the second, then the test's statistics):
 * its pairs are the groups' runs one after another, as many pairs per run as the row has
 * categories. Read only when the row's pairs divide evenly among the header's groups (two
 * categories at least), and each run's shares add up to 100 and its counts to its group's size
 * (the proof that the runs are the groups' categories, in the header's order). Used by
 * ./row-shares.ts beside ./stacked-cells.ts's numbered runs.
 */
import { addsTo100 } from '../checks/percentages.ts';
import type { PublishedRow, PairToken as Pair } from './published-rows.ts';

export function stackedCategoryRuns(
  row: PublishedRow,
  pairsOf: Map<PublishedRow, Pair[]>,
  covered: Set<Pair>,
  sizes: number[],
): { pair: Pair; n: number }[] {
  const pairs = pairsOf.get(row)?.filter((p) => !covered.has(p)) ?? [];
  const groups = sizes.length;
  const categories = groups > 0 ? pairs.length / groups : 0;
  if (!Number.isInteger(categories) || categories < 2) return [];
  const out: { pair: Pair; n: number }[] = [];
  for (let k = 0; k < groups; k++) {
    const run = pairs.slice(k * categories, (k + 1) * categories);
    if (!addsTo100(run.map((p) => p.pct)) || run.reduce((s, p) => s + p.count, 0) !== sizes[k]) return [];
    for (const pair of run) out.push({ pair, n: sizes[k]! });
  }
  return out;
}
