/**
 * A table is read as having two label columns (a variable, then its category: "Jenis kelamin |
 * Laki-laki | 32 | 33,3") when its first column of known kind is the third or later
 * (./tables.ts, sections). That holds only if the columns before it hold words. A first data column
 * whose kind is not known — every cell a bare 0 ("| Malnutrisi berat | 0 | 0 | 0 |" beside `n (%)`
 * columns), or counts under a header naskah does not name ("Diare f") — is no label column: read as
 * one, every row became a section of its own, and each total row was held to the row above it alone
 * ("Total = 6", sum of the rows 3). Only a column that prints a number on the total row as well is
 * taken for data: a category column of numbers leaves it empty.
 */
import type { TableRow } from '../types.ts';

/** What this rule reads of a laid-out row (./tables.ts's LaidRow, which imports this file). */
interface KindedRow {
  row: TableRow;
  kind: 'body' | 'total' | 'group';
}

const NUMBER_CELL = /^\s*-?\d+(?:[.,]\d+)?\s*%?\s*$/;

/**
 * Whether the columns 1 … `firstRole − 1` of these rows hold labels, not numbers. A column of
 * numbers that also prints a number on the table's total row is data (a category column of
 * numbers, "Paritas | 0 | 12 | 30,0", leaves the total row's cell empty).
 */
export function columnsBeforeHoldLabels(rows: KindedRow[], firstRole: number): boolean {
  const totals = rows.filter((r) => r.kind === 'total');
  for (let c = 1; c < firstRole; c++) {
    if (!totals.some((r) => NUMBER_CELL.test(r.row.cells[c]?.text ?? ''))) continue;
    const cells = rows
      .filter((r) => r.kind !== 'group')
      .map((r) => r.row.cells[c]?.text.trim() ?? '')
      .filter((t) => t !== '');
    const numbers = cells.filter((t) => NUMBER_CELL.test(t)).length;
    if (numbers > 0 && numbers * 2 >= cells.length) return false;
  }
  return true;
}
