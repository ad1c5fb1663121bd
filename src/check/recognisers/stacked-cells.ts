/**
 * Tables whose page text prints some rows with a variable's categories stacked in one cell per
 * group (a web table's multi-line cells, one cell per line: "Male", "Female", then both of the
 * first group's pairs, then both of the second's) among rows of one pair per group. A stacked
 * row has more pairs than the table has groups, so the widest row is not the number of groups:
 * the commonest width is, and only rows of that width have one pair per group in the header's
 * order. Used by ./row-shares.ts to read the header's group sizes.
 */
import type { PublishedRow, RowToken } from './published-rows.ts';

type Pair = Extract<RowToken, { kind: 'pair' }>;

/** A row's pairs not yet read as shares of a row total. */
export function uncovered(row: PublishedRow, pairsOf: Map<PublishedRow, Pair[]>, covered: Set<Pair>): number {
  return pairsOf.get(row)?.filter((p) => !covered.has(p)).length ?? 0;
}

/** The number of pairs most rows of the table print (the widest when two widths are as common). */
export function commonestWidth(table: PublishedRow[], pairsOf: Map<PublishedRow, Pair[]>, covered: Set<Pair>): number {
  const counts = new Map<number, number>();
  for (const row of table) {
    const w = uncovered(row, pairsOf, covered);
    if (w > 0) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [w, c] of counts)
    if (c > bestCount || (c === bestCount && w > best)) {
      best = w;
      bestCount = c;
    }
  return best;
}
