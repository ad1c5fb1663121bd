/**
 * Row percentages beside a total column: "Total (N = 400) | Anaemic (n = 100) | Not anaemic
 * (n = 300)", rows "150 (37.5) | 60 (40.0) | 90 (60.0)". The total cell is its share of N; the
 * groups' cells are their share of the row's total (60/150, 90/150), not of their column's n.
 * Read against the header's group sizes every group share would be a false alarm. Such a row has
 * one cell whose count is the sum of the others, which are each their share of it. When at
 * least two thirds (and two) of a table's rows with such a total cell are row percentages, the
 * table is one of row percentages: every such row's group cells are read against its total
 * cell, so a misprinted share is flagged alone. The total cell itself is left to the readers
 * of columns (its denominator, the table's N, is not the row's).
 */
import type { Num } from '../types.ts';
import { isColumnTotalsRow } from './column-totals-row.ts';

interface Share {
  count: number;
  pct: Num;
}

const fits = (p: Share, total: number): boolean =>
  total > 0 && Math.abs((100 * p.count) / total - p.pct.value) <= 0.5 * 10 ** -p.pct.decimals + 1e-9;

/** The index of the row's total cell (a count that is the sum of the others), or -1. */
function totalCell(row: Share[]): number {
  if (row.length < 3) return -1;
  const sum = row.reduce((a, p) => a + p.count, 0);
  return row.findIndex((p) => p.count * 2 === sum && p.count > 0);
}

/** Per row (by index), the group cells to read against its total cell; empty when the table is not of row percentages. */
export function sharesBesideRowTotals<T extends Share>(rows: T[][]): Map<number, { total: number; shares: T[] }> {
  const withTotal = new Map<number, { total: number; shares: T[] }>();
  rows.forEach((row, i) => {
    const k = totalCell(row);
    const shares = row.filter((_, j) => j !== k);
    // A row of column totals, each cell 100% of itself, is no row of row percentages (./column-totals-row.ts).
    if (k >= 0 && !isColumnTotalsRow(shares)) withTotal.set(i, { total: row[k]!.count, shares });
  });
  const rowPercent = [...withTotal.values()].filter((r) => r.shares.every((p) => fits(p, r.total))).length;
  return rowPercent >= 2 && rowPercent * 3 >= withTotal.size * 2 ? withTotal : new Map();
}
