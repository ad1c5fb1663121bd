/**
 * A table row whose every share misses its group's size in the header: "Statin use | 30 (27.3) |
 * 28 (25.0)" under "Treatment group (n = 120) | Control group (n = 118)", its note saying the data
 * were available for 110 and 112. A misprint spoils one cell; every cell of a row off its
 * header size, each in its own column, says the row has other denominators (missing data, a
 * subgroup), which the header does not give. Such a row's cells are not read against the
 * header; a row with one cell off and another on its size keeps them all, so a misprint is
 * still flagged.
 */
import { matches } from '../checks/percentages.ts';
import type { PercentGroup } from '../types.ts';

export function withoutOtherDenominatorRows(groups: PercentGroup[]): PercentGroup[] {
  const stated = new Map<number, PercentGroup[]>();
  for (const g of groups)
    if (g.totalSource === 'stated') stated.set(g.place.start, [...(stated.get(g.place.start) ?? []), g]);
  const dropped = new Set<PercentGroup>();
  for (const row of stated.values()) {
    if (row.length < 2) continue;
    const off = row.every((g) => g.pairs.every((p) => !g.statedTotals.some((n) => matches(p.count, n, p.pct))));
    if (off) for (const g of row) dropped.add(g);
  }
  return groups.filter((g) => !dropped.has(g));
}
