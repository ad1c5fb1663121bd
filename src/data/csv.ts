/**
 * CSV text → header and string cells, with the position of every row, so later checks
 * can name the row and column of a bad value.
 *
 * Accepts what Indonesian spreadsheets export: `;` as separator (Excel with the
 * Indonesian locale) together with the decimal comma, tabs, a UTF-8 byte-order mark,
 * CRLF line ends and RFC 4180 quoting. The separator is detected from the header line
 * unless declared. Parsing is one pass over the string; files without any quote take a
 * faster split-based path (the 1,000,000-row benchmark).
 */
import { NaskahError } from '../errors.ts';

export type Delimiter = ',' | ';' | '\t';

export interface CsvOptions {
  /** Separator; detected from the header line when absent. */
  delimiter?: Delimiter;
  /** Decimal mark for numbers; `,` when the separator is `;` unless declared. */
  decimal?: '.' | ',';
  /** File name for error messages. */
  file?: string;
}

export interface CsvTable {
  header: string[];
  /** Data rows (header excluded); every row has header.length cells. */
  rows: string[][];
  /** Line number (1-based) in the file where each data row starts. */
  lines: number[];
  delimiter: Delimiter;
  decimal: '.' | ',';
}

export function detectDelimiter(headerLine: string): Delimiter {
  const count = (ch: string) => {
    let n = 0;
    let quoted = false;
    for (const c of headerLine) {
      if (c === '"') quoted = !quoted;
      else if (c === ch && !quoted) n++;
    }
    return n;
  };
  const candidates: Delimiter[] = [',', ';', '\t'];
  let best: Delimiter = ',';
  let bestN = 0;
  for (const d of candidates) {
    const n = count(d);
    if (n > bestN) {
      best = d;
      bestN = n;
    }
  }
  return best;
}

export function parseCsv(input: string, options: CsvOptions = {}): CsvTable {
  const file = options.file;
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') {
    throw new NaskahError('data/empty-file', 'the data file is empty', {
      location: { file },
      hint: 'Put a header row with the column names on the first line, then one row per participant.',
    });
  }
  const firstBreak = text.search(/\r?\n/);
  const headerLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const delimiter = options.delimiter ?? detectDelimiter(headerLine);
  const decimal = options.decimal ?? (delimiter === ';' ? ',' : '.');
  if (!text.includes('"')) return parseUnquotedTable(text, delimiter, decimal, file);
  const records = parseQuoted(text, delimiter, file);
  // Trailing empty lines (and lines that are entirely empty) are not rows.
  const kept = records.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  const headerRec = kept.shift();
  if (!headerRec) {
    throw new NaskahError('data/empty-file', 'the data file has no header row', { location: { file } });
  }
  const header = checkHeader(headerRec.cells, headerRec.line, file);
  const rows: string[][] = [];
  const lines: number[] = [];
  for (const r of kept) {
    if (r.cells.length !== header.length) {
      // A row that ends in extra empty cells (a stray separator at the end) is still fine.
      const extraEmpty = r.cells.length > header.length && r.cells.slice(header.length).every((c) => c.trim() === '');
      if (!extraEmpty) throw raggedRow(rows.length + 2, r.cells.length, header.length, r.line, delimiter, file);
      r.cells.length = header.length;
    }
    rows.push(r.cells);
    lines.push(r.line);
  }
  return { header, rows, lines, delimiter, decimal };
}

function checkHeader(cells: string[], line: number, file: string | undefined): string[] {
  const header = cells.map((h) => h.trim());
  header.forEach((h, i) => {
    if (h === '') {
      throw new NaskahError('data/empty-header', `column ${i + 1} of the header row has no name`, {
        location: { file, line, row: 1 },
        hint: 'Give every column a name in the first row, or delete the empty column.',
      });
    }
    const first = header.indexOf(h);
    if (first !== i) {
      throw new NaskahError('data/duplicate-column', `the column name "${h}" appears twice in the header (columns ${first + 1} and ${i + 1})`, {
        location: { file, line, row: 1, csvColumn: h },
        hint: 'Rename one of the two columns so that every name is unique.',
      });
    }
  });
  return header;
}

function raggedRow(row: number, cells: number, columns: number, line: number, delimiter: Delimiter, file: string | undefined): NaskahError {
  return new NaskahError('data/ragged-row', `row ${row} has ${cells} cells but the header has ${columns} columns`, {
    location: { file, line, row },
    hint: cells > columns
      ? `Check for a stray "${delimiter === '\t' ? '\\t' : delimiter}" inside a value (quote such values with "…") in that row.`
      : 'Fill the missing cells (leave a cell empty for a missing value, but keep its separator).',
  });
}

/**
 * Cell positions of a table parsed without quotes: where each cell starts and ends in
 * the text. `inferColumns` reads columns straight from these (no per-cell strings for
 * numbers); `rows` is materialised from them only when someone asks for it.
 */
export interface CsvCellIndex {
  text: string;
  nRows: number;
  nCols: number;
  /** Start/end offsets of cell (i, j) at i·nCols + j. */
  start: Int32Array;
  end: Int32Array;
}

const cellIndexes = new WeakMap<CsvTable, CsvCellIndex>();

/**
 * The cell index of a table from `parseCsv`, while its `rows` have never been read (after
 * that the rows, which a caller may have changed, are the truth). For fast column readers.
 */
export function csvCellIndex(csv: CsvTable): CsvCellIndex | undefined {
  return cellIndexes.get(csv);
}

/**
 * The quote-free fast path: one scan with indexOf over the text, offsets kept in typed
 * arrays, the same rules as the general path (empty lines skipped, CR before LF dropped,
 * trailing empty cells tolerated, ragged rows reported with their line).
 */
function parseUnquotedTable(text: string, delimiter: Delimiter, decimal: '.' | ',', file: string | undefined): CsvTable {
  const n = text.length;
  let lineNo = 1;
  let pos = 0;
  // Header: the first line that is not entirely empty.
  let header: string[] | undefined;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    let stop = end;
    if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--;
    const line = lineNo;
    lineNo++;
    const startPos = pos;
    pos = end + 1;
    if (stop > startPos) {
      header = checkHeader(text.slice(startPos, stop).split(delimiter), line, file);
      break;
    }
    if (end === n) break;
  }
  if (!header) throw new NaskahError('data/empty-file', 'the data file has no header row', { location: { file } });
  const nCols = header.length;
  let capacity = 1;
  for (let i = text.indexOf('\n', pos); i >= 0; i = text.indexOf('\n', i + 1)) capacity++;
  let start = new Int32Array(capacity * nCols);
  let endArr = new Int32Array(capacity * nCols);
  const lineOf = new Int32Array(capacity);
  let nRows = 0;
  const delimCode = delimiter.charCodeAt(0);
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    let stop = end;
    if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--;
    const line = lineNo++;
    if (stop > pos) {
      const base = nRows * nCols;
      let cellStart = pos;
      let j = 0;
      let extraNonEmpty = false;
      for (let k = pos; k <= stop; k++) {
        if (k < stop && text.charCodeAt(k) !== delimCode) continue;
        if (j < nCols) {
          start[base + j] = cellStart;
          endArr[base + j] = k;
        } else if (!extraNonEmpty && text.slice(cellStart, k).trim() !== '') extraNonEmpty = true;
        j++;
        cellStart = k + 1;
      }
      if (j < nCols || extraNonEmpty) throw raggedRow(nRows + 2, j, nCols, line, delimiter, file);
      lineOf[nRows] = line;
      nRows++;
    }
    if (end === n) break;
    pos = end + 1;
  }
  start = start.subarray(0, nRows * nCols);
  endArr = endArr.subarray(0, nRows * nCols);
  const index: CsvCellIndex = { text, nRows, nCols, start, end: endArr };
  let rows: string[][] | undefined;
  let lines: number[] | undefined;
  const table = { header, delimiter, decimal } as CsvTable;
  Object.defineProperty(table, 'rows', {
    enumerable: true,
    configurable: true,
    get(): string[][] {
      if (!rows) {
        cellIndexes.delete(table);
        rows = new Array<string[]>(nRows);
        for (let i = 0; i < nRows; i++) {
          const r = new Array<string>(nCols);
          for (let j = 0; j < nCols; j++) r[j] = text.slice(start[i * nCols + j]!, endArr[i * nCols + j]!);
          rows[i] = r;
        }
      }
      return rows;
    },
    set(v: string[][]) {
      cellIndexes.delete(table);
      rows = v;
    },
  });
  Object.defineProperty(table, 'lines', {
    enumerable: true,
    configurable: true,
    get(): number[] {
      lines ??= Array.from(lineOf.subarray(0, nRows));
      return lines;
    },
    set(v: number[]) {
      lines = v;
    },
  });
  cellIndexes.set(table, index);
  return table;
}

interface RawRecord {
  cells: string[];
  line: number;
}

function parseQuoted(text: string, delimiter: string, file: string | undefined): RawRecord[] {
  const out: RawRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let col = 1;
  let i = 0;
  const n = text.length;
  let atCellStart = true;
  while (i < n) {
    const c = text[i]!;
    if (atCellStart && c === '"') {
      const qLine = line;
      const qCol = col;
      i++;
      col++;
      let closed = false;
      while (i < n) {
        const d = text[i]!;
        if (d === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            col += 2;
            continue;
          }
          i++;
          col++;
          closed = true;
          break;
        }
        if (d === '\n') {
          line++;
          col = 1;
        } else col++;
        cell += d;
        i++;
      }
      if (!closed) {
        throw new NaskahError('data/unterminated-quote', `a quoted value that starts at line ${qLine}, column ${qCol} is never closed`, {
          location: { file, line: qLine, column: qCol },
          hint: 'Add the closing double quote ("), or remove the opening one; a quote inside a quoted value is written twice ("").',
        });
      }
      atCellStart = false;
      continue;
    }
    if (c === delimiter) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
      i++;
      col++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      cells.push(cell);
      out.push({ cells, line: recordLine });
      cells = [];
      cell = '';
      atCellStart = true;
      if (c === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      col = 1;
      recordLine = line;
      continue;
    }
    cell += c;
    atCellStart = false;
    i++;
    col++;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    out.push({ cells, line: recordLine });
  }
  return out;
}

/**
 * Parses a number as written in the file: `.` or `,` as decimal mark per the file's
 * convention, optional sign, exponent. Returns NaN for anything else (never guesses).
 */
export function parseNumber(raw: string, decimal: '.' | ','): number {
  let s = raw.trim();
  if (s === '') return NaN;
  if (decimal === ',') {
    if (s.includes('.') && s.includes(',')) return NaN;
    s = s.replace(',', '.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return NaN;
  return Number(s);
}
