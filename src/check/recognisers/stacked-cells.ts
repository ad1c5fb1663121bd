/**
 * Tables whose page text prints some rows with a variable's categories stacked in one cell per
 * group (a web table's multi-line cells, one cell per line: "Male", "Female", then both of the
 * first group's pairs, then both of the second's) among rows of one pair per group. A stacked
 * row has more pairs than the table has groups, so the widest row is not the number of groups:
 * the commonest width is, and only rows of that width have one pair per group in the header's
 * order. Used by ./row-shares.ts to read the header's group sizes.
 */
import { addsTo100 } from '../checks/percentages.ts';
import type { PublishedRow, PairToken as Pair } from './published-rows.ts';

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

/**
 * A row that prints a variable's numbered categories one after another, each a whole-number label
 * and one pair per group, then perhaps the test's statistics (`0` / `82 (31.4)` / `79 (30.9)` /
 * `0.26` / `0.97` / `1` / `66 (25.3)` / `64 (25.0)` / …, a category "number of drugs" whose
 * values 0, 1, 2, 3 are printed on lines alone and so read as cells): each run's pairs, in the
 * header's order, with their group's size. Read only when every token of the row fits that
 * pattern, there are two runs at least, and each group's shares add up to 100 over the runs (the
 * proof that the runs are the categories of one variable).
 */
export function numberedRuns(
  row: PublishedRow,
  pairsOf: Map<PublishedRow, Pair[]>,
  covered: Set<Pair>,
  groups: number,
  sizes: number[],
): { pair: Pair; n: number }[] {
  const pairs = new Set(pairsOf.get(row)?.filter((p) => !covered.has(p)));
  const runs: Pair[][] = [];
  for (const t of row.tokens) {
    const run = runs[runs.length - 1];
    // A whole number is a category's label where a run may start (none open, or the last complete).
    if (t.kind === 'num' && t.op === '=' && t.num.decimals === 0) {
      if (run && run.length < groups) return [];
      runs.push([]);
    } else if (t.kind === 'pair' && pairs.has(t) && run && run.length < groups) run.push(t);
    // The statistics after a complete run (decimals, a bound).
    else if (!(t.kind === 'num' && run && run.length === groups && t.num.decimals > 0)) return [];
  }
  if (runs.length < 2 || runs.some((r) => r.length !== groups)) return [];
  for (let k = 0; k < groups; k++) if (!addsTo100(runs.map((r) => r[k]!.pct))) return [];
  return runs.flatMap((r) => r.map((pair, k) => ({ pair, n: sizes[k]! })));
}
