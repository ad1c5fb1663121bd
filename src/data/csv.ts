/**
 * CSV bytes → header and typed columns, read as a stream: the bytes arrive in pieces
 * (a file is read a few MB at a time, never held whole), each row is parsed as it comes,
 * and each column keeps its numbers in a Float64Array and only the cells that are not
 * plain numbers as text. Rows and cells keep their place (line, row, column) so later
 * checks can name a bad value, and a table beyond the ceiling of src/limits.ts
 * (`CSV_LIMITS`: cells, text) stops with a located error instead of exhausting memory.
 *
 * Accepts what Indonesian spreadsheets export: `;` as separator (Excel with the
 * Indonesian locale) together with the decimal comma, tabs, a UTF-8 byte-order mark,
 * CRLF line ends and RFC 4180 quoting. The separator is detected from the header line
 * unless declared. A lone CR inside a line is content, not a line end.
 */
import { NaskahError } from '../errors.ts';
import { CSV_LIMITS } from '../limits.ts';
import { limitMessages as M } from './messages.ts';

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

/** One column as read. */
export interface CsvColumn {
  /**
   * The cell's value when it is a plain decimal number in the file's decimal mark
   * (optional sign, digits, one mark, at most 15 digits), converted exactly as
   * parseNumber would; NaN when the cell is empty or anything else.
   */
  number: Float64Array;
  /**
   * The cell's text, as in the file (quotes removed, not trimmed), wherever `number` is
   * not enough to give it back: text, exponents, a leading `+` or zero, trailing zeros
   * after the mark… Sparse (row → text); undefined when no cell needs it. A cell with
   * neither a number nor a text is empty.
   */
  text: (string | undefined)[] | undefined;
  /** Digits after the mark of a number written with trailing zeros (`12.30`: 2), else 0. */
  places?: Uint8Array;
}

/** A CSV file read into columns. */
export interface CsvData {
  header: string[];
  columns: CsvColumn[];
  nRows: number;
  /** Line (1-based) in the file where each data row starts. */
  lines: Int32Array;
  delimiter: Delimiter;
  decimal: '.' | ',';
}

/** The text of cell `r` of `column` exactly as the file has it (quotes removed). */
export function cellText(data: CsvData, column: CsvColumn, r: number): string {
  const t = column.text?.[r];
  if (t !== undefined) return t;
  const v = column.number[r]!;
  if (Number.isNaN(v)) return '';
  const places = column.places?.[r];
  const s = places ? v.toFixed(places) : String(v);
  return data.decimal === ',' ? s.replace('.', ',') : s;
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

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const QUOTE = 34;
const LF = 10;
const CR = 13;
/** A record still open after this many bytes is an unclosed quote, not a long row. */
const MAX_OPEN_RECORD = 64 * 1024 * 1024;
/** Short texts repeated in a column (category labels) are kept once, up to this many per column. */
const MAX_SHARED_TEXTS = 10_000;
const SHARED_TEXT_BYTES = 32;

/** A record read cell by cell as text (the header, and the lines before it). */
interface TextRecord {
  cells: string[];
  quoted: boolean;
  next: number;
  line: number;
}

interface OpenQuote {
  line: number;
  column: number;
}

/**
 * The incremental parser: `push` pieces of the file's bytes in order (UTF-8, already
 * checked), then `end`. Each piece is parsed as far as it holds complete rows; a row cut
 * by the end of a piece waits for the next one.
 */
export class CsvReader {
  private readonly file: string | undefined;
  private readonly options: CsvOptions;
  private delimiter: Delimiter = ',';
  private decimal: '.' | ',' = '.';
  private detected = false;
  private started = false;
  private carry: Uint8Array | undefined;
  /** Line number of the first byte not yet parsed. */
  private line = 1;
  private header: string[] | undefined;
  private nCols = 0;
  private nRows = 0;
  private cap = 0;
  private maxRows = 0;
  private numbers: Float64Array[] = [];
  private texts: ((string | undefined)[] | undefined)[] = [];
  private places: (Uint8Array | undefined)[] = [];
  private shared: Map<string, string>[] = [];
  private lineOf = new Int32Array(0);
  private textBytes = 0;
  /** Any non-blank content before the header (a file of blank lines is "empty"). */
  private sawContent = false;
  private blankHeader: TextRecord | undefined;
  private openQuote: OpenQuote | undefined;
  private bytesParsed = 0;
  private readonly sizeHint: number | undefined;
  private readonly limits: typeof CSV_LIMITS;
  /** The last quoted cell read by quotedField. */
  private fieldEnd = 0;
  private fieldLine = 0;
  private fieldLineStart = 0;
  private fieldValue = '';

  /**
   * `sizeHint`: the file's size in bytes, to size the columns once instead of growing
   * them; `limits`: the ceiling (tests give a small one).
   */
  constructor(options: CsvOptions = {}, sizeHint?: number, limits: typeof CSV_LIMITS = CSV_LIMITS) {
    this.options = options;
    this.file = options.file;
    this.sizeHint = sizeHint;
    this.limits = limits;
  }

  push(piece: Uint8Array): void {
    this.feed(piece, false);
  }

  end(): CsvData {
    this.feed(new Uint8Array(0), true);
    if (!this.header) {
      if (this.blankHeader && this.sawContent) throw headerError(this.blankHeader, this.file);
      throw this.sawContent
        ? new NaskahError('data/empty-file', 'the data file has no header row', { location: { file: this.file } })
        : new NaskahError('data/empty-file', 'the data file is empty', {
            location: { file: this.file },
            hint: 'Put a header row with the column names on the first line, then one row per participant.',
          });
    }
    const n = this.nRows;
    // Columns sized by the size hint may be a little long: a copy when that wastes much.
    const fit = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T =>
      (a.length > n + (n >> 4) + 1024 ? a.slice(0, n) : a.subarray(0, n)) as T;
    return {
      header: this.header,
      columns: this.numbers.map((number, j) => {
        const places = this.places[j];
        return { number: fit(number), text: this.texts[j], ...(places ? { places: fit(places) } : {}) };
      }),
      nRows: n,
      lines: fit(this.lineOf),
      delimiter: this.delimiter,
      decimal: this.decimal,
    };
  }

  private feed(piece: Uint8Array, final: boolean): void {
    let buf: Uint8Array = piece;
    if (this.carry) {
      buf = new Uint8Array(this.carry.length + piece.length);
      buf.set(this.carry);
      buf.set(piece, this.carry.length);
      this.carry = undefined;
    }
    if (!this.started) {
      if (buf.length < 3 && !final) {
        this.carry = buf.slice();
        return;
      }
      this.started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
    if (!this.detected) {
      let firstBreak = bytes.indexOf(LF);
      if (firstBreak < 0) {
        if (!final) {
          this.carry = buf.slice();
          return;
        }
        firstBreak = bytes.length;
      }
      let headerLine = bytes.toString('utf8', 0, firstBreak);
      if (firstBreak < bytes.length && headerLine.endsWith('\r')) headerLine = headerLine.slice(0, -1);
      this.delimiter = this.options.delimiter ?? detectDelimiter(headerLine);
      if (headerLine.trim() !== '')
        checkSeparator(headerLine, this.delimiter, this.options.delimiter !== undefined, this.file);
      this.decimal = this.options.decimal ?? (this.delimiter === ';' ? ',' : '.');
      this.detected = true;
    }
    // Parse whole lines only, so that no unquoted cell runs past the end of the piece; the
    // last line of the data gets the line end it may lack.
    let region = bytes;
    if (final) {
      if (bytes.length > 0 && bytes[bytes.length - 1] !== LF) {
        region = Buffer.allocUnsafe(bytes.length + 1);
        bytes.copy(region);
        region[bytes.length] = LF;
      }
    } else region = bytes.subarray(0, bytes.lastIndexOf(LF) + 1);
    const before = this.nRows;
    const pos = region.length ? this.parse(region, final) : 0;
    this.bytesParsed += pos;
    if (this.sizeHint !== undefined && before === 0 && this.nRows > 0 && pos > 0) {
      // The first rows tell how many the whole file holds: size the columns once.
      const expected = Math.ceil(((this.sizeHint * this.nRows) / this.bytesParsed) * 1.02) + 64;
      if (expected > this.cap) this.grow(Math.min(expected, this.maxRows));
    }
    if (pos < bytes.length && !(final && pos >= region.length)) {
      if (final) throw new Error('CSV parser stopped before the end of the data');
      this.carry = buf.slice(pos);
      if (this.carry.length > MAX_OPEN_RECORD && this.openQuote) throw unterminated(this.openQuote, this.file);
    }
  }

  private parse(buf: Buffer, final: boolean): number {
    let pos = 0;
    while (!this.header) {
      if (pos >= buf.length) return pos;
      const rec = this.readTextRecord(buf, pos, final);
      if (!rec) return pos;
      pos = rec.next;
      const recordLine = this.line;
      this.line = rec.line;
      if (rec.cells.length === 1 && rec.cells[0] === '') {
        if (rec.quoted) this.sawContent = true;
        continue;
      }
      // Whitespace alone (tabs being whitespace too when they separate).
      const blank =
        !rec.quoted && (rec.cells.length === 1 || this.delimiter === '\t') && rec.cells.every((c) => c.trim() === '');
      if (this.blankHeader) {
        if (blank) continue;
        throw headerError(this.blankHeader, this.file);
      }
      if (blank) {
        // Whitespace alone: an empty file, unless anything follows.
        this.blankHeader = { ...rec, line: recordLine };
        continue;
      }
      this.sawContent = true;
      this.header = checkHeader(rec.cells, recordLine, this.file);
      this.nCols = this.header.length;
      this.maxRows = Math.floor(this.limits.cells / this.nCols);
      this.numbers = this.header.map(() => new Float64Array(0));
      this.texts = this.header.map(() => undefined);
      this.places = this.header.map(() => undefined);
      this.shared = this.header.map(() => new Map());
      this.grow(this.expectedRows(buf, pos));
    }
    return this.scanRows(buf, pos, final);
  }

  /**
   * Rows to make room for at the start: with the file's size known, as many as its size
   * holds at the rate of the lines in this first piece, so that the columns are allocated
   * once (fresh memory is costly: on the bench machine touching 100 MB takes 0.4 s).
   */
  private expectedRows(buf: Buffer, pos: number): number {
    if (this.sizeHint === undefined || buf.length <= pos) return Math.min(1024, this.maxRows);
    let lines = 0;
    for (let k = buf.indexOf(LF, pos); k >= 0; k = buf.indexOf(LF, k + 1)) lines++;
    const expected = Math.ceil(((this.sizeHint - pos) * Math.max(lines, 1) * 1.02) / (buf.length - pos)) + 64;
    return Math.max(16, Math.min(expected, this.maxRows));
  }

  private grow(cap: number): void {
    const more = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a.subarray(0, this.nRows));
      return b;
    };
    this.numbers = this.numbers.map((a) => more(a, (n) => new Float64Array(n)));
    this.places = this.places.map((a) => a && more(a, (n) => new Uint8Array(n)));
    this.lineOf = more(this.lineOf, (n) => new Int32Array(n));
    this.cap = cap;
  }

  /** One record as text cells (slow path: the header and the lines before it). */
  private readTextRecord(buf: Buffer, pos: number, final: boolean): TextRecord | undefined {
    const n = buf.length;
    const delim = this.delimiter.charCodeAt(0);
    const cells: string[] = [];
    let quoted = false;
    let k = pos;
    let line = this.line;
    let lineStart = pos;
    for (;;) {
      let cell = '';
      if (k < n && buf[k] === QUOTE) {
        const q = this.quotedCell(buf, k, line, lineStart, final);
        if (!q) return undefined;
        cell = q.value;
        k = q.next;
        line = q.line;
        lineStart = q.lineStart;
        quoted = true;
      }
      const s = k;
      while (k < n) {
        const c = buf[k]!;
        if (c === delim || c === LF || (c === CR && (k + 1 < n ? buf[k + 1] === LF : final))) break;
        k++;
      }
      if (k >= n && !final) return undefined;
      if (k > s) cell += buf.toString('utf8', s, k);
      cells.push(cell);
      if (k < n && buf[k] === delim) {
        k++;
        continue;
      }
      if (k < n && buf[k] === CR) k++;
      if (k < n && buf[k] === LF) {
        k++;
        line++;
      }
      return { cells, quoted, next: k, line };
    }
  }

  /**
   * A quoted value from its opening quote at `k`: `""` is one quote, line ends inside
   * are content. Undefined when the piece ends before it closes (more bytes may).
   */
  private quotedCell(
    buf: Buffer,
    k: number,
    line: number,
    lineStart: number,
    final: boolean,
  ): { value: string; next: number; line: number; lineStart: number } | undefined {
    const n = buf.length;
    const open: OpenQuote = { line, column: buf.toString('utf8', lineStart, k).length + 1 };
    let value = '';
    let i = k + 1;
    let seg = i;
    for (;;) {
      if (i >= n || (buf[i] === QUOTE && i + 1 >= n && !final)) {
        if (final) throw unterminated(open, this.file);
        this.openQuote = open;
        return undefined;
      }
      const c = buf[i]!;
      if (c === QUOTE) {
        if (buf[i + 1] === QUOTE) {
          value += buf.toString('utf8', seg, i + 1);
          i += 2;
          seg = i;
          continue;
        }
        value += buf.toString('utf8', seg, i);
        this.openQuote = undefined;
        return { value, next: i + 1, line, lineStart };
      }
      if (c === LF) {
        line++;
        lineStart = i + 1;
      }
      i++;
    }
  }

  /** `12.30`: the number and its digits after the mark give the text back. */
  private keepPlaces(j: number, row: number, fraction: number): void {
    let places = this.places[j];
    if (!places) places = this.places[j] = new Uint8Array(this.cap);
    places[row] = fraction;
  }

  /** Keeps the text of cell (row, j), a short repeated text once per column. */
  private keepText(j: number, row: number, line: number, buf: Buffer, s: number, e: number, value?: string): void {
    let text = value ?? buf.toString('utf8', s, e);
    const size = value === undefined ? e - s : Buffer.byteLength(value);
    const shared = this.shared[j]!;
    const known = size <= SHARED_TEXT_BYTES ? shared.get(text) : undefined;
    if (known !== undefined) text = known;
    else {
      if (size <= SHARED_TEXT_BYTES && shared.size < MAX_SHARED_TEXTS) shared.set(text, text);
      this.textBytes += size + 24;
      if (this.textBytes > this.limits.textBytes) throw this.tooMuchText(row, line, j);
    }
    let texts = this.texts[j];
    if (!texts) texts = this.texts[j] = [];
    texts[row] = text;
  }

  /**
   * The hot loop: rows from `pos` while the piece holds them. Unquoted cells are read
   * byte by byte into their number (digits first, the common case) without a string;
   * only cells that are not plain numbers become text.
   */
  private scanRows(buf: Buffer, pos: number, final: boolean): number {
    const n = buf.length;
    const nCols = this.nCols;
    const delim = this.delimiter.charCodeAt(0);
    const mark = this.decimal === ',' ? 44 : 46;
    let numbers = this.numbers;
    let lineOf = this.lineOf;
    let nRows = this.nRows;
    // The first row always goes through roomFor.
    let cap = nRows === 0 ? 0 : Math.min(this.cap, this.maxRows);
    let line = this.line;
    let k = pos;
    while (k < n) {
      const recordStart = k;
      const recordLine = line;
      let c = buf[k]!;
      // An empty line is not a row.
      if (c === LF) {
        k++;
        line++;
        continue;
      }
      if (c === CR && (k + 1 < n ? buf[k + 1] === LF : final)) {
        k += k + 1 < n ? 2 : 1;
        line++;
        continue;
      }
      if (nRows >= cap) {
        // Room for the row (called from the first row on, so the optimised loop knows it).
        this.nRows = nRows;
        this.roomFor(nRows, recordLine);
        numbers = this.numbers;
        lineOf = this.lineOf;
        cap = Math.min(this.cap, this.maxRows);
      }
      let lineStart = recordStart;
      let j = 0;
      let extraNonEmpty = false;
      let skip = false;
      for (;;) {
        const cellStart = k;
        if (k < n && buf[k] === QUOTE) {
          k = this.quotedField(buf, k, line, lineStart, final);
          if (k < 0) return this.rollback(nRows, recordLine, recordStart);
          c = this.fieldEnd;
          line = this.fieldLine;
          lineStart = this.fieldLineStart;
          const value = this.fieldValue;
          if (j === 0 && c !== delim && value === '') skip = true;
          else if (j < nCols) {
            numbers[j]![nRows] = NaN;
            this.keepText(j, nRows, recordLine, buf, 0, 0, value);
          } else if (!extraNonEmpty && value.trim() !== '') extraNonEmpty = true;
        } else {
          // Plain-decimal state: mantissa, where the mark is, the sign; `plain` turns false
          // at any other byte. The piece ends at a line end, so the loop needs no bounds
          // check. An integer mantissa of ≤ 15 digits and one division by an exact power of
          // ten give the exactly rounded double, i.e. what Number() returns (Clinger 1990).
          let mantissa = 0;
          let markAt = -1;
          let sign = 0;
          let plain = true;
          for (;;) {
            c = buf[k]!;
            if (c >= 48 && c <= 57) mantissa = mantissa * 10 + (c - 48);
            else if (c === delim || c === LF || (c === CR && buf[k + 1] === LF)) break;
            else if (c === mark && markAt < 0) markAt = k;
            else if ((c === 45 || c === 43) && k === cellStart) sign = c;
            else plain = false;
            k++;
          }
          if (j < nCols) {
            const column = numbers[j]!;
            const digits = k - cellStart - (sign === 0 ? 0 : 1) - (markAt < 0 ? 0 : 1);
            if (plain && digits > 0 && digits <= 15) {
              const fraction = markAt < 0 ? -1 : k - markAt - 1;
              let v = fraction > 0 ? mantissa / POW10[fraction]! : mantissa;
              if (sign === 45) v = -v;
              column[nRows] = v;
              // Written otherwise than String(v) would write it: keep how. Most cells are
              // unsigned integers, where only a leading zero (`007`) differs.
              if (sign === 0 && markAt < 0) {
                if (digits > 1 && buf[cellStart] === 48) this.keepText(j, nRows, recordLine, buf, cellStart, k);
              } else if (oddlyWritten(buf, cellStart, sign, digits, fraction, v))
                this.keepText(j, nRows, recordLine, buf, cellStart, k);
              else if (fraction > 0 && buf[k - 1] === 48) this.keepPlaces(j, nRows, fraction);
            } else {
              column[nRows] = NaN;
              if (k > cellStart) this.keepText(j, nRows, recordLine, buf, cellStart, k);
            }
          } else if (!extraNonEmpty && k > cellStart && buf.toString('utf8', cellStart, k).trim() !== '')
            extraNonEmpty = true;
        }
        j++;
        if (c === delim) {
          k++;
          continue;
        }
        // The line's end: CR LF, LF, or the end of the data.
        if (c === CR) k++;
        if (k < n) k++;
        line++;
        break;
      }
      if (skip) continue;
      if (j < nCols || extraNonEmpty) throw raggedRow(nRows + 2, j, nCols, recordLine, this.delimiter, this.file);
      lineOf[nRows] = recordLine;
      nRows++;
    }
    this.nRows = nRows;
    this.line = line;
    return k;
  }

  /** Capacity for row `row`, or the ceiling's error. */
  private roomFor(row: number, line: number): void {
    if (row >= this.maxRows) throw this.tooManyCells(row, line);
    if (row >= this.cap) this.grow(Math.min(this.cap * 2, this.maxRows));
  }

  /**
   * A quoted cell from its opening quote at `k`, with anything after the closing quote up
   * to the separator: returns where the cell ends (−1 when the piece ends first) and
   * leaves its value, the byte that ends it and the line it ends on in the field* members
   * (out of the hot loop, which only ever sees numbers).
   */
  private quotedField(buf: Buffer, k: number, line: number, lineStart: number, final: boolean): number {
    const q = this.quotedCell(buf, k, line, lineStart, final);
    if (!q) return -1;
    const n = buf.length;
    const delim = this.delimiter.charCodeAt(0);
    let c = LF;
    let i = q.next;
    for (; i < n; i++) {
      c = buf[i]!;
      if (c === delim || c === LF || (c === CR && (i + 1 < n ? buf[i + 1] === LF : final))) break;
    }
    if (i >= n) {
      if (!final) return -1;
      c = LF;
    }
    this.fieldEnd = c;
    this.fieldLine = q.line;
    this.fieldLineStart = q.lineStart;
    this.fieldValue = i > q.next ? q.value + buf.toString('utf8', q.next, i) : q.value;
    return i;
  }

  /** A row cut by the end of the piece: forget its cells, resume at its start. */
  private rollback(nRows: number, line: number, recordStart: number): number {
    for (const texts of this.texts) if (texts && texts.length > nRows) texts[nRows] = undefined;
    for (const places of this.places) if (places) places[nRows] = 0;
    this.nRows = nRows;
    this.line = line;
    return recordStart;
  }

  private tooManyCells(nRows: number, line: number): NaskahError {
    return new NaskahError(
      'data/too-large',
      M.csvTooManyCells(this.file, nRows + 2, line, nRows + 1, this.nCols, this.limits.cells),
      { location: { file: this.file, line, row: nRows + 2 }, hint: M.csvTooManyCellsHint },
    );
  }

  private tooMuchText(row: number, line: number, j: number): NaskahError {
    const name = this.header![j]!;
    return new NaskahError('data/too-large', M.csvTooMuchText(this.file, row + 2, name, this.limits.textBytes), {
      location: { file: this.file, line, row: row + 2, csvColumn: name },
      hint: M.csvTooMuchTextHint,
    });
  }
}

/**
 * True when a plain number with a sign or a mark is not written as String(v) writes it:
 * a `+`, no digit before the mark (`.5`), nothing after it (`5.`), a leading zero, `-0`,
 * or a magnitude String(v) writes with an exponent (below 1e-6).
 */
function oddlyWritten(buf: Buffer, start: number, sign: number, digits: number, fraction: number, v: number): boolean {
  const whole = fraction > 0 ? digits - fraction : digits;
  if (sign === 43 || whole === 0 || fraction === 0) return true;
  if (whole > 1 && buf[sign === 0 ? start : start + 1] === 48) return true;
  return v === 0 ? sign === 45 : v < 1e-6 && v > -1e-6;
}

function unterminated(open: OpenQuote, file: string | undefined): NaskahError {
  return new NaskahError(
    'data/unterminated-quote',
    `a quoted value that starts at line ${open.line}, column ${open.column} is never closed`,
    {
      location: { file, line: open.line, column: open.column },
      hint: 'Add the closing double quote ("), or remove the opening one; a quote inside a quoted value is written twice ("").',
    },
  );
}

function headerError(rec: TextRecord, file: string | undefined): NaskahError {
  try {
    checkHeader(rec.cells, rec.line, file);
  } catch (e) {
    if (e instanceof NaskahError) return e;
    throw e;
  }
  return new NaskahError('data/empty-file', 'the data file has no header row', { location: { file } });
}

const tables = new WeakMap<CsvTable, CsvData>();

/**
 * The columns behind a table from `parseCsv`, while its `rows` have never been read
 * (after that the rows, which a caller may have changed, are the truth).
 */
export function csvData(csv: CsvTable): CsvData | undefined {
  return tables.get(csv);
}

/** Reads a whole CSV text (tests, and callers that already hold the text). */
export function parseCsv(input: string, options: CsvOptions = {}): CsvTable {
  const reader = new CsvReader(options);
  reader.push(Buffer.from(input, 'utf8'));
  return csvTableOf(reader.end());
}

/** The row view of read columns: rows and lines materialised only when asked for. */
export function csvTableOf(data: CsvData): CsvTable {
  const { header, nRows, columns } = data;
  let rows: string[][] | undefined;
  let lines: number[] | undefined;
  const table = { header, delimiter: data.delimiter, decimal: data.decimal } as CsvTable;
  Object.defineProperty(table, 'rows', {
    enumerable: true,
    configurable: true,
    get(): string[][] {
      if (!rows) {
        tables.delete(table);
        rows = new Array<string[]>(nRows);
        for (let i = 0; i < nRows; i++) rows[i] = columns.map((c) => cellText(data, c, i));
      }
      return rows;
    },
    set(v: string[][]) {
      tables.delete(table);
      rows = v;
    },
  });
  Object.defineProperty(table, 'lines', {
    enumerable: true,
    configurable: true,
    get(): number[] {
      lines ??= Array.from(data.lines);
      return lines;
    },
    set(v: number[]) {
      lines = v;
    },
  });
  tables.set(table, data);
  return table;
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
