/**
 * Columnar data as the statistics see it: one array per variable, `null` for missing.
 * A numeric column holds numbers; a categorical column holds level labels (strings), or
 * numeric codes when every value is a number.
 */
import type { CsvTable } from './csv.ts';
import { csvCellIndex, parseNumber, type CsvCellIndex } from './csv.ts';

export type Cell = number | string | null;
export type Column = (number | null)[] | (string | null)[];
export type ColumnTable = Record<string, Column>;

/**
 * The oracle's convention for a bare CSV (used by `naskah stat`): an empty cell is
 * missing, and so is a cell whose text is one of `missing` (the codes of `--missing`, matched
 * as study.yaml's `data: { missing: [...] }` matches them); a column whose every non-missing value parses as a number is numeric, any
 * other column holds strings.
 */
export function inferColumns(csv: CsvTable, options: { missing?: readonly string[] } = {}): ColumnTable {
  const index = csvCellIndex(csv);
  const missing = options.missing?.length ? new Set(options.missing) : undefined;
  const out: ColumnTable = {};
  csv.header.forEach((name, j) => {
    if (index) {
      out[name] = inferIndexedColumn(index, j, csv.decimal, missing);
      return;
    }
    const raw = csv.rows.map((r) => {
      const s = r[j]!.trim();
      return missing?.has(s) ? '' : s;
    });
    const nums = raw.map((s) => (s === '' ? null : parseNumber(s, csv.decimal)));
    const numeric = nums.every((v) => v === null || !Number.isNaN(v));
    out[name] = numeric ? nums : raw.map((s) => (s === '' ? null : s));
  });
  return out;
}

/**
 * One column read from the cell index: plain decimals were already converted while the
 * text was scanned; other non-empty cells go through parseNumber on their trimmed text,
 * exactly as the row-based path. The first non-number makes it a text column.
 */
function inferIndexedColumn(
  index: CsvCellIndex,
  j: number,
  decimal: '.' | ',',
  missing: ReadonlySet<string> | undefined,
): Column {
  const { text, nRows, nCols, start, end, number } = index;
  const nums: (number | null)[] = new Array(nRows);
  for (let i = 0, at = j; i < nRows; i++, at += nCols) {
    // A missing code is matched on the cell's text, as study.yaml's `missing:` is ("99", not 99.0).
    if (missing?.has(text.slice(start[at]!, end[at]!).trim())) {
      nums[i] = null;
      continue;
    }
    let v: number | null = number[at]!;
    if (Number.isNaN(v)) {
      const s = text.slice(start[at]!, end[at]!).trim();
      v = s === '' ? null : parseNumber(s, decimal);
      if (v !== null && Number.isNaN(v)) return textColumn(index, j, missing);
    }
    nums[i] = v;
  }
  return nums;
}

function textColumn(index: CsvCellIndex, j: number, missing: ReadonlySet<string> | undefined): (string | null)[] {
  const { text, nRows, nCols, start, end } = index;
  const out: (string | null)[] = [];
  for (let i = 0; i < nRows; i++) {
    const s = text.slice(start[i * nCols + j]!, end[i * nCols + j]!).trim();
    out.push(s === '' || missing?.has(s) ? null : s);
  }
  return out;
}
