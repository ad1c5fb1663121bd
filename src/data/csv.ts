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
  const records = text.includes('"') ? parseQuoted(text, delimiter, file) : parseUnquoted(text, delimiter);
  // Trailing empty lines (and lines that are entirely empty) are not rows.
  const kept = records.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  const headerRec = kept.shift();
  if (!headerRec) {
    throw new NaskahError('data/empty-file', 'the data file has no header row', { location: { file } });
  }
  const header = headerRec.cells.map((h) => h.trim());
  header.forEach((h, i) => {
    if (h === '') {
      throw new NaskahError('data/empty-header', `column ${i + 1} of the header row has no name`, {
        location: { file, line: headerRec.line, row: 1 },
        hint: 'Give every column a name in the first row, or delete the empty column.',
      });
    }
    const first = header.indexOf(h);
    if (first !== i) {
      throw new NaskahError('data/duplicate-column', `the column name "${h}" appears twice in the header (columns ${first + 1} and ${i + 1})`, {
        location: { file, line: headerRec.line, row: 1, csvColumn: h },
        hint: 'Rename one of the two columns so that every name is unique.',
      });
    }
  });
  const rows: string[][] = [];
  const lines: number[] = [];
  for (const r of kept) {
    if (r.cells.length !== header.length) {
      // A row that ends in extra empty cells (a stray separator at the end) is still fine.
      const extraEmpty = r.cells.length > header.length && r.cells.slice(header.length).every((c) => c.trim() === '');
      if (!extraEmpty) {
        throw new NaskahError('data/ragged-row', `row ${rows.length + 2} has ${r.cells.length} cells but the header has ${header.length} columns`, {
          location: { file, line: r.line, row: rows.length + 2 },
          hint: r.cells.length > header.length
            ? `Check for a stray "${delimiter === '\t' ? '\\t' : delimiter}" inside a value (quote such values with "…") in that row.`
            : 'Fill the missing cells (leave a cell empty for a missing value, but keep its separator).',
        });
      }
      r.cells.length = header.length;
    }
    rows.push(r.cells);
    lines.push(r.line);
  }
  return { header, rows, lines, delimiter, decimal };
}

interface RawRecord {
  cells: string[];
  line: number;
}

function parseUnquoted(text: string, delimiter: string): RawRecord[] {
  const out: RawRecord[] = [];
  let start = 0;
  let line = 1;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    out.push({ cells: text.slice(start, stop).split(delimiter), line });
    line++;
    start = end + 1;
    if (end === n) break;
  }
  return out;
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
