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
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') {
    throw new NaskahError('data/empty-file', 'the data file is empty', {
      location: { file },
      hint: 'Put a header row with the column names on the first line, then one row per participant.',
    });
  }
  const firstBreak = text.search(/\r?\n/);
  const headerLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const delimiter = options.delimiter ?? detectDelimiter(headerLine);
  checkSeparator(headerLine, delimiter, options.delimiter !== undefined, file);
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

/** Separators a spreadsheet may have saved with; `|` is not read but recognised, to say so. */
const SEPARATORS = [',', ';', '\t', '|'] as const;

const separatorName = (c: string) => (c === '\t' ? 'tab' : `"${c}"`);

/** How many cells `line` splits into at `ch`, quotes respected. */
function countCells(line: string, ch: string): number {
  let n = 1;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/**
 * A header that is one column at the separator in use but several at another is a file
 * saved with another separator (or a wrong `data.delimiter`): one message naming both,
 * instead of a "missing column" for every column the study names or a row "too long".
 */
function checkSeparator(headerLine: string, delimiter: Delimiter, declared: boolean, file: string | undefined): void {
  if (countCells(headerLine, delimiter) > 1) return;
  let best: string | undefined;
  let bestN = 1;
  for (const c of SEPARATORS) {
    const n = c === delimiter ? 1 : countCells(headerLine, c);
    if (n > bestN) {
      best = c;
      bestN = n;
    }
  }
  if (best === undefined) return;
  const readable = best !== '|';
  throw new NaskahError(
    'data/wrong-separator',
    `the header row is one column when split at ${separatorName(delimiter)}${declared ? ' (data.delimiter)' : ''}, but ${bestN} columns when split at ${separatorName(best)}: the file separates its values with ${separatorName(best)}`,
    {
      location: { file, line: 1, row: 1 },
      hint: readable
        ? declared
          ? `Set \`data: { delimiter: "${best === '\t' ? 'tab' : best}" }\` in study.yaml, or remove data.delimiter (naskah detects the separator).`
          : `Set \`data: { delimiter: "${best === '\t' ? 'tab' : best}" }\` in study.yaml.`
        : 'Save the file with "," or ";" between values (naskah reads ",", ";" and tab), e.g. Excel: File > Save As > CSV UTF-8.',
    },
  );
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
      throw new NaskahError(
        'data/duplicate-column',
        `the column name "${h}" appears twice in the header (columns ${first + 1} and ${i + 1})`,
        {
          location: { file, line, row: 1, csvColumn: h },
          hint: 'Rename one of the two columns so that every name is unique.',
        },
      );
    }
  });
  return header;
}

function raggedRow(
  row: number,
  cells: number,
  columns: number,
  line: number,
  delimiter: Delimiter,
  file: string | undefined,
): NaskahError {
  return new NaskahError('data/ragged-row', `row ${row} has ${cells} cells but the header has ${columns} columns`, {
    location: { file, line, row },
    hint:
      cells > columns
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
  /**
   * The cell's value when it is a plain decimal number (optional sign, digits, one
   * decimal mark, at most 15 digits), converted exactly as parseNumber would; NaN when
   * the cell is empty or anything else (then parseNumber on its trimmed text decides).
   */
  number: Float64Array;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

const cellIndexes = new WeakMap<CsvTable, CsvCellIndex>();

/**
 * The cell index of a table from `parseCsv`, while its `rows` have never been read (after
 * that the rows, which a caller may have changed, are the truth). For fast column readers.
 */
export function csvCellIndex(csv: CsvTable): CsvCellIndex | undefined {
  return cellIndexes.get(csv);
}

interface ScannedCells {
  nRows: number;
  start: Int32Array;
  end: Int32Array;
  number: Float64Array;
  lineOf: Int32Array;
}

/**
 * The hot loop of the quote-free path, in its own function so the engine optimises it
 * as a whole: one pass over the characters from `pos`, recording each data cell's
 * offsets and plain-decimal value and each row's line. Same rules as the general path:
 * lines end at LF, a CR right before LF (or at the end) is dropped, empty lines are not
 * rows, extra trailing cells may only be blank.
 */
function scanCells(
  text: string,
  pos: number,
  lineNo: number,
  nCols: number,
  delimiter: Delimiter,
  comma: number,
  file: string | undefined,
): ScannedCells {
  const n = text.length;
  let cap = Math.max(1024, Math.ceil((n - pos) / 12));
  let start = new Int32Array(cap * nCols);
  let end = new Int32Array(cap * nCols);
  let number = new Float64Array(cap * nCols);
  let lineOf = new Int32Array(cap);
  const delimCode = delimiter.charCodeAt(0);
  let nRows = 0;
  let lineStart = pos;
  let cellStart = pos;
  let j = 0;
  let extraNonEmpty = false;
  // Plain-decimal state of the current cell: mantissa, digit count, digits after the
  // mark (−1 before it), sign; `plain` turns false at any other character. An integer
  // mantissa of ≤ 15 digits and one division by an exact power of ten give the exactly
  // rounded double, i.e. what Number() returns (Clinger 1990).
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  let negative = false;
  let plain = true;
  let k = pos;
  while (k <= n) {
    // One cell: digits first (the common case), then the cell's end (delimiter, LF, or a
    // CR that ends the line), then the other characters of a plain decimal.
    let c = 10;
    for (;;) {
      c = k < n ? text.charCodeAt(k) : 10;
      if (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48);
        digits++;
        if (fraction >= 0) fraction++;
      } else if (c === delimCode || c === 10 || (c === 13 && (k + 1 === n || text.charCodeAt(k + 1) === 10))) {
        break;
      } else if ((c === 46 || c === comma) && fraction < 0) fraction = 0;
      else if ((c === 45 || c === 43) && k === cellStart) negative = c === 45;
      else plain = false;
      k++;
    }
    const eol = c !== delimCode;
    if (eol && k === lineStart) {
      // An empty line is not a row.
      if (c === 13) k++;
      lineNo++;
      k++;
      lineStart = cellStart = k;
      continue;
    }
    if (j === 0 && nRows === cap) {
      cap *= 2;
      start = grow(start, cap * nCols);
      end = grow(end, cap * nCols);
      number = grow(number, cap * nCols);
      lineOf = grow(lineOf, cap);
    }
    if (j < nCols) {
      const at = nRows * nCols + j;
      start[at] = cellStart;
      end[at] = k;
      if (plain && digits > 0 && digits <= 15) {
        const v = fraction > 0 ? mantissa / POW10[fraction]! : mantissa;
        number[at] = negative ? -v : v;
      } else number[at] = NaN;
    } else if (!extraNonEmpty && text.slice(cellStart, k).trim() !== '') extraNonEmpty = true;
    j++;
    mantissa = 0;
    digits = 0;
    fraction = -1;
    negative = false;
    plain = true;
    if (eol) {
      if (j < nCols || extraNonEmpty) throw raggedRow(nRows + 2, j, nCols, lineNo, delimiter, file);
      lineOf[nRows] = lineNo;
      nRows++;
      lineNo++;
      j = 0;
      extraNonEmpty = false;
      if (c === 13) k++;
      lineStart = k + 1;
    }
    k++;
    cellStart = k;
  }
  return {
    nRows,
    start: start.subarray(0, nRows * nCols),
    end: end.subarray(0, nRows * nCols),
    number: number.subarray(0, nRows * nCols),
    lineOf: lineOf.subarray(0, nRows),
  };
}

function grow<T extends Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/**
 * The quote-free fast path: one scan with indexOf over the text, offsets kept in typed
 * arrays, the same rules as the general path (empty lines skipped, CR before LF dropped,
 * trailing empty cells tolerated, ragged rows reported with their line).
 */
function parseUnquotedTable(
  text: string,
  delimiter: Delimiter,
  decimal: '.' | ',',
  file: string | undefined,
): CsvTable {
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
  // The decimal-mark character codes parseNumber accepts: '.' always, ',' when declared.
  const comma = decimal === ',' ? 44 : -1;
  const { nRows, start, end: endArr, number, lineOf } = scanCells(text, pos, lineNo, nCols, delimiter, comma, file);
  const index: CsvCellIndex = { text, nRows, nCols, start, end: endArr, number };
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
        throw new NaskahError(
          'data/unterminated-quote',
          `a quoted value that starts at line ${qLine}, column ${qCol} is never closed`,
          {
            location: { file, line: qLine, column: qCol },
            hint: 'Add the closing double quote ("), or remove the opening one; a quote inside a quoted value is written twice ("").',
          },
        );
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
