/**
 * CSV as an input format: the text parser of ../csv.ts, with each column's cells offered
 * as trimmed text (empty = missing). Columns are cut from the rows only when the data
 * stage asks for them, so a study that uses five of 200 columns converts five.
 */
import { parseCsv } from '../csv.ts';
import type { InputFormat, RawColumn, RawTable, ReadOptions } from './types.ts';

export const csvFormat: InputFormat = {
  id: 'csv',
  name: 'CSV text file',
  extensions: ['.csv', '.tsv', '.txt'],
  sniff: looksLikeText,
  read: readCsvTable,
};

/** Text: no NUL byte in the first 64 KiB (UTF-16 and every binary format have them). */
export function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return false;
  return true;
}

export function readCsvTable(bytes: Uint8Array, options: ReadOptions): RawTable {
  const text = new TextDecoder('utf-8').decode(bytes);
  return csvTable(text, options);
}

/** The table of a CSV text (also used by callers that already hold the text). */
export function csvTable(text: string, options: ReadOptions): RawTable {
  const file = options.file;
  const csv = parseCsv(text, { delimiter: options.delimiter, decimal: options.decimal, file });
  const columns: RawColumn[] = csv.header.map((name, j) => {
    let data: (string | null)[] | undefined;
    const col = { name } as RawColumn;
    Object.defineProperty(col, 'values', {
      enumerable: true,
      get() {
        data ??= csv.rows.map((row) => {
          const s = row[j]!.trim();
          return s === '' ? null : s;
        });
        return { kind: 'string', data };
      },
    });
    return col;
  });
  const nRows = csv.rows.length;
  return {
    format: 'csv',
    columns,
    nRows,
    rowNumbers: Array.from({ length: nRows }, (_, i) => i + 2),
    locate: (r, column) => ({ file, line: csv.lines[r], row: r + 2, csvColumn: column }),
    locateHeader: (column) => ({ file, line: 1, row: 1, csvColumn: column }),
    decimal: csv.decimal,
  };
}
