/**
 * Frequency tables pasted flat whose row labels are numbers themselves, age or score ranges:
 * "Umur Tahun Jumlah Persentase 7-9 2 3,77 10-12 11 20,75 … 18 2 3,77 Total 53 100". Each row is
 * a range ("10-12", "13 – 15") or a whole number (a "> 18" that lost its sign), a count and a
 * share. The rows are read back from the total row ("Total/Jumlah N 100") as long as they have
 * that shape; the table is taken only when its counts add up to N and its shares to 100 within
 * their rounding (so no row was lost or misread), and each share is then held to its count of N.
 */
import type { PercentGroup, TableBlock } from '../types.ts';
import { parseNum } from './numbers.ts';
import { type FrequencyRow, readRowsAboveTotals } from './rows-above-totals.ts';

/** One row, read from its end: label (range or whole number), count, share. */
const ROW_AT_END = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\s+(\d{1,5})\s+(\d{1,3}[.,]\d{1,2})\s*$/u;
const REACH = 400;

/** The rows at the end of `before` (which starts at offset `from`), read back while they have a row's shape. */
function rowsBack(before: string, from: number): FrequencyRow[] {
  let rest = before.replace(/\s+$/u, '');
  const rows: FrequencyRow[] = [];
  for (let m = ROW_AT_END.exec(rest); m; m = ROW_AT_END.exec(rest)) {
    const at = from + m.index!;
    const countAt = at + m[0].indexOf(m[2]!, m[1]!.length);
    const count = parseNum(m[2]!, countAt);
    const pct = parseNum(m[3]!, at + m[0].lastIndexOf(m[3]!));
    if (!count || !pct) break;
    rows.unshift({ count, pct, start: at });
    rest = rest.slice(0, m.index!).replace(/\s+$/u, '');
  }
  return rows;
}

export function readRangeLabelRows(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  return readRowsAboveTotals(text, tables, taken, REACH, rowsBack);
}
