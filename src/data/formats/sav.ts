/**
 * SPSS system files (.sav, and .zsav), written from PSPP's description of the format
 * ("System File Format" in the PSPP developers' guide): the file header, variable records
 * (type 2) with labels and missing values, value labels (types 3 and 4), documents (type
 * 6), extension records (type 7: machine info, long variable names, very long strings,
 * encoding, long string value labels and missing values) and the data, uncompressed,
 * bytecode-compressed (the default of SPSS and R's haven) or zlib-compressed (ZSAV).
 *
 * Reads column-wise into typed arrays in one pass over the cases: no object per case, so
 * 200,000 × 50 stays well under a second and a few hundred MB.
 */
import { NaskahError } from '../../errors.ts';
import { inflateStated, UNZIPPED_LIMIT } from '../../limits.ts';
import { limitMessages as M } from '../messages.ts';
import type { InputFormat, RawColumn, RawTable, ReadOptions } from './types.ts';

/** SPSS dates count seconds from 14 October 1582 (the Gregorian calendar's start). */
const SPSS_EPOCH_MS = Date.UTC(1582, 9, 14);
/** Print formats that hold a date: DATE, ADATE, JDATE, MOYR, QYR, WKYR, EDATE, SDATE; DATETIME. */
const DATE_FORMATS = new Set([20, 23, 24, 28, 29, 30, 38, 39]);
const DATETIME_FORMAT = 22;

interface VarRecord {
  /** 0 numeric, >0 string width. */
  width: number;
  shortName: string;
  name: string;
  label?: string;
  /** Index of its first 8-byte slot in a case. */
  slot: number;
  slots: number;
  format: number;
  missingNumbers: number[];
  missingRange?: [number, number];
  missingStrings: string[];
  valueLabels?: Map<string, string>;
  /** Slots of the following segments of a very long string (width > 255). */
  segments?: { slot: number; bytes: number }[];
}

export const savFormat: InputFormat = {
  id: 'sav',
  name: 'SPSS data file (.sav)',
  extensions: ['.sav', '.zsav'],
  sniff: (b) => b.length >= 4 && b[0] === 0x24 && b[1] === 0x46 && b[2] === 0x4c && (b[3] === 0x32 || b[3] === 0x33),
  read: readSav,
};

class Cursor {
  pos = 0;
  readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly little: boolean,
    readonly file: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(n: number, what: string): void {
    if (this.pos + n > this.bytes.length) throw truncated(this.file, what, this.pos);
  }
  int(what: string): number {
    this.need(4, what);
    const v = this.view.getInt32(this.pos, this.little);
    this.pos += 4;
    return v;
  }
  double(what: string): number {
    this.need(8, what);
    const v = this.view.getFloat64(this.pos, this.little);
    this.pos += 8;
    return v;
  }
  take(n: number, what: string): Uint8Array {
    if (n < 0) throw corrupt(this.file, `a negative length in ${what}`, this.pos);
    this.need(n, what);
    const b = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
}

function truncated(file: string, what: string, at: number): NaskahError {
  return new NaskahError('data/sav-truncated', `the SPSS file ${file} ends in the middle of ${what} (at byte ${at})`, {
    location: { file },
    hint: 'The file is incomplete (an interrupted copy or download): copy it again from where it was saved, or save it again from SPSS.',
  });
}

function corrupt(file: string, what: string, at: number): NaskahError {
  return new NaskahError('data/sav-corrupt', `the SPSS file ${file} is damaged: ${what} at byte ${at}`, {
    location: { file },
    hint: 'Open the file in SPSS or PSPP and save it again (File > Save As > SPSS Statistics .sav).',
  });
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

function trimEnd(s: string): string {
  return s.replace(/[ \0]+$/, '');
}

export function readSav(bytes: Uint8Array, options: ReadOptions): RawTable {
  const file = options.file;
  if (bytes.length < 176) throw truncated(file, 'the file header', bytes.length);
  const layout = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = layout.getInt32(64, true) === 2 || layout.getInt32(64, true) === 3;
  const c = new Cursor(bytes, little, file);
  const zsav = bytes[3] === 0x33;
  c.pos = 64;
  c.int('the file header');
  c.int('the file header'); // nominal case size: recomputed from the variables
  const compression = c.int('the file header');
  c.int('the file header'); // weight index
  const nCasesHeader = c.int('the file header');
  const bias = c.double('the file header');
  c.pos = 176;

  const vars: VarRecord[] = [];
  /** Slot index → variable (value-label records name slots). */
  const bySlot = new Map<number, VarRecord>();
  let slot = 0;
  let encoding: string | undefined;
  let codePage: number | undefined;
  let sysmis = -Number.MAX_VALUE;
  let highest = Number.MAX_VALUE;
  let lowest = -Number.MAX_VALUE;
  const pendingLabels: { labels: [Uint8Array, Uint8Array][] }[] = [];
  let longNames: string | undefined;
  let veryLong: string | undefined;
  const longStringLabels: Uint8Array[] = [];
  const longStringMissing: Uint8Array[] = [];
  const rawNames = new Map<VarRecord, Uint8Array>();
  const rawLabels = new Map<VarRecord, Uint8Array>();

  for (;;) {
    const recType = c.int('the dictionary');
    if (recType === 2) {
      const type = c.int('a variable record');
      const hasLabel = c.int('a variable record');
      const nMissing = c.int('a variable record');
      const print = c.int('a variable record');
      c.int('a variable record');
      const name = c.take(8, 'a variable record');
      const label = hasLabel ? c.take(c.int('a variable label'), 'a variable label') : undefined;
      if (label) c.pos += (4 - (label.length % 4)) % 4;
      const missing: Uint8Array[] = [];
      for (let k = 0; k < Math.abs(nMissing); k++) missing.push(c.take(8, 'missing values'));
      if (type === -1) {
        slot++;
        continue;
      }
      const width = type;
      const v: VarRecord = {
        width,
        shortName: '',
        name: '',
        slot,
        slots: width === 0 ? 1 : Math.ceil(width / 8),
        format: (print >> 16) & 0xff,
        missingNumbers: [],
        missingStrings: [],
      };
      rawNames.set(v, name);
      if (label) rawLabels.set(v, label);
      const dv = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, little);
      if (width === 0) {
        let k = 0;
        if (nMissing < 0) {
          v.missingRange = [dv(missing[0]!), dv(missing[1]!)];
          k = 2;
        }
        for (; k < missing.length; k++) v.missingNumbers.push(dv(missing[k]!));
      } else {
        (v as VarRecord & { rawMissing?: Uint8Array[] }).rawMissing = missing;
      }
      vars.push(v);
      bySlot.set(slot, v);
      slot++;
    } else if (recType === 3) {
      const n = c.int('a value-label record');
      if (n < 0 || n > 1e7) throw corrupt(file, 'an impossible number of value labels', c.pos);
      const labels: [Uint8Array, Uint8Array][] = [];
      for (let k = 0; k < n; k++) {
        const value = c.take(8, 'a value label');
        const len = c.take(1, 'a value label')[0]!;
        const text = c.take(len, 'a value label');
        c.pos += (8 - ((len + 1) % 8)) % 8;
        labels.push([value, text]);
      }
      const type4 = c.int('a value-label record');
      if (type4 !== 4) throw corrupt(file, 'a value-label record without its variable list', c.pos);
      const nVars = c.int('a value-label record');
      const entry = { labels };
      const owners: VarRecord[] = [];
      for (let k = 0; k < nVars; k++) {
        const v = bySlot.get(c.int('a value-label record') - 1);
        if (v) owners.push(v);
      }
      pendingLabels.push(entry);
      (entry as { owners?: VarRecord[] }).owners = owners;
    } else if (recType === 6) {
      const n = c.int('the document record');
      c.take(n * 80, 'the document record');
    } else if (recType === 7) {
      const subtype = c.int('an extension record');
      const size = c.int('an extension record');
      const count = c.int('an extension record');
      const data = c.take(size * count, 'an extension record');
      const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
      if (subtype === 3 && data.length >= 32) codePage = dv.getInt32(28, little);
      else if (subtype === 4 && data.length >= 24) {
        sysmis = dv.getFloat64(0, little);
        highest = dv.getFloat64(8, little);
        lowest = dv.getFloat64(16, little);
      } else if (subtype === 13) longNames = latin1(data);
      else if (subtype === 14) veryLong = latin1(data);
      else if (subtype === 20) encoding = latin1(data).trim();
      else if (subtype === 21) longStringLabels.push(data);
      else if (subtype === 22) longStringMissing.push(data);
    } else if (recType === 999) {
      c.int('the dictionary end');
      break;
    } else {
      throw corrupt(file, `an unknown record type ${recType}`, c.pos - 4);
    }
  }

  const decoder = new TextDecoder(textEncoding(encoding, codePage), { fatal: false });
  const decode = (b: Uint8Array) => decoder.decode(b);
  for (const v of vars) {
    v.shortName = trimEnd(latin1(rawNames.get(v)!)).toUpperCase();
    v.name = v.shortName;
    const l = rawLabels.get(v);
    if (l) v.label = trimEnd(decode(l));
  }
  // Long names: "SHORT=Long Name" pairs separated by tabs (names are in the file's encoding).
  if (longNames) {
    const byShort = new Map(vars.map((v) => [v.shortName, v]));
    for (const pair of decode(Uint8Array.from(longNames, (ch) => ch.charCodeAt(0))).split('\t')) {
      const eq = pair.indexOf('=');
      if (eq < 0) continue;
      const v = byShort.get(pair.slice(0, eq).toUpperCase());
      if (v) v.name = pair.slice(eq + 1).replace(/\0+$/, '');
    }
  }
  // Very long strings: the first segment's record carries the name; later segments follow
  // as their own variables, which are merged back here.
  if (veryLong) {
    for (const pair of veryLong.split(/[\t\0]+/)) {
      const eq = pair.indexOf('=');
      if (eq < 0) continue;
      const short = pair.slice(0, eq).toUpperCase();
      const width = Number.parseInt(pair.slice(eq + 1), 10);
      const at = vars.findIndex((v) => v.shortName === short);
      if (at < 0 || !(width > 255)) continue;
      const nSeg = Math.floor((width + 251) / 252);
      const first = vars[at]!;
      first.segments = [];
      for (let s = 1; s < nSeg; s++) {
        const seg = vars[at + s];
        if (!seg) throw corrupt(file, `the very long string ${first.name} lacks its segments`, 0);
        // Segments hold 255 bytes of the string each (the last the rest), though a new
        // segment starts every 252 bytes of width (PSPP's sfm_segment_* functions).
        first.segments.push({ slot: seg.slot, bytes: s < nSeg - 1 ? 255 : width - 252 * s });
      }
      first.width = width;
      vars.splice(at + 1, nSeg - 1);
    }
  }

  const isString = (v: VarRecord) => v.width > 0;
  // Value labels: numbers as the shortest decimal that round-trips (what CSV holds).
  for (const entry of pendingLabels as { labels: [Uint8Array, Uint8Array][]; owners: VarRecord[] }[]) {
    for (const v of entry.owners) {
      v.valueLabels ??= new Map();
      for (const [value, text] of entry.labels) {
        const key = isString(v)
          ? trimEnd(decode(value))
          : numberKey(new DataView(value.buffer, value.byteOffset, 8).getFloat64(0, little));
        v.valueLabels.set(key, trimEnd(decode(text)));
      }
    }
  }
  const byName = new Map(vars.map((v) => [v.name.toUpperCase(), v]));
  for (const data of longStringLabels) readLongStringLabels(data, little, decode, byName);
  for (const data of longStringMissing) readLongStringMissing(data, little, decode, byName);
  for (const v of vars) {
    const raw = (v as VarRecord & { rawMissing?: Uint8Array[] }).rawMissing;
    if (raw) for (const m of raw) v.missingStrings.push(trimEnd(decode(m)));
  }

  const slotsPerCase = slot;
  let payload: Uint8Array = bytes.subarray(c.pos);
  if (zsav || compression === 2) payload = inflateZsav(bytes, c.pos, little, file);
  const columns = decodeCases(
    payload,
    vars,
    slotsPerCase,
    compression !== 0,
    bias,
    sysmis,
    little,
    nCasesHeader,
    decode,
    file,
  );

  const out: RawColumn[] = vars.map((v, j) => {
    const col: RawColumn = { name: v.name, values: columns[j]!, label: v.label || undefined };
    if (v.valueLabels?.size) col.valueLabels = v.valueLabels;
    const values = new Set<string>([...v.missingNumbers.map(numberKey), ...v.missingStrings]);
    const ranges: [number, number][] = [];
    if (v.missingRange) {
      const [lo, hi] = v.missingRange;
      ranges.push([lo === lowest || lo <= -Number.MAX_VALUE ? -Infinity : lo, hi === highest ? Infinity : hi]);
    }
    if (values.size || ranges.length) col.missing = { values, ranges };
    if (!isString(v) && (DATE_FORMATS.has(v.format) || v.format === DATETIME_FORMAT)) {
      col.values = { kind: 'string', data: spssDates(columns[j]!.data as Float64Array, v.format === DATETIME_FORMAT) };
    }
    return col;
  });
  const nRows = out[0] ? (out[0].values.data as ArrayLike<unknown>).length : 0;
  return {
    format: 'sav',
    columns: out,
    nRows,
    rowNumbers: Array.from({ length: nRows }, (_, i) => i + 1),
    locate: (row, column) => ({ file, csvColumn: column, path: `case ${row + 1}` }),
    locateHeader: (column) => ({ file, csvColumn: column }),
    decimal: '.',
  };
}

/** A number as CSV holds it: the shortest decimal that round-trips. */
export function numberKey(x: number): string {
  return String(x);
}

function spssDates(seconds: Float64Array, withTime: boolean): (string | null)[] {
  return Array.from(seconds, (s) => {
    if (Number.isNaN(s)) return null;
    const iso = new Date(SPSS_EPOCH_MS + s * 1000).toISOString();
    return withTime ? iso.slice(0, 19).replace('T', ' ') : iso.slice(0, 10);
  });
}

function textEncoding(name: string | undefined, codePage: number | undefined): string {
  const candidates = [name, codePage === 65001 ? 'utf-8' : codePage ? `windows-${codePage}` : undefined];
  for (const c of candidates) {
    if (!c) continue;
    try {
      new TextDecoder(c);
      return c;
    } catch {
      // not an encoding Node knows: try the next
    }
  }
  return codePage === 2 || codePage === 1252 || !codePage ? 'windows-1252' : 'utf-8';
}

function readLongStringLabels(
  data: Uint8Array,
  little: boolean,
  decode: (b: Uint8Array) => string,
  byName: Map<string, VarRecord>,
): void {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let p = 0;
  const int = () => {
    const v = dv.getInt32(p, little);
    p += 4;
    return v;
  };
  const bytes = (n: number) => {
    const b = data.subarray(p, p + n);
    p += n;
    return b;
  };
  while (p + 4 <= data.length) {
    const name = decode(bytes(int()));
    int(); // width
    const n = int();
    const v = byName.get(name.toUpperCase());
    for (let k = 0; k < n; k++) {
      const value = trimEnd(decode(bytes(int())));
      const label = trimEnd(decode(bytes(int())));
      if (v) (v.valueLabels ??= new Map()).set(value, label);
    }
  }
}

function readLongStringMissing(
  data: Uint8Array,
  little: boolean,
  decode: (b: Uint8Array) => string,
  byName: Map<string, VarRecord>,
): void {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let p = 0;
  while (p + 4 <= data.length) {
    const nameLen = dv.getInt32(p, little);
    p += 4;
    const name = decode(data.subarray(p, p + nameLen));
    p += nameLen;
    const n = data[p]!;
    p += 1;
    const len = dv.getInt32(p, little);
    p += 4;
    const v = byName.get(name.toUpperCase());
    for (let k = 0; k < n; k++) {
      v?.missingStrings.push(trimEnd(decode(data.subarray(p, p + len))));
      p += len;
    }
  }
}

/** ZSAV: the bytecode stream in zlib blocks, listed by a trailer after the data. */
function inflateZsav(bytes: Uint8Array, at: number, little: boolean, file: string): Uint8Array {
  if (at + 24 > bytes.length) throw truncated(file, 'the compressed data header', at);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const trailerOfs = Number(dv.getBigInt64(at + 8, little));
  const trailerLen = Number(dv.getBigInt64(at + 16, little));
  if (trailerOfs + trailerLen > bytes.length || trailerLen < 24)
    throw truncated(file, 'the compressed data', bytes.length);
  const nBlocks = dv.getInt32(trailerOfs + 20, little);
  if (trailerOfs + 24 + nBlocks * 24 > bytes.length) throw truncated(file, 'the compressed data', bytes.length);
  // The sizes the trailer states, checked before anything is unpacked: a small file that
  // would unpack to gigabytes (a zip bomb) stops here.
  let stated = 0;
  for (let k = 0; k < nBlocks; k++) stated += dv.getInt32(trailerOfs + 24 + k * 24 + 16, little);
  if (stated > UNZIPPED_LIMIT)
    throw new NaskahError('data/sav-too-large', M.savTooLarge(file, stated, UNZIPPED_LIMIT), {
      location: { file },
      hint: M.savTooLargeHint,
    });
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let k = 0; k < nBlocks; k++) {
    const e = trailerOfs + 24 + k * 24;
    const cOfs = Number(dv.getBigInt64(e + 8, little));
    const uSize = dv.getInt32(e + 16, little);
    const cSize = dv.getInt32(e + 20, little);
    if (cOfs + cSize > bytes.length) throw truncated(file, 'the compressed data', bytes.length);
    let block: Uint8Array | undefined;
    try {
      block = inflateStated(bytes.subarray(cOfs, cOfs + cSize), uSize, 'zlib');
    } catch {
      throw corrupt(file, `compressed block ${k + 1} does not inflate`, cOfs);
    }
    if (!block) throw corrupt(file, M.savBlockOverStated(k + 1, uSize), cOfs);
    parts.push(block);
    total += block.length;
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (const b of parts) {
    out.set(b, p);
    p += b.length;
  }
  return out;
}

/**
 * The cases, column by column. Compressed data is a stream of 8-byte command blocks:
 * 1–251 a number (code − bias), 252 end, 253 an uncompressed 8 bytes that follow the
 * block, 254 eight spaces, 255 system-missing, 0 padding.
 */
function decodeCases(
  data: Uint8Array,
  vars: VarRecord[],
  slotsPerCase: number,
  compressed: boolean,
  bias: number,
  sysmis: number,
  little: boolean,
  nCasesHeader: number,
  decode: (b: Uint8Array) => string,
  file: string,
): RawColumn['values'][] {
  // Where each slot goes: numeric column j, or byte offset in string column j's buffer.
  const slotVar = new Int32Array(slotsPerCase).fill(-1);
  const slotOffset = new Int32Array(slotsPerCase);
  const stringWidth: number[] = [];
  vars.forEach((v, j) => {
    if (v.width === 0) {
      slotVar[v.slot] = j;
      return;
    }
    const firstBytes = v.segments ? 255 : v.width;
    for (let s = 0; s < Math.ceil(firstBytes / 8); s++) {
      slotVar[v.slot + s] = j;
      slotOffset[v.slot + s] = s * 8;
    }
    // Each segment of a very long string starts 255 bytes after the previous one; its
    // 8-byte slots are written in order, so a slot's padding past 255 is overwritten by
    // the next segment's first bytes.
    let base = firstBytes;
    for (const seg of v.segments ?? []) {
      for (let s = 0; s < Math.ceil(seg.bytes / 8); s++) {
        slotVar[seg.slot + s] = j;
        slotOffset[seg.slot + s] = base + s * 8;
      }
      base += 255;
    }
    stringWidth[j] = Math.ceil(v.width / 8) * 8 + 8 * (1 + (v.segments?.length ?? 0));
  });
  const capGuess =
    nCasesHeader > 0
      ? nCasesHeader
      : compressed
        ? Math.ceil(data.length / slotsPerCase)
        : Math.floor(data.length / (slotsPerCase * 8));
  let cap = Math.max(1, capGuess);
  const nums: (Float64Array | undefined)[] = vars.map((v) => (v.width === 0 ? new Float64Array(cap) : undefined));
  const strs: ((string | null)[] | undefined)[] = vars.map((v) => (v.width > 0 ? [] : undefined));
  const buffers: (Uint8Array | undefined)[] = vars.map((_, j) =>
    stringWidth[j] ? new Uint8Array(stringWidth[j]!) : undefined,
  );
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const SPACES = 0x20;
  let nCases = 0;
  let s = 0; // slot within the case
  const finishCase = () => {
    for (let j = 0; j < vars.length; j++) {
      const b = buffers[j];
      if (!b) continue;
      const text = trimEnd(decode(b.subarray(0, vars[j]!.width)));
      strs[j]!.push(text === '' ? null : text);
    }
    nCases++;
    s = 0;
    if (nCases === cap && (nCasesHeader < 0 || nCases < nCasesHeader)) {
      cap *= 2;
      for (let j = 0; j < vars.length; j++) {
        const a = nums[j];
        if (a) {
          const g = new Float64Array(cap);
          g.set(a);
          nums[j] = g;
        }
      }
    }
  };
  const putNumber = (x: number) => {
    const j = slotVar[s]!;
    if (j >= 0) {
      const a = nums[j];
      if (a) a[nCases] = x === sysmis ? NaN : x;
    }
  };
  const putRaw = (p: number) => {
    const j = slotVar[s]!;
    if (j < 0) return;
    const a = nums[j];
    if (a) {
      const x = dv.getFloat64(p, little);
      a[nCases] = x === sysmis ? NaN : x;
    } else buffers[j]!.set(data.subarray(p, p + 8), slotOffset[s]!);
  };
  const putSpaces = () => {
    const j = slotVar[s]!;
    if (j >= 0 && buffers[j]) buffers[j]!.fill(SPACES, slotOffset[s]!, slotOffset[s]! + 8);
    else if (j >= 0) nums[j]![nCases] = NaN;
  };
  const advance = () => {
    s++;
    if (s === slotsPerCase) finishCase();
  };

  if (!compressed) {
    const caseBytes = slotsPerCase * 8;
    const n = nCasesHeader >= 0 ? nCasesHeader : Math.floor(data.length / caseBytes);
    if (n * caseBytes > data.length)
      throw truncated(file, `case ${Math.floor(data.length / caseBytes) + 1}`, data.length);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < slotsPerCase; k++) {
        s = k;
        putRaw(i * caseBytes + k * 8);
      }
      finishCase();
    }
  } else {
    let p = 0;
    let ended = false;
    outer: while (p + 8 <= data.length) {
      const block = p;
      p += 8;
      for (let k = 0; k < 8; k++) {
        const code = data[block + k]!;
        if (code === 0) continue;
        if (code === 252) {
          ended = true;
          break outer;
        }
        if (code === 253) {
          if (p + 8 > data.length) break outer;
          putRaw(p);
          p += 8;
        } else if (code === 254) putSpaces();
        else if (code === 255) putNumber(sysmis);
        else putNumber(code - bias);
        advance();
      }
    }
    const expected = nCasesHeader >= 0 ? nCasesHeader : nCases;
    if (s !== 0 || nCases < expected || (!ended && nCasesHeader < 0 && p < data.length)) {
      throw truncated(file, `case ${nCases + 1}`, data.length);
    }
  }
  return vars.map((v, j) =>
    v.width === 0
      ? { kind: 'number' as const, data: nums[j]!.subarray(0, nCases) }
      : { kind: 'string' as const, data: strs[j]! },
  );
}
