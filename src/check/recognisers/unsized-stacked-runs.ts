/**
 * Rows whose variable's categories are stacked in one cell per group, printed group by group
 * (one cell per line: "<40", "40-55", "55-70", ">70" on lines of their own, then the Total
 * column's `96 (17.4)` … `148 (26.9)`, the cases' four pairs, the controls' four, then the odds
 * ratios and p's), in a table whose header prints no group sizes. ./group-major-cells.ts and
 * ./stacked-category-runs.ts take such rows against the header's sizes; here the table itself
 * gives them: the row's pairs are cut into G equal runs, each of whose shares add up to 100, and
 * a group's run sums to the same count in at least two rows, more of them than any other count
 * (every variable's categories add up to its group's size, row after row). Only a run whose sum
 * is that size is read, its shares against it; a run that sums to another count (a misprinted
 * count, or data missing for some) is left unread, since which of the two totals the shares are
 * of cannot be told. One cut only per row.
 */
import { addsTo100 } from '../checks/percentages.ts';
import type { PublishedRow, PairToken as Pair } from './published-rows.ts';

const MIN_CATEGORIES = 2;

interface Cut {
  row: PublishedRow;
  runs: Pair[][];
  sums: number[];
}

/** The row's pairs cut into `groups` equal runs whose shares add up to 100 each, or null. */
function cutInto(pairs: Pair[], groups: number): Pair[][] | null {
  const per = pairs.length / groups;
  if (!Number.isInteger(per) || per < MIN_CATEGORIES) return null;
  const runs = Array.from({ length: groups }, (_, k) => pairs.slice(k * per, (k + 1) * per));
  return runs.every((run) => addsTo100(run.map((p) => p.pct))) ? runs : null;
}

/** A row's pairs when they stand together, followed by nothing but statistics (p's, ratios, intervals). */
function stackedPairs(row: PublishedRow, pairsOf: Map<PublishedRow, Pair[]>, covered: Set<Pair>): Pair[] {
  const pairs = pairsOf.get(row)?.filter((p) => !covered.has(p)) ?? [];
  if (pairs.length < 2 * MIN_CATEGORIES) return [];
  const first = row.tokens.indexOf(pairs[0]!);
  const last = row.tokens.indexOf(pairs[pairs.length - 1]!);
  if (last - first + 1 !== pairs.length) return [];
  return row.tokens.slice(last + 1).every((t) => t.kind !== 'pair' && t.kind !== 'ownPair') ? pairs : [];
}

export function unsizedStackedRuns(
  table: PublishedRow[],
  pairsOf: Map<PublishedRow, Pair[]>,
  covered: Set<Pair>,
): { row: PublishedRow; pair: Pair; n: number }[] {
  const cuts = new Map<number, Cut[]>();
  for (const row of table) {
    const pairs = stackedPairs(row, pairsOf, covered);
    const found: [number, Pair[][]][] = [];
    for (let groups = 2; groups <= pairs.length / MIN_CATEGORIES; groups++) {
      const runs = cutInto(pairs, groups);
      if (runs) found.push([groups, runs]);
    }
    if (found.length !== 1) continue;
    const [groups, runs] = found[0]!;
    const sums = runs.map((run) => run.reduce((s, p) => s + p.count, 0));
    cuts.set(groups, [...(cuts.get(groups) ?? []), { row, runs, sums }]);
  }
  const out: { row: PublishedRow; pair: Pair; n: number }[] = [];
  for (const [groups, rows] of cuts)
    for (let k = 0; k < groups; k++) {
      const n = sharedSum(rows.map((c) => c.sums[k]!));
      if (n === null) continue;
      for (const { row, runs, sums } of rows)
        if (sums[k] === n) for (const pair of runs[k]!) out.push({ row, pair, n });
    }
  return out;
}

/** The run sum at least two rows share, more of them than any other sum; null when there is none. */
function sharedSum(sums: number[]): number | null {
  const counts = new Map<number, number>();
  for (const s of sums) counts.set(s, (counts.get(s) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] >= 2 && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : null;
}
