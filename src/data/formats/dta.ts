/**
 * Stata data files (.dta) of formats 117 (Stata 13), 118 (Stata 14–18) and 119 (Stata 15+
 * with more than 32,767 variables), written from Stata's own description of the format
 * (`help dta`): the tagged header, the map of section offsets, variable types, names,
 * formats, value-label names, variable labels, the data, strLs and value-label tables.
 * Stata's missing values (., .a–.z) are missing; %td dates become ISO dates. Older formats
 * (Stata 12 and before) and newer ones (120/121, Stata 18 alias variables) get a message
 * saying how to save the file in a format naskah reads.
 */
import { NaskahError } from '../../errors.ts';
import type { InputFormat, RawColumn, RawTable, RawValues, ReadOptions } from './types.ts';

const SUPPORTED = [117, 118, 119];
/** Stata's days and milliseconds count from 1 January 1960. */
const STATA_EPOCH_MS = Date.UTC(1960, 0, 1);

export const dtaFormat: InputFormat = {
  id: 'dta',
  name: 'Stata data file (.dta)',
  extensions: ['.dta'],
  sniff: (b) => startsWith(b, '<stata_dta>') || oldDtaVersion(b) !== undefined,
  read: readDta,
};

function startsWith(b: Uint8Array, s: string): boolean {
  if (b.length < s.length) return false;
  for (let i = 0; i < s.length; i++) if (b[i] !== s.charCodeAt(i)) return false;
  return true;
}

/** The format number of a pre-2013 binary .dta (first byte 102–116, byte order 1 or 2, file type 1). */
function oldDtaVersion(b: Uint8Array): number | undefined {
  if (b.length < 4) return undefined;
  const v = b[0]!;
  return v >= 102 && v <= 116 && (b[1] === 1 || b[1] === 2) && b[2] === 1 && b[3] === 0 ? v : undefined;
}

const STATA_VERSION: Record<number, string> = {
  102: 'Stata 1',
  103: 'Stata 2',
  104: 'Stata 3',
  105: 'Stata 4–5',
  108: 'Stata 6',
  110: 'Stata 7',
  111: 'Stata 7',
  113: 'Stata 8–9',
  114: 'Stata 10–11',
  115: 'Stata 12',
  120: 'Stata 18, with alias variables',
  121: 'Stata 18, with alias variables and more than 32,767 variables',
};

function unsupported(file: string, version: number): NaskahError {
  const which = STATA_VERSION[version] ? ` (${STATA_VERSION[version]})` : '';
  const older = version < 117;
  return new NaskahError(
    'data/dta-version',
    `${file} is a Stata file of format ${version}${which}; naskah reads formats 117–119 (Stata 13 and later)`,
    {
      location: { file },
      hint: older
        ? 'Open it in Stata 13 or later and save it again (`save "file.dta", replace`), or in R: haven::write_dta(haven::read_dta("file.dta"), "file.dta", version = 14).'
        : 'In Stata, save it in format 118: `saveold "file.dta", version(14)` (drop or materialise alias variables first).',
    },
  );
}

function damaged(file: string, what: string): NaskahError {
  return new NaskahError('data/dta-damaged', `the Stata file ${file} is damaged or incomplete: ${what}`, {
    location: { file },
    hint: 'Open it in Stata and save it again, or copy the file again.',
  });
}

export function readDta(bytes: Uint8Array, options: ReadOptions): RawTable {
  const file = options.file;
  const old = oldDtaVersion(bytes);
  if (old !== undefined && !startsWith(bytes, '<stata_dta>')) throw unsupported(file, old);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (a: number, b: number) => String.fromCharCode(...bytes.subarray(a, Math.min(b, bytes.length)));
  const headEnd = Math.min(bytes.length, 200);
  const head = text(0, headEnd);
  const release = /<release>(\d+)<\/release>/.exec(head);
  if (!release) throw damaged(file, 'its header has no <release>');
  const version = Number(release[1]);
  if (!SUPPORTED.includes(version)) throw unsupported(file, version);
  const order = /<byteorder>(MSF|LSF)<\/byteorder>/.exec(head);
  if (!order) throw damaged(file, 'its header has no byte order');
  const little = order[1] === 'LSF';
  let p = head.indexOf('<K>') + 3;
  const need = (n: number, what: string) => {
    if (p + n > bytes.length) throw damaged(file, `it ends inside ${what}`);
  };
  need(12, 'the header');
  const K = version === 119 ? dv.getUint32(p, little) : dv.getUint16(p, little);
  p += version === 119 ? 4 : 2;
  p = head.indexOf('<N>', p) + 3;
  const N = version === 117 ? dv.getUint32(p, little) : Number(dv.getBigUint64(p, little));
  const mapAt = head.indexOf('<map>');
  if (mapAt < 0) throw damaged(file, 'the section map is missing');
  p = mapAt + 5;
  need(14 * 8, 'the section map');
  const map: number[] = [];
  for (let k = 0; k < 14; k++) map.push(Number(dv.getBigUint64(p + k * 8, little)));
  if (map[13]! > bytes.length)
    throw damaged(file, `it is ${bytes.length} bytes but its map says ${map[13]} (the file was cut short)`);

  const utf8 = version >= 118;
  const decoder = new TextDecoder(utf8 ? 'utf-8' : 'latin1');
  const cstring = (a: number, len: number) => {
    const field = bytes.subarray(a, a + len);
    const z = field.indexOf(0);
    return decoder.decode(z < 0 ? field : field.subarray(0, z));
  };
  const section = (index: number, tag: string) => {
    const at = map[index]!;
    if (text(at, at + tag.length + 2) !== `<${tag}>`)
      throw damaged(file, `the <${tag}> section is not where its map says`);
    return at + tag.length + 2;
  };

  const nameLen = utf8 ? 129 : 33;
  const formatLen = utf8 ? 57 : 49;
  const labelLen = utf8 ? 321 : 81;
  p = section(2, 'variable_types');
  const types: number[] = [];
  for (let j = 0; j < K; j++) types.push(dv.getUint16(p + j * 2, little));
  p = section(3, 'varnames');
  const names = Array.from({ length: K }, (_, j) => cstring(p + j * nameLen, nameLen));
  p = section(5, 'formats');
  const formats = Array.from({ length: K }, (_, j) => cstring(p + j * formatLen, formatLen));
  p = section(6, 'value_label_names');
  const labelNames = Array.from({ length: K }, (_, j) => cstring(p + j * nameLen, nameLen));
  p = section(7, 'variable_labels');
  const varLabels = Array.from({ length: K }, (_, j) => cstring(p + j * labelLen, labelLen));

  const widths = types.map((t) => {
    if (t >= 1 && t <= 2045) return t;
    if (t === 32768) return 8;
    if (t === 65526) return 8;
    if (t === 65527 || t === 65528) return 4;
    if (t === 65529) return 2;
    if (t === 65530) return 1;
    throw damaged(file, `variable ${names[types.indexOf(t)]} has an unknown storage type ${t}`);
  });
  const rowWidth = widths.reduce((a, b) => a + b, 0);
  const dataAt = section(9, 'data');
  if (dataAt + rowWidth * N > bytes.length) {
    throw damaged(
      file,
      `it holds ${Math.floor((bytes.length - dataAt) / Math.max(1, rowWidth))} of its ${N} observations`,
    );
  }

  const strls = readStrls(bytes, dv, section(10, 'strls'), map[11]!, version, little, decoder);
  const valueLabels = readValueLabels(
    bytes,
    dv,
    section(11, 'value_labels'),
    map[12]!,
    version,
    little,
    decoder,
    cstring,
  );

  const columns: RawColumn[] = [];
  let offset = 0;
  for (let j = 0; j < K; j++) {
    const t = types[j]!;
    const values = readColumn(bytes, dv, dataAt + offset, rowWidth, N, t, little, decoder, strls, version);
    offset += widths[j]!;
    const col: RawColumn = { name: names[j]!, values: dateColumn(values, formats[j]!) };
    if (varLabels[j]) col.label = varLabels[j];
    const vl = labelNames[j] ? valueLabels.get(labelNames[j]!) : undefined;
    if (vl?.size) col.valueLabels = vl;
    columns.push(col);
  }
  return {
    format: 'dta',
    columns,
    nRows: N,
    rowNumbers: Array.from({ length: N }, (_, i) => i + 1),
    locate: (row, column) => ({ file, csvColumn: column, path: `observation ${row + 1}` }),
    locateHeader: (column) => ({ file, csvColumn: column }),
    decimal: '.',
  };
}

function readColumn(
  bytes: Uint8Array,
  dv: DataView,
  start: number,
  rowWidth: number,
  n: number,
  type: number,
  little: boolean,
  decoder: TextDecoder,
  strls: Map<string, string>,
  version: number,
): RawValues {
  if (type <= 2045 || type === 32768) {
    const data: (string | null)[] = new Array(n);
    for (let i = 0, at = start; i < n; i++, at += rowWidth) {
      let s: string;
      if (type === 32768) {
        const v = version === 117 ? dv.getUint32(at, little) : dv.getUint16(at, little);
        const o =
          version === 117
            ? dv.getUint32(at + 4, little)
            : little
              ? dv.getUint32(at + 2, true) + dv.getUint16(at + 6, true) * 2 ** 32
              : dv.getUint16(at + 2, false) * 2 ** 32 + dv.getUint32(at + 4, false);
        s = strls.get(`${v},${o}`) ?? '';
      } else {
        const field = bytes.subarray(at, at + type);
        const z = field.indexOf(0);
        s = decoder.decode(z < 0 ? field : field.subarray(0, z));
      }
      data[i] = s === '' ? null : s;
    }
    return { kind: 'string', data };
  }
  const data = new Float64Array(n);
  for (let i = 0, at = start; i < n; i++, at += rowWidth) {
    let x: number;
    switch (type) {
      case 65526:
        x = dv.getFloat64(at, little);
        if (x > 8.988465674311579e307) x = Number.NaN;
        break;
      case 65527:
        x = dv.getFloat32(at, little);
        if (x > 1.7014117331926443e38) x = Number.NaN;
        else x = shortestFloat32(x);
        break;
      case 65528:
        x = dv.getInt32(at, little);
        if (x > 2147483620) x = Number.NaN;
        break;
      case 65529:
        x = dv.getInt16(at, little);
        if (x > 32740) x = Number.NaN;
        break;
      default:
        x = dv.getInt8(at);
        if (x > 100) x = Number.NaN;
    }
    data[i] = x;
  }
  return { kind: 'number', data };
}

/** The shortest decimal that is this float32 (what Stata shows and a CSV export holds). */
function shortestFloat32(x: number): number {
  for (let digits = 1; digits < 10; digits++) {
    const c = Number(x.toPrecision(digits));
    if (Math.fround(c) === x) return c;
  }
  return x;
}

/** %td (days since 1960) and %tc (milliseconds) columns as ISO dates and times. */
function dateColumn(values: RawValues, format: string): RawValues {
  if (values.kind !== 'number') return values;
  const daily = /^%-?t?d/.test(format);
  const clock = /^%-?tc/i.test(format);
  if (!daily && !clock) return values;
  return {
    kind: 'string',
    data: Array.from(values.data, (x) => {
      if (Number.isNaN(x)) return null;
      const iso = new Date(STATA_EPOCH_MS + (daily ? x * 86400000 : x)).toISOString();
      return daily ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
    }),
  };
}

/** strLs: "GSO" v o t len contents, keyed "v,o". */
function readStrls(
  bytes: Uint8Array,
  dv: DataView,
  start: number,
  end: number,
  version: number,
  little: boolean,
  decoder: TextDecoder,
): Map<string, string> {
  const out = new Map<string, string>();
  let p = start;
  while (p + 3 <= end && bytes[p] === 0x47 && bytes[p + 1] === 0x53 && bytes[p + 2] === 0x4f) {
    p += 3;
    const v = dv.getUint32(p, little);
    p += 4;
    const o = version === 117 ? dv.getUint32(p, little) : Number(dv.getBigUint64(p, little));
    p += version === 117 ? 4 : 8;
    const t = bytes[p]!;
    p += 1;
    const len = dv.getUint32(p, little);
    p += 4;
    let content = bytes.subarray(p, p + len);
    if (t === 130 && content[content.length - 1] === 0) content = content.subarray(0, content.length - 1);
    out.set(`${v},${o}`, decoder.decode(content));
    p += len;
  }
  return out;
}

/** Value-label tables: <lbl> len name padding table </lbl>, keyed by the table's name. */
function readValueLabels(
  bytes: Uint8Array,
  dv: DataView,
  start: number,
  end: number,
  version: number,
  little: boolean,
  decoder: TextDecoder,
  cstring: (a: number, len: number) => string,
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const nameLen = version >= 118 ? 129 : 33;
  let p = start;
  const isTag = (at: number, tag: string) => {
    for (let i = 0; i < tag.length; i++) if (bytes[at + i] !== tag.charCodeAt(i)) return false;
    return true;
  };
  while (p < end && isTag(p, '<lbl>')) {
    p += 5;
    const len = dv.getInt32(p, little);
    p += 4;
    const name = cstring(p, nameLen);
    p += nameLen + 3;
    const table = p;
    const n = dv.getInt32(table, little);
    const txtLen = dv.getInt32(table + 4, little);
    const offs = table + 8;
    const vals = offs + 4 * n;
    const txt = vals + 4 * n;
    const labels = new Map<string, string>();
    for (let k = 0; k < n; k++) {
      const off = dv.getInt32(offs + 4 * k, little);
      const value = dv.getInt32(vals + 4 * k, little);
      const from = txt + off;
      let to = from;
      while (to < txt + txtLen && bytes[to] !== 0) to++;
      labels.set(String(value), decoder.decode(bytes.subarray(from, to)));
    }
    out.set(name, labels);
    p = table + len;
    if (isTag(p, '</lbl>')) p += 6;
  }
  return out;
}
