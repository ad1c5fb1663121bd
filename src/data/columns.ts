/**
 * Columnar data as the statistics see it: one array per variable, `null` for missing.
 * A numeric column holds numbers; a categorical column holds level labels (strings), or
 * numeric codes when every value is a number.
 */
import type { CsvTable } from './csv.ts';
import { parseNumber } from './csv.ts';

export type Cell = number | string | null;
export type NumericColumn = (number | null)[];
export type Column = (number | null)[] | (string | null)[];
export type ColumnTable = Record<string, Column>;

/**
 * The oracle's convention for a bare CSV (used by `naskah stat`): an empty cell is
 * missing; a column whose every non-missing value parses as a number is numeric, any
 * other column holds strings.
 */
export function inferColumns(csv: CsvTable): ColumnTable {
  const out: ColumnTable = {};
  csv.header.forEach((name, j) => {
    const raw = csv.rows.map((r) => r[j]!.trim());
    const nums = raw.map((s) => (s === '' ? null : parseNumber(s, csv.decimal)));
    const numeric = nums.every((v) => v === null || !Number.isNaN(v));
    out[name] = numeric ? nums : raw.map((s) => (s === '' ? null : s));
  });
  return out;
}
