/**
 * CSV as an input format: the stream parser of ../csv.ts, with each column's cells
 * offered as trimmed text (empty = missing). The text of a column is made only when the
 * data stage asks for it, so a study that uses five of 200 columns converts five.
 *
 * A file on disk (`readCsvFile`) is read a few MB at a time: each piece is checked as
 * UTF-8 and parsed before the next is read, so memory holds the columns, never the file.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { NaskahError } from '../../errors.ts';
import { type CsvData, cellText, CsvReader, type Delimiter, detectDelimiter } from '../csv.ts';
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
  if (!isUtf8(bytes)) throw notUtf8(bytes, firstInvalidUtf8(bytes), options.file, options.delimiter);
  const reader = new CsvReader(readerOptions(options));
  reader.push(bytes);
  return rawTable(reader.end(), options.file);
}

const readerOptions = (options: ReadOptions) => ({
  delimiter: options.delimiter,
  decimal: options.decimal,
  file: options.file,
});

/** Bytes read from a file at a time. */
const PIECE = 4 * 1024 * 1024;

/**
 * Reads the CSV file at `path` as a stream into columns. Each piece ends at a line end,
 * is checked as UTF-8, then parsed. A file that is not UTF-8 is reported at its first bad
 * byte, even when a row before it is wrong too (the encoding explains both).
 */
export function readCsvFile(path: string, options: ReadOptions): CsvData {
  const fd = openSync(path, 'r');
  try {
    const reader = new CsvReader(readerOptions(options), fstatSync(fd).size);
    // The bytes after the last line end of one read stay at the front for the next.
    let buf = Buffer.allocUnsafe(PIECE);
    let kept = 0;
    let offset = 0;
    let failure: unknown;
    for (;;) {
      if (buf.length - kept < PIECE / 2) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, kept);
        buf = bigger;
      }
      const got = readSync(fd, buf, kept, buf.length - kept, null);
      const final = got === 0;
      const total = kept + got;
      const cut = final ? total : buf.lastIndexOf(10, total - 1) + 1;
      const piece = buf.subarray(0, cut);
      if (!isUtf8(piece)) throw notUtf8InFile(fd, offset + firstInvalidUtf8(piece), options);
      if (failure === undefined && cut > 0) {
        try {
          reader.push(piece);
        } catch (e) {
          failure = e;
        }
      }
      offset += cut;
      buf.copyWithin(0, cut, total);
      kept = total - cut;
      if (final) break;
    }
    if (failure !== undefined) throw failure;
    return reader.end();
  } finally {
    closeSync(fd);
  }
}

/** The not-UTF-8 error for the byte at `at` of an open file: its line, cell and header, read again. */
function notUtf8InFile(fd: number, at: number, options: ReadOptions): NaskahError {
  const read = (from: number, length: number) => {
    const b = Buffer.alloc(length);
    return b.subarray(0, readSync(fd, b, 0, length, from));
  };
  let line = 1;
  let lineStart = 0;
  for (let from = 0; from < at; from += PIECE) {
    const b = read(from, Math.min(PIECE, at - from));
    for (let k = b.indexOf(10); k >= 0; k = b.indexOf(10, k + 1)) {
      line++;
      lineStart = from + k + 1;
    }
  }
  let header = read(0, Math.min(1024 * 1024, Math.max(at + 64, 4096)));
  const headerEnd = header.indexOf(10);
  if (headerEnd >= 0) header = header.subarray(0, headerEnd);
  const lineBytes = read(lineStart, at - lineStart + 64);
  return notUtf8At(header, line, lineBytes, at - lineStart, options.file, options.delimiter);
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
  let lineStart = at;
  while (lineStart > 0 && bytes[lineStart - 1] !== 10) lineStart--;
  let line = 1;
  for (let k = bytes.indexOf(10); k >= 0 && k < at; k = bytes.indexOf(10, k + 1)) line++;
  let headerEnd = bytes.indexOf(10);
  if (headerEnd < 0) headerEnd = bytes.length;
  return notUtf8At(bytes.subarray(0, headerEnd), line, bytes.subarray(lineStart), at - lineStart, file, declared);
}

/**
 * The message for the bad byte at offset `at` of `lineBytes` (line `line` from its start,
 * to at least 64 bytes past the byte), given the header line's bytes.
 */
function notUtf8At(
  headerBytes: Uint8Array,
  line: number,
  bytes: Uint8Array,
  at: number,
  file: string,
  declared: Delimiter | undefined,
): NaskahError {
  const latin = new TextDecoder('windows-1252');
  const lineStart = 0;
  const headerLine = latin.decode(headerBytes).replace(/\r$/, '');
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
  const reader = new CsvReader(readerOptions(options));
  reader.push(Buffer.from(text, 'utf8'));
  return rawTable(reader.end(), options.file);
}

/** Read columns as the formats' table: each column's trimmed text made when first asked for. */
export function rawTable(csv: CsvData, file: string): RawTable {
  const nRows = csv.nRows;
  const columns: RawColumn[] = csv.header.map((name, j) => {
    let data: (string | null)[] | undefined;
    const col = { name } as RawColumn;
    Object.defineProperty(col, 'values', {
      enumerable: true,
      get() {
        if (!data) {
          const column = csv.columns[j]!;
          data = new Array<string | null>(nRows);
          for (let r = 0; r < nRows; r++) {
            const s = cellText(csv, column, r).trim();
            data[r] = s === '' ? null : s;
          }
        }
        return { kind: 'string', data };
      },
    });
    return col;
  });
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
