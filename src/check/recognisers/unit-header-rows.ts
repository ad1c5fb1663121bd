/**
 * A header that ends in a row of units ("n | % | n | %", "N | % | f | %"): every row above it
 * is header too, even one of numeric-looking category names ("< 40 | 40-60 | > 60" under
 * "Umur"), which the reading "header = rows before the first number" would take for the first
 * body row — and the units row after it for a group heading, leaving every column without a role.
 */
import type { TableRow } from '../types.ts';

const UNIT = /^(?:n|f|%|\(%\)|jumlah|frekuensi|frek\.?)$/i;

const isUnitRow = (r: TableRow) => {
  const filled = r.cells.filter((c) => c.text.trim() !== '');
  return filled.length >= 2 && filled.every((c) => UNIT.test(c.text.trim()));
};

/** The number of header rows: `h`, or past a units row among the next two rows. */
export function headerThroughUnits(rows: TableRow[], h: number): number {
  for (let k = h; k < Math.min(rows.length - 1, h + 2); k++) if (isUnitRow(rows[k]!)) return k + 1;
  return h;
}
