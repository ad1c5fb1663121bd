/**
 * Columns of a continuous variable in a table of counts and shares, told by how their numbers are
 * printed: where one column prints its shares with decimals in every row ("Total, n (%) 1641
 * (20.31)"), a column whose bracketed numbers are whole in every row ("Age (years), mean (SD)
 * 51 (9)") is a mean (SD), not 51 people who are 9%. The column counterpart of
 * ./whole-number-spread-rows.ts, and read the same way: such a column's shares are kept only where
 * they fit a total printed in the table (a table may round one column's shares to whole numbers;
 * those that fit are checked), any other is not read. A column is doubtful only when
 *  - at least three rows print the same number of pairs (two at least), the rows it is read in;
 *  - another column of those rows prints every share (without % sign) with decimals;
 *  - every pair of the column has no % sign, a whole number in brackets, and not all are 0 or 100.
 */
import { matches } from '../checks/percentages.ts';
import type { PercentGroup } from '../types.ts';
import type { PairToken, PublishedRow } from './published-rows.ts';

/** The share offsets (pct.start) of the pairs in `table`'s whole-number columns (see above). */
export function wholeNumberSpreadColumns(table: PublishedRow[], pairsOf: Map<PublishedRow, PairToken[]>): Set<number> {
  const cells = new Set<number>();
  const widths = table.map((r) => pairsOf.get(r)?.length ?? 0);
  const width = Math.max(0, ...widths);
  if (width < 2) return cells;
  const rows = table.filter((r) => pairsOf.get(r)?.length === width).map((r) => pairsOf.get(r)!);
  if (rows.length < 3) return cells;
  const column = (k: number) => rows.map((pairs) => pairs[k]!);
  const decimal = (k: number) => column(k).every((p) => !p.hasSign && p.pct.decimals >= 1);
  const whole = (k: number) =>
    column(k).every((p) => !p.hasSign && p.pct.decimals === 0) &&
    column(k).some((p) => p.pct.value !== 0 && p.pct.value !== 100);
  const ks = [...Array(width).keys()];
  if (!ks.some(decimal)) return cells;
  for (const k of ks) if (whole(k)) for (const p of column(k)) cells.add(p.pct.start);
  return cells;
}

/**
 * Keeps a group unless one of its shares is in a doubtful column (`cells`) and does not fit its
 * total, or its total is its column block's sum: whole numbers that add up to 100 down a column of
 * means (SD) by chance fit the sum of their own counts, which proves nothing.
 */
export function fitsIfDoubtfulCell(g: PercentGroup, cells: Set<number>): boolean {
  if (!g.pairs.some((p) => cells.has(p.pct.start))) return true;
  if (g.totalSource === 'inferred' || g.statedTotals.length !== 1) return false;
  return g.pairs.every((p) => matches(p.count, g.statedTotals[0]!, p.pct));
}
