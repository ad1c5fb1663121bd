/**
 * CSV as an input format: the text parser of ../csv.ts, with each column's cells offered
 * as trimmed text (empty = missing). Columns are cut from the rows only when the data
 * stage asks for them, so a study that uses five of 200 columns converts five.
 */
import { NaskahError } from '../../errors.ts';
import { type Delimiter, detectDelimiter, parseCsv } from '../csv.ts';
import type { InputFormat, RawColumn, RawTable, ReadOptions } from './types.ts';

export const csvFormat: InputFormat = {
  id: 'csv',
  name: 'CSV text file',
  extensions: ['.csv', '.tsv', '.txt'],
  sniff: looksLikeText,
  read: readCsvTable,
};

/**
 * Text: at most one NUL byte in 100 of the first 64 KiB. UTF-16 and binary formats are
 * full of them; a stray NUL in a cell of a real CSV is read, and shown escaped, as data.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul * 100 <= n;
}

export function readCsvTable(bytes: Uint8Array, options: ReadOptions): RawTable {
  return csvTable(decodeCsvText(bytes, options.file, options.delimiter), options);
}

/**
 * The text of a CSV file, which must be UTF-8. Bytes that are not (a file saved as
 * Latin-1 / Windows-1252, "ANSI" in Excel) are an error naming the line, the CSV column
 * and the byte, never `"P\uFFFD"` in a manuscript: guessing the encoding could misread
 * a file in yet another one, and one re-save fixes it for good.
 */
export function decodeCsvText(bytes: Uint8Array, file: string, delimiter?: Delimiter): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(bytes, firstInvalidUtf8(bytes), file, delimiter);
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => k < n && bytes[k]! >= lo && bytes[k]! <= hi;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) i++;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2)) i += 3;
    else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2)) i += 3;
    else if (b >= 0xe1 && b <= 0xef && b !== 0xed && cont(i + 1) && cont(i + 2)) i += 3;
    else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3)) i += 4;
    else return i;
  }
  return n;
}

function notUtf8(bytes: Uint8Array, at: number, file: string, declared: Delimiter | undefined): NaskahError {
  const latin = new TextDecoder('windows-1252');
  let lineStart = at;
  while (lineStart > 0 && bytes[lineStart - 1] !== 10) lineStart--;
  let line = 1;
  for (let k = bytes.indexOf(10); k >= 0 && k < at; k = bytes.indexOf(10, k + 1)) line++;
  let headerEnd = bytes.indexOf(10);
  if (headerEnd < 0) headerEnd = bytes.length;
  const headerLine = latin.decode(bytes.subarray(0, headerEnd)).replace(/\r$/, '');
  const delimiter = declared ?? detectDelimiter(headerLine);
  const sep = delimiter.charCodeAt(0);
  // The cell holding the byte: count separators (outside quotes) from the line's start.
  let column = 0;
  let cellStart = lineStart;
  let quoted = false;
  for (let k = lineStart; k < at; k++) {
    if (bytes[k] === 34) quoted = !quoted;
    else if (bytes[k] === sep && !quoted) {
      column++;
      cellStart = k + 1;
    }
  }
  let cellEnd = at;
  while (cellEnd < bytes.length && bytes[cellEnd] !== sep && bytes[cellEnd] !== 10 && bytes[cellEnd] !== 13) cellEnd++;
  const cell = latin.decode(bytes.subarray(cellStart, Math.min(cellEnd, cellStart + 40)));
  const name = line === 1 ? undefined : headerLine.split(delimiter)[column]?.trim();
  const byte = `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
  return new NaskahError(
    'data/not-utf8',
    `${file} is not UTF-8 text: the byte ${byte} in ${line === 1 ? 'the header row (line 1)' : `line ${line}`}${name ? `, column "${name}"` : ''} is not valid UTF-8 (the file was most likely saved as Latin-1 / Windows-1252, "ANSI"; read that way the cell is "${cell}")`,
    {
      location: { file, line, column: at - lineStart + 1, csvColumn: name },
      hint: 'Save the file as UTF-8 (Excel: File > Save As > "CSV UTF-8 (Comma delimited)"; LibreOffice: Character set "Unicode (UTF-8)").',
    },
  );
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
