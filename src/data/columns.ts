/**
 * Columnar data as the statistics see it: one array per variable, `null` for missing.
 * A numeric column holds numbers; a categorical column holds level labels (strings), or
 * numeric codes when every value is a number.
 */
import type { CsvTable } from './csv.ts';
import { csvCellIndex, parseNumber, type CsvCellIndex } from './csv.ts';

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
  const index = csvCellIndex(csv);
  const out: ColumnTable = {};
  csv.header.forEach((name, j) => {
    if (index) {
      out[name] = inferIndexedColumn(index, j, csv.decimal);
      return;
    }
    const raw = csv.rows.map((r) => r[j]!.trim());
    const nums = raw.map((s) => (s === '' ? null : parseNumber(s, csv.decimal)));
    const numeric = nums.every((v) => v === null || !Number.isNaN(v));
    out[name] = numeric ? nums : raw.map((s) => (s === '' ? null : s));
  });
  return out;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * One column read straight from the text, without a string per numeric cell. Plain
 * decimals of up to 15 digits are converted by integer arithmetic and one division by a
 * power of ten, which is exactly rounded and so equals Number() (Clinger 1990); anything
 * else (exponents, surrounding spaces, long numbers, text) goes through parseNumber.
 */
function inferIndexedColumn(index: CsvCellIndex, j: number, decimal: '.' | ','): Column {
  const { text, nRows, nCols, start, end } = index;
  const nums: (number | null)[] = [];
  for (let i = 0; i < nRows; i++) {
    const a = start[i * nCols + j]!;
    const b = end[i * nCols + j]!;
    const v = a === b ? null : fastNumber(text, a, b, decimal);
    if (v === undefined || Number.isNaN(v)) return textColumn(index, j);
    nums.push(v);
  }
  return nums;
}

/** A number, null (blank cell), NaN (not a number) or undefined (not numeric: text column). */
function fastNumber(text: string, a: number, b: number, decimal: '.' | ','): number | null | undefined {
  let k = a;
  let c = text.charCodeAt(k);
  let negative = false;
  if (c === 45 || c === 43) {
    negative = c === 45;
    k++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; k < b; k++) {
    c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if ((c === 46 || (c === 44 && decimal === ',')) && fraction < 0) {
      fraction = 0;
    } else {
      // Spaces, exponents, a second decimal mark or letters: the general parser decides.
      const s = text.slice(a, b).trim();
      return s === '' ? null : parseNumber(s, decimal);
    }
  }
  if (digits === 0 || digits > 15) {
    const s = text.slice(a, b).trim();
    return s === '' ? null : parseNumber(s, decimal);
  }
  const value = fraction > 0 ? mantissa / POW10[fraction]! : mantissa;
  return negative ? -value : value;
}

function textColumn(index: CsvCellIndex, j: number): (string | null)[] {
  const { text, nRows, nCols, start, end } = index;
  const out: (string | null)[] = [];
  for (let i = 0; i < nRows; i++) {
    const s = text.slice(start[i * nCols + j]!, end[i * nCols + j]!).trim();
    out.push(s === '' ? null : s);
  }
  return out;
}
