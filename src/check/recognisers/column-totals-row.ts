/**
 * A cross table's row of column totals printed as shares of themselves: "| 26(100.0) |
 * 120(100.0) | 146(100.0) |" heading a table of row percentages, each count 100% of its own
 * column. Such a row has a cell that is the sum of the others, as a row of row percentages has,
 * but its group cells cannot be shares of that sum: two or more positive counts each printing
 * 100% of one total is impossible, so the row is the columns' bases, not a row to read against its
 * total cell.
 */
import type { Num } from '../types.ts';

const isHundred = (p: Num): boolean => Math.abs(p.value - 100) < 1e-9;

/** Do these group cells (the cells beside a row's total cell) each print 100%, two or more positive counts? */
export function isColumnTotalsRow(shares: { count: number; pct: Num }[]): boolean {
  return shares.length >= 2 && shares.every((p) => p.count > 0 && isHundred(p.pct));
}
