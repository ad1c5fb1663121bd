/**
 * Excel workbooks (.xlsx, Office Open XML SpreadsheetML): the zip's central directory, each
 * part inflated with node:zlib, and the workbook, shared strings, styles and one sheet read
 * by scanning the XML bytes (no DOM, no per-cell objects): 200,000 × 50 cells in a few
 * seconds. Numbers stored as text stay text here and are parsed like CSV cells later;
 * dates (cells with a date format) become ISO dates; booleans TRUE/FALSE; error values
 * (#N/A, #DIV/0!) text that a numeric column reports with its cell. Messages name cells
 * as Excel does: `'Data Responden'!D14`.
 */
import { NaskahError, suggest } from '../../errors.ts';
import { inflateStated, UNZIPPED_LIMIT } from '../../limits.ts';
import { limitMessages as M } from '../messages.ts';
import type { InputFormat, RawColumn, RawTable, ReadOptions, RawValues } from './types.ts';

export const xlsxFormat: InputFormat = {
  id: 'xlsx',
  name: 'Excel workbook (.xlsx)',
  extensions: ['.xlsx', '.xlsm'],
  sniff: (b) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04 && hasPart(b),
  read: readXlsx,
};

/** A zip is a workbook when its directory lists xl/workbook.xml. */
function hasPart(bytes: Uint8Array): boolean {
  try {
    return zipDirectory(bytes, '').has('xl/workbook.xml');
  } catch {
    // A zip too damaged to list is still most likely a workbook when it names one.
    return latinIncludes(bytes, 'xl/workbook.xml');
  }
}

function latinIncludes(bytes: Uint8Array, s: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(s, 0, 'latin1');
}

// ---- zip ----

interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function damaged(file: string, what: string): NaskahError {
  return new NaskahError('data/xlsx-damaged', `the Excel file ${file} is damaged or incomplete: ${what}`, {
    location: { file },
    hint: 'Open it in Excel (which may offer to repair it) and save it again as .xlsx, or copy the file again.',
  });
}

function zipDirectory(bytes: Uint8Array, file: string): Map<string, ZipEntry> {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(file, 'the zip directory at its end is missing (the file was cut short)');
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const entries = new Map<string, ZipEntry>();
  const dec = new TextDecoder();
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50)
      throw damaged(file, 'a zip directory entry is broken');
    const method = dv.getUint16(p + 10, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const offset = dv.getUint32(p + 42, true);
    const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.set(name.replace(/^\//, ''), { method, compressedSize, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
    total += size;
  }
  if (total > UNZIPPED_LIMIT)
    throw new NaskahError('data/xlsx-too-large', M.xlsxTooLarge(file, total, UNZIPPED_LIMIT), {
      location: { file },
      hint: M.xlsxTooLargeHint,
    });
  return entries;
}

function zipRead(bytes: Uint8Array, entry: ZipEntry, name: string, file: string): Uint8Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== 0x04034b50)
    throw damaged(file, `the part ${name} is broken`);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw damaged(file, `the part ${name} is cut short`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw damaged(file, `the part ${name} uses zip compression method ${entry.method}`);
  let out: Uint8Array | undefined;
  try {
    out = inflateStated(data, entry.size);
  } catch {
    throw damaged(file, `the part ${name} does not unpack`);
  }
  if (!out) throw damaged(file, M.xlsxPartOverStated(name, entry.size));
  return out;
}

// ---- XML scanning ----

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;

const utf8 = new TextDecoder();

/** Text content with XML entities and OOXML's _xHHHH_ escapes resolved. */
function unescapeXml(s: string): string {
  if (s.includes('&')) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
      if (e[0] === '#')
        return String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
    });
  }
  if (s.includes('_x'))
    s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return s;
}

/** Attributes of the tag that starts at `lt` (the '<'), and where the tag ends ('>'). */
function attributes(buf: Uint8Array, lt: number): { attrs: Map<string, string>; end: number; selfClosing: boolean } {
  const attrs = new Map<string, string>();
  let p = lt + 1;
  while (
    p < buf.length &&
    buf[p] !== 0x20 &&
    buf[p] !== GT &&
    buf[p] !== SLASH &&
    buf[p] !== 0x0a &&
    buf[p] !== 0x0d &&
    buf[p] !== 0x09
  )
    p++;
  for (;;) {
    while (p < buf.length && (buf[p] === 0x20 || buf[p] === 0x0a || buf[p] === 0x0d || buf[p] === 0x09)) p++;
    if (p >= buf.length) return { attrs, end: buf.length, selfClosing: false };
    if (buf[p] === GT) return { attrs, end: p, selfClosing: false };
    if (buf[p] === SLASH) return { attrs, end: p + 1, selfClosing: true };
    const nameStart = p;
    while (p < buf.length && buf[p] !== 0x3d && buf[p] !== GT) p++;
    const name = latin(buf, nameStart, p).trim();
    p++;
    while (p < buf.length && buf[p] !== QUOTE && buf[p] !== APOS) p++;
    const q = buf[p];
    const vStart = p + 1;
    p = buf.indexOf(q!, vStart);
    if (p < 0) return { attrs, end: buf.length, selfClosing: false };
    attrs.set(
      name.replace(/^.*:/, (m) => (m === 'r:' ? 'r:' : '')),
      unescapeXml(utf8.decode(buf.subarray(vStart, p))),
    );
    p++;
  }
}

function latin(buf: Uint8Array, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += String.fromCharCode(buf[i]!);
  return s;
}

/** Is the tag at `lt` named `name` (after an optional namespace prefix such as `x:`)? */
function isTag(buf: Uint8Array, lt: number, name: string): boolean {
  let start = lt + 1;
  for (let k = start; k < start + 12 && k < buf.length; k++) {
    const c = buf[k];
    if (c === 0x3a) {
      start = k + 1;
      break;
    }
    if (c === 0x20 || c === GT || c === SLASH || c === 0x0a || c === 0x0d || c === 0x09) break;
  }
  for (let k = 0; k < name.length; k++) if (buf[start + k] !== name.charCodeAt(k)) return false;
  const c = buf[start + name.length];
  return c === 0x20 || c === GT || c === SLASH || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Where the closing tag `</name>` (any prefix) is, from `from`; −1 when there is none. */
function closeTag(buf: Uint8Array, from: number, name: string): number {
  for (let p = indexOfString(buf, '</', from); p >= 0; p = indexOfString(buf, '</', p + 2)) {
    if (isTag(buf, p + 1, name)) return p;
  }
  return -1;
}

/** Do the bytes at `at` spell `prefix` (the sheet's namespace prefix with its colon)? */
function hasPrefix(buf: Uint8Array, at: number, prefix: Uint8Array): boolean {
  for (let k = 0; k < prefix.length; k++) if (buf[at + k] !== prefix[k]) return false;
  return true;
}

/** Every `<name …>` tag's attributes, in order. */
function tags(buf: Uint8Array, name: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  for (let p = buf.indexOf(LT); p >= 0; p = buf.indexOf(LT, p + 1)) {
    if (isTag(buf, p, name)) out.push(attributes(buf, p).attrs);
  }
  return out;
}

/** The text of all `<t>` elements between `from` and `to`, skipping phonetic runs (<rPh>). */
function textRuns(buf: Uint8Array, from: number, to: number): string {
  let s = '';
  let p = from;
  while (p < to) {
    const lt = buf.indexOf(LT, p);
    if (lt < 0 || lt >= to) break;
    if (isTag(buf, lt, 'rPh')) {
      const close = closeTag(buf, lt, 'rPh');
      p = close < 0 ? to : close + 2;
      continue;
    }
    if (isTag(buf, lt, 't')) {
      const a = attributes(buf, lt);
      if (a.selfClosing) {
        p = a.end + 1;
        continue;
      }
      const close = closeTag(buf, a.end, 't');
      const end = close < 0 || close > to ? to : close;
      s += utf8.decode(buf.subarray(a.end + 1, end));
      p = end + 2;
      continue;
    }
    p = lt + 1;
  }
  return unescapeXml(s);
}

const views = new WeakMap<Uint8Array, Buffer>();
const needles = new Map<string, Buffer>();

function indexOfString(buf: Uint8Array, s: string, from: number): number {
  let view = views.get(buf);
  if (!view) {
    view = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    views.set(buf, view);
  }
  let needle = needles.get(s);
  if (!needle) {
    needle = Buffer.from(s, 'latin1');
    needles.set(s, needle);
  }
  return view.indexOf(needle, from);
}

function sharedStrings(buf: Uint8Array): string[] {
  const out: string[] = [];
  let p = 0;
  for (;;) {
    let start = buf.indexOf(LT, p);
    while (start >= 0 && !isTag(buf, start, 'si')) start = buf.indexOf(LT, start + 1);
    if (start < 0) break;
    const a = attributes(buf, start);
    if (a.selfClosing) {
      out.push('');
      p = a.end + 1;
      continue;
    }
    const end = closeTag(buf, a.end, 'si');
    const stop = end < 0 ? buf.length : end;
    out.push(textRuns(buf, a.end + 1, stop));
    p = stop + 2;
  }
  return out;
}

/** Built-in number formats that show dates or times. */
const DATE_BUILTINS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell styles (index into cellXfs) show a date. */
function dateStyles(buf: Uint8Array | undefined): boolean[] {
  if (!buf) return [];
  const custom = new Map<number, string>();
  for (const a of tags(buf, 'numFmt')) custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  const xfsStart = indexOfString(buf, 'cellXfs', 0);
  if (xfsStart < 0) return [];
  const xfsEnd = closeTag(buf, xfsStart, 'cellXfs');
  const region = buf.subarray(xfsStart, xfsEnd < 0 ? buf.length : xfsEnd);
  return tags(region, 'xf').map((a) => {
    const id = Number(a.get('numFmtId') ?? 0);
    const code = custom.get(id);
    if (code === undefined) return DATE_BUILTINS.has(id);
    // A date format has d, m, y, h or s outside quoted text, [colour] and escapes.
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
    return /[dmyhs]/i.test(bare) && !/^[#0.,%E+-]+$/.test(bare);
  });
}

/** An Excel serial date as ISO text (1900 system with its phantom 29 Feb 1900, or 1904). */
export function excelDate(serial: number, date1904: boolean): string {
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  const ms = Math.round((days - 25569) * 86400000);
  const iso = new Date(ms).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

export function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet as Excel writes it in a reference: quoted when it is not a plain name. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ---- the sheet ----

const KIND_EMPTY = 0;
const KIND_NUMBER = 1;
const KIND_TEXT = 2;

/** One sheet column while scanning: values by sheet row. */
class SheetColumn {
  kind: Uint8Array;
  num: Float64Array;
  text = new Map<number, string>();
  constructor(rows: number) {
    this.kind = new Uint8Array(rows);
    this.num = new Float64Array(rows);
  }
  ensure(row: number) {
    if (row < this.kind.length) return;
    let size = this.kind.length;
    while (size <= row) size *= 2;
    const k = new Uint8Array(size);
    k.set(this.kind);
    this.kind = k;
    const v = new Float64Array(size);
    v.set(this.num);
    this.num = v;
  }
}

interface Sheet {
  columns: SheetColumn[];
  /** Highest row (1-based) with a value. */
  lastRow: number;
}

function scanSheet(buf: Uint8Array, strings: string[], isDate: boolean[], date1904: boolean): Sheet {
  const columns: SheetColumn[] = [];
  // The sheet's size as Excel records it (<dimension ref="A1:AX200001"/>), so columns are
  // allocated once; a sheet without it grows them as rows come.
  const dim = indexOfString(buf, '<dimension', 0);
  const ref = dim >= 0 && dim < 4096 ? attributes(buf, dim).attrs.get('ref') : undefined;
  const lastRef = ref ? /(\d+)$/.exec(ref) : null;
  const initialRows = Math.min(lastRef ? Number(lastRef[1]) + 1 : 64, 1 << 24);
  let lastRow = 0;
  let row = 0;
  let col = 0;
  // Writers such as the OpenXML SDK prefix every tag (<x:row>, <x:c>): the prefix of
  // <sheetData> is the one every cell tag carries.
  const data = indexOfString(buf, 'sheetData', 0);
  if (data < 0) return { columns, lastRow };
  let p = data - 1;
  while (p > 0 && buf[p] !== LT) p--;
  const prefix = buf.subarray(p + 1, data);
  const pl = prefix.length;
  const n = buf.length;
  for (;;) {
    let lt = p + 1;
    while (lt < n && buf[lt] !== LT) lt++;
    if (lt >= n) break;
    if (pl > 0 && !hasPrefix(buf, lt + 1, prefix)) {
      if (buf[lt + 1] === SLASH && isTag(buf, lt + 1, 'sheetData')) break;
      p = lt;
      continue;
    }
    // t: where the local name starts, minus one (as if the tag had no prefix).
    const t = lt + pl;
    const c1 = buf[t + 1];
    if (c1 === 0x72 && buf[t + 2] === 0x6f && buf[t + 3] === 0x77 && !isLetter(buf[t + 4])) {
      // <row r="N">
      const r = attrValue(buf, lt, 0x72);
      row = r ? Number(r) : row + 1;
      col = 0;
      p = t + 4;
      continue;
    }
    if (c1 === 0x63 && !isLetter(buf[t + 2])) {
      // <c r="B7" s="3" t="s">…</c>
      let type = 0; // 0 number, s shared, b bool, e error, i inline, t str, d date
      let style = 0;
      let refCol = 0;
      let refRow = 0;
      let q = t + 2;
      let selfClosing = false;
      while (q < n) {
        const ch = buf[q]!;
        if (ch === GT) break;
        if (ch === SLASH && buf[q + 1] === GT) {
          selfClosing = true;
          break;
        }
        if (ch === 0x3d) {
          const nameCh = buf[q - 1]!;
          const before = buf[q - 2];
          const single = before === 0x20 || before === 0x0a || before === 0x09 || before === 0x0d;
          const quote = buf[q + 1]!;
          const vs = q + 2;
          let ve = vs;
          while (ve < n && buf[ve] !== quote) ve++;
          if (single && nameCh === 0x72) {
            // r="AB12": letters are the column, digits the row.
            let k = vs;
            for (; k < ve && buf[k]! >= 0x41; k++) refCol = refCol * 26 + ((buf[k]! & 0xdf) - 64);
            for (; k < ve; k++) refRow = refRow * 10 + (buf[k]! - 48);
          } else if (single && nameCh === 0x73) style = parseUint(buf, vs, ve);
          else if (single && nameCh === 0x74)
            type = buf[vs]! === 0x6e ? 0 : buf[vs + 1] === 0x74 && buf[vs] === 0x73 ? 0x74 : buf[vs]!;
          q = ve + 1;
          continue;
        }
        q++;
      }
      col = refCol > 0 ? refCol : col + 1;
      if (refRow > 0) row = refRow;
      if (selfClosing) {
        p = q + 1;
        continue;
      }
      // The cell's content up to </c>: its <v> (a formula's <f> comes before it).
      let vOpen = -1;
      let vClose = -1;
      let k = q + 1;
      let cellEnd = n;
      while (k < n) {
        while (k < n && buf[k] !== LT) k++;
        const c = buf[k + 1];
        if (c === SLASH && buf[k + 2 + pl] === 0x63 && buf[k + 3 + pl] === GT && hasPrefix(buf, k + 2, prefix)) {
          cellEnd = k;
          break;
        }
        const v = buf[k + 1 + pl];
        if (v === 0x76 && (buf[k + 2 + pl] === GT || buf[k + 2 + pl] === 0x20) && hasPrefix(buf, k + 1, prefix)) {
          let o = k + 2 + pl;
          while (o < n && buf[o] !== GT) o++;
          if (buf[o - 1] !== SLASH) {
            vOpen = o;
            vClose = o + 1;
            while (vClose < n && buf[vClose] !== LT) vClose++;
            k = vClose;
            continue;
          }
        }
        k++;
      }
      p = cellEnd;
      if (type !== 0x69 && vOpen < 0) continue;
      let column = columns[col];
      if (!column) {
        column = new SheetColumn(initialRows);
        columns[col] = column;
      }
      if (row >= column.kind.length) column.ensure(row);
      // Plain numbers go straight into the column (no boxed value per cell).
      if (type === 0 && !isDate[style]) {
        column.kind[row] = KIND_NUMBER;
        column.num[row] = parseXmlNumber(buf, vOpen + 1, vClose);
        if (row > lastRow) lastRow = row;
        continue;
      }
      let text: string;
      if (type === 0x69) text = textRuns(buf, q + 1, cellEnd);
      else if (type === 0x73) text = strings[parseUint(buf, vOpen + 1, vClose)] ?? '';
      else if (type === 0) text = excelDate(parseXmlNumber(buf, vOpen + 1, vClose), date1904);
      else if (type === 0x64) text = latin(buf, vOpen + 1, vClose).slice(0, 10);
      else if (type === 0x62) text = buf[vOpen + 1] === 0x31 ? 'TRUE' : 'FALSE';
      else text = unescapeXml(utf8.decode(buf.subarray(vOpen + 1, vClose)));
      if (text.trim() === '') continue;
      column.kind[row] = KIND_TEXT;
      column.text.set(row, text);
      if (row > lastRow) lastRow = row;
      continue;
    }
    if (buf[lt + 1] === SLASH && isTag(buf, lt + 1, 'sheetData')) break;
    p = lt;
  }
  return { columns, lastRow };
}

function isLetter(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x3a);
}

/** The value of the one-letter attribute `name` of the tag at `lt`. */
function attrValue(buf: Uint8Array, lt: number, name: number): string | undefined {
  const end = buf.indexOf(GT, lt);
  for (let q = lt; q < end; q++) {
    if (buf[q] === name && buf[q + 1] === 0x3d && (buf[q - 1] === 0x20 || buf[q - 1] === 0x09 || buf[q - 1] === 0x0a)) {
      const vs = q + 3;
      return latin(buf, vs, buf.indexOf(buf[q + 2]!, vs));
    }
  }
  return undefined;
}

function parseUint(buf: Uint8Array, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) n = n * 10 + (buf[i]! - 48);
  return n;
}

/** A number in a <v>: plain integers fast, everything else as JavaScript reads it. */
function parseXmlNumber(buf: Uint8Array, a: number, b: number): number {
  let n = 0;
  let neg = false;
  let i = a;
  if (buf[i] === 0x2d) {
    neg = true;
    i++;
  }
  if (b - i > 0 && b - i <= 15) {
    for (; i < b; i++) {
      const d = buf[i]! - 48;
      if (d < 0 || d > 9) return Number(latin(buf, a, b));
      n = n * 10 + d;
    }
    return neg ? -n : n;
  }
  return Number(latin(buf, a, b));
}

// ---- the workbook ----

export function readXlsx(bytes: Uint8Array, options: ReadOptions): RawTable {
  const file = options.file;
  const dir = zipDirectory(bytes, file);
  const part = (name: string) => {
    const e = dir.get(name);
    return e ? zipRead(bytes, e, name, file) : undefined;
  };
  const workbook = part('xl/workbook.xml');
  if (!workbook) throw damaged(file, 'it has no xl/workbook.xml');
  const date1904 = tags(workbook, 'workbookPr').some((a) => a.get('date1904') === '1' || a.get('date1904') === 'true');
  const sheets = tags(workbook, 'sheet').map((a) => ({
    name: a.get('name') ?? '',
    rid: a.get('r:id') ?? a.get('id') ?? '',
  }));
  const rels = new Map<string, { target: string; type: string }>();
  const relsPart = part('xl/_rels/workbook.xml.rels');
  if (relsPart) {
    for (const a of tags(relsPart, 'Relationship')) {
      rels.set(a.get('Id') ?? '', { target: a.get('Target') ?? '', type: a.get('Type') ?? '' });
    }
  }
  const resolvePart = (target: string) =>
    target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  const relOfType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix));

  if (sheets.length === 0) throw damaged(file, 'the workbook lists no sheets');
  const names = sheets.map((s) => s.name);
  const listed = names.map((s) => `"${s}"`).join(', ');
  let index = 0;
  if (typeof options.sheet === 'number') {
    index = options.sheet - 1;
    if (index < 0 || index >= sheets.length) {
      throw new NaskahError(
        'data/no-such-sheet',
        `data.sheet is ${options.sheet} but ${file} has ${sheets.length} sheet${sheets.length === 1 ? '' : 's'} (${listed})`,
        { location: { file }, hint: `Give a sheet number from 1 to ${sheets.length}, or the sheet's name.` },
      );
    }
  } else if (options.sheet !== undefined) {
    const want = options.sheet;
    index = names.indexOf(want);
    if (index < 0) index = names.findIndex((s) => s.trim().toLowerCase() === want.trim().toLowerCase());
    if (index < 0) {
      const close = suggest(want, names);
      throw new NaskahError('data/no-such-sheet', `${file} has no sheet named "${want}"; its sheets are ${listed}`, {
        location: { file },
        hint: close
          ? `Did you mean "${close}"? Correct data.sheet in study.yaml.`
          : 'Correct data.sheet in study.yaml (the name as on the sheet tab).',
      });
    }
  }
  const sheet = sheets[index]!;
  const rel = rels.get(sheet.rid);
  const sheetPath = rel ? resolvePart(rel.target) : `xl/worksheets/sheet${index + 1}.xml`;
  const sheetXml = part(sheetPath);
  if (!sheetXml) throw damaged(file, `the sheet "${sheet.name}" (${sheetPath}) is missing`);
  const sstRel = relOfType('/sharedStrings');
  const sst = part(sstRel ? resolvePart(sstRel.target) : 'xl/sharedStrings.xml');
  const stylesRel = relOfType('/styles');
  const styles = part(stylesRel ? resolvePart(stylesRel.target) : 'xl/styles.xml');
  const scanned = scanSheet(sheetXml, sst ? sharedStrings(sst) : [], dateStyles(styles), date1904);
  return sheetTable(scanned, sheet.name, options);
}

function sheetTable(sheet: Sheet, sheetName: string, options: ReadOptions): RawTable {
  const file = options.file;
  const ref = sheetRef(sheetName);
  const headerRow = options.header ?? 1;
  if (sheet.lastRow === 0) {
    throw new NaskahError('data/empty-sheet', `the sheet ${ref} of ${file} is empty`, {
      location: { file, path: ref },
      hint: 'Choose the sheet with the data with data.sheet (a name or number), or put the data on this sheet.',
    });
  }
  if (headerRow > sheet.lastRow) {
    throw new NaskahError(
      'data/header-out-of-range',
      `data.header is row ${headerRow}, but the last row with anything in it on ${ref} is row ${sheet.lastRow}`,
      {
        location: { file, path: `${ref}!A${headerRow}` },
        hint: 'Give the number of the row that holds the column names (1 when they are in the first row).',
      },
    );
  }
  // Columns: the named cells of the header row; empty columns after the last name are ignored.
  const named: { col: number; name: string }[] = [];
  let lastNamed = 0;
  sheet.columns.forEach((c, j) => {
    if (c && c.kind[headerRow] !== undefined && c.kind[headerRow] !== KIND_EMPTY) lastNamed = j;
  });
  if (lastNamed === 0) {
    throw new NaskahError('data/empty-header', `row ${headerRow} of ${ref} (the header row) is empty`, {
      location: { file, path: `${ref}!A${headerRow}` },
      hint: 'Put the column names in that row, or set data.header to the row that holds them.',
    });
  }
  for (let j = 1; j <= lastNamed; j++) {
    const c = sheet.columns[j];
    const kind = c?.kind[headerRow] ?? KIND_EMPTY;
    const cell = `${ref}!${columnLetters(j)}${headerRow}`;
    if (kind === KIND_EMPTY) {
      const hasData = c?.kind.some((k, r) => r > headerRow && k !== KIND_EMPTY);
      if (!hasData) continue;
      throw new NaskahError(
        'data/empty-header',
        `column ${columnLetters(j)} has data but no name in the header row (${cell})`,
        {
          location: { file, path: cell },
          hint: 'Give every column with data a name in the header row, or delete the column.',
        },
      );
    }
    const name = (kind === KIND_NUMBER ? String(c!.num[headerRow]) : c!.text.get(headerRow)!).trim();
    const first = named.find((n) => n.name === name);
    if (first) {
      throw new NaskahError(
        'data/duplicate-column',
        `the column name "${name}" appears twice in the header (${ref}!${columnLetters(first.col)}${headerRow} and ${cell})`,
        {
          location: { file, path: cell },
          hint: 'Rename one of the two columns so that every name is unique.',
        },
      );
    }
    named.push({ col: j, name });
  }
  // Rows: below the header, skipping rows empty in every named column (as CSV skips empty lines).
  const filled = new Uint8Array(sheet.lastRow + 1);
  for (const { col } of named) {
    const kind = sheet.columns[col]!.kind;
    const end = Math.min(kind.length, sheet.lastRow + 1);
    for (let r = headerRow + 1; r < end; r++) if (kind[r] !== KIND_EMPTY) filled[r] = 1;
  }
  const rows: number[] = [];
  for (let r = headerRow + 1; r <= sheet.lastRow; r++) if (filled[r]) rows.push(r);
  const columns: RawColumn[] = named.map(({ col, name }) => ({
    name,
    values: columnValues(sheet.columns[col]!, rows),
  }));
  const letters = new Map(named.map(({ col, name }) => [name, columnLetters(col)]));
  return {
    format: 'xlsx',
    columns,
    nRows: rows.length,
    rowNumbers: rows,
    locate: (r, column) => ({
      file,
      row: rows[r],
      csvColumn: column,
      path: `${ref}!${letters.get(column) ?? '?'}${rows[r]}`,
    }),
    locateHeader: (column) => ({
      file,
      csvColumn: column,
      path: letters.has(column) ? `${ref}!${letters.get(column)}${headerRow}` : `${ref}, row ${headerRow}`,
    }),
    decimal: options.decimal ?? '.',
  };
}

function columnValues(c: SheetColumn, rows: number[]): RawValues {
  const n = rows.length;
  if (c.text.size === 0 || rows.every((r) => c.kind[r] !== KIND_TEXT)) {
    const data = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      data[i] = c.kind[r] === KIND_NUMBER ? c.num[r]! : Number.NaN;
    }
    return { kind: 'number', data };
  }
  const data: (number | string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    const k = c.kind[r] ?? KIND_EMPTY;
    data[i] = k === KIND_NUMBER ? c.num[r]! : k === KIND_TEXT ? c.text.get(r)! : null;
  }
  return { kind: 'mixed', data };
}
