/**
 * Columnar data as the statistics see it: one array per variable. A numeric column is a
 * Float64Array with NaN for missing (the statistics take any non-finite value as missing,
 * src/stats/missing.ts), so a million-row column costs 8 MB and no per-cell object; a
 * column that is not all numbers holds its texts, `null` for missing. Tables built by
 * hand may also give numbers as an array with `null`.
 */
import { NaskahError, type SourceLocation } from '../errors.ts';
import { type CsvColumn, type CsvData, type CsvTable, cellText, csvData, parseNumber } from './csv.ts';
import { readDecimalColumn } from './decimal.ts';

export type Cell = number | string | null;
export type Column = Float64Array | (number | null)[] | (string | null)[];
export type ColumnTable = Record<string, Column>;

/** How to read a bare CSV's columns. */
export interface InferOptions {
  /** The file's name, for messages. */
  file?: string;
  /**
   * Codes that mean missing (`naskah stat --missing`), matched on the cell's trimmed text
   * as study.yaml's `data: { missing: [...] }` is (`99` is, `99.0` is not).
   */
  missing?: readonly string[];
}

/**
 * The oracle's convention for a bare CSV (used by `naskah stat`): an empty cell is
 * missing, and so is a cell whose text is one of `missing`; a column whose every
 * non-missing value is a number is numeric, any other column holds strings. Numbers are judged as a column first, by the study reader's rule
 * (decimal.ts): in a decimal-comma file `1.250` is 1250 when the column groups thousands
 * consistently, and a column where `.` could be either, or that mixes `39,5` with `52.5`,
 * is an error naming the cells. Each column is made when first read, so a test on two
 * columns of a wide file converts two.
 */
export function inferColumns(csv: CsvTable | CsvData, options: InferOptions = {}): ColumnTable {
  const { file } = options;
  const missing = options.missing?.length ? new Set(options.missing) : undefined;
  const data = 'columns' in csv ? csv : csvData(csv);
  const out: ColumnTable = {};
  csv.header.forEach((name, j) => {
    const where = (r: number): SourceLocation => ({
      file,
      line: data ? data.lines[r] : (csv as CsvTable).lines[r],
      row: r + 2,
      csvColumn: name,
    });
    let column: Column | undefined;
    const make = data
      ? () => dataColumn(data, data.columns[j]!, where, missing)
      : () => {
          const rows = (csv as CsvTable).rows;
          const raw = rows.map((r) => {
            const s = r[j]!.trim();
            return missing?.has(s) ? '' : s;
          });
          return judgedColumn(raw.length, (r) => (raw[r] === '' ? null : raw[r]!), csv.decimal, where);
        };
    Object.defineProperty(out, name, {
      enumerable: true,
      configurable: true,
      get: () => (column ??= make()),
      set: (v: Column) => {
        column = v;
      },
    });
  });
  return out;
}

/** A column of text cells (trimmed, '' = missing) judged by the study reader's decimal rule. */
function judgedColumn(
  n: number,
  text: (r: number) => string | null,
  decimal: '.' | ',',
  where: (r: number) => SourceLocation,
): Column {
  const reading = readDecimalColumn(text, n, decimal, where, 'stat');
  if (!reading.ok) {
    if (numberLike(n, text, decimal))
      throw new NaskahError(reading.code, reading.message, { location: where(reading.row), hint: reading.hint });
    return textColumn(n, text);
  }
  const nums = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const s = text(r);
    if (s === null) nums[r] = NaN;
    else {
      const x = parseNumber(reading.normalise(s), decimal);
      if (Number.isNaN(x)) return textColumn(n, text);
      nums[r] = x;
    }
  }
  return nums;
}

/** True when every cell reads as a number with one mark or the other (so the marks matter). */
function numberLike(n: number, text: (r: number) => string | null, decimal: '.' | ','): boolean {
  const other = decimal === ',' ? '.' : ',';
  for (let r = 0; r < n; r++) {
    const s = text(r);
    if (
      s !== null &&
      Number.isNaN(parseNumber(s.split(other).join(''), decimal)) &&
      Number.isNaN(parseNumber(s, other))
    )
      return false;
  }
  return true;
}

function textColumn(n: number, text: (r: number) => string | null): (string | null)[] {
  const out: (string | null)[] = new Array(n);
  for (let r = 0; r < n; r++) out[r] = text(r);
  return out;
}

/**
 * A column straight from the stream parser: plain numbers were converted while the bytes
 * were scanned; only the cells kept as text are looked at again, and the decimal rule
 * only runs when one of them holds the other mark (otherwise it cannot object).
 */
function dataColumn(
  data: CsvData,
  column: CsvColumn,
  where: (r: number) => SourceLocation,
  missing: ReadonlySet<string> | undefined,
): Column {
  const n = data.nRows;
  let { number, text } = column;
  if (missing) {
    // A missing code is matched on the cell's text. A number kept without its text is
    // written as String(v) would write it, so only codes written that way can match it.
    const codes = new Set<number>();
    for (const code of missing) {
      const v = parseNumber(code, data.decimal);
      const written = data.decimal === ',' ? String(v).replace('.', ',') : String(v);
      if (!Number.isNaN(v) && written === code) codes.add(v);
    }
    const places = column.places;
    const original = column;
    number = Float64Array.from(number);
    text = text?.slice();
    for (let r = 0; r < n; r++) {
      const v = number[r]!;
      const coded =
        text?.[r] !== undefined || places?.[r]
          ? missing.has(cellText(data, original, r).trim())
          : !Number.isNaN(v) && codes.has(v);
      if (coded) {
        number[r] = NaN;
        if (text?.[r] !== undefined) text[r] = '';
      }
    }
    column = { number, text, ...(places ? { places } : {}) };
  }
  // Empty cells are already NaN: the parser's column is the column.
  if (!text) return number;
  const trimmed = (r: number): string | null => {
    const s = cellText(data, column, r).trim();
    return s === '' ? null : s;
  };
  const other = data.decimal === ',' ? '.' : ',';
  let otherMark = false;
  text.forEach((t) => {
    if (t?.includes(other)) otherMark = true;
  });
  let normalise = (s: string) => s;
  if (otherMark) {
    // Cells kept only as numbers are written as String(v) would: the rule needs their text
    // only where it could matter (a mark, or four digits and more).
    const judged = (r: number): string | null => {
      if (text[r] !== undefined) return trimmed(r);
      const v = number[r]!;
      return Number.isNaN(v) || (Number.isInteger(v) && v < 1000 && v > -1000) ? null : cellText(data, column, r);
    };
    const reading = readDecimalColumn(judged, n, data.decimal, where, 'stat');
    if (!reading.ok) {
      if (numberLike(n, trimmed, data.decimal))
        throw new NaskahError(reading.code, reading.message, { location: where(reading.row), hint: reading.hint });
      return textColumn(n, trimmed);
    }
    normalise = reading.normalise;
  }
  const nums = Float64Array.from(number);
  let failed = false;
  text.forEach((t, r) => {
    if (failed || t === undefined || !Number.isNaN(number[r]!)) return;
    const s = t.trim();
    if (s === '') return;
    const x = parseNumber(normalise(s), data.decimal);
    if (Number.isNaN(x)) failed = true;
    else nums[r] = x;
  });
  return failed ? textColumn(n, trimmed) : nums;
}
