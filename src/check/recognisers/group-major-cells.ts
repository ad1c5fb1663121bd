/**
 * A row whose categories were stacked in one cell per group, printed group by group: the page
 * keeps the categories' names on lines of their own ("Male", "Female") and then each group's
 * cell, one pair per line — all of the first group's pairs, then all of the second's
 * (`157 (60.2)` / `104 (39.8)` / `162 (63.3)` / `94 (36.7)` under "Intervention group (n = 261)"
 * and "Control group (n = 256)"), perhaps followed by the test's statistics. The row's pairs are
 * cut into one equal run per group, in the header's order; the reading is taken only when each
 * run's counts add up to exactly its group's size (the proof that the run is that group's
 * categories), and then each pair is a share of its group's size.
 */
import type { PublishedRow, PairToken as Pair } from './published-rows.ts';

export function groupMajorRuns(
  row: PublishedRow,
  pairsOf: Map<PublishedRow, Pair[]>,
  covered: Set<Pair>,
  sizes: number[],
): { pair: Pair; n: number }[] {
  const pairs = pairsOf.get(row)?.filter((p) => !covered.has(p)) ?? [];
  const groups = sizes.length;
  if (groups < 2 || pairs.length < 2 * groups || pairs.length % groups !== 0) return [];
  // The pairs must stand together: nothing but the statistics after them.
  const first = row.tokens.indexOf(pairs[0]!);
  const last = row.tokens.indexOf(pairs[pairs.length - 1]!);
  if (first !== 0 || last - first + 1 !== pairs.length) return [];
  if (row.tokens.slice(last + 1).some((t) => t.kind !== 'num')) return [];
  const per = pairs.length / groups;
  const out: { pair: Pair; n: number }[] = [];
  for (let k = 0; k < groups; k++) {
    const run = pairs.slice(k * per, (k + 1) * per);
    if (run.reduce((s, p) => s + p.count, 0) !== sizes[k]) return [];
    for (const pair of run) out.push({ pair, n: sizes[k]! });
  }
  return out;
}
