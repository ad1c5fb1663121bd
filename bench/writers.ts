/**
 * Minimal writers of the formats naskah reads, for benchmarks: an SPSS system file
 * (numeric variables, value labels, uncompressed or bytecode-compressed) and an Excel
 * workbook (one sheet, a shared-strings table, deflated parts in a zip). They write only
 * what the readers need to see a realistic file, nothing more.
 */
import { deflateRawSync } from 'node:zlib';

export interface BenchTable {
  rows: number;
  /** Numeric columns (NaN = missing); `labels` turns codes 1…k into labelled text. */
  columns: { name: string; values: Float64Array; labels?: string[] }[];
}

const BIAS = 100;

/** An SPSS .sav: header, one variable record per column, value labels, data. */
export function writeSav(table: BenchTable, compressed: boolean): Uint8Array {
  const parts: Uint8Array[] = [];
  const enc = new TextEncoder();
  const header = new Uint8Array(176);
  const hv = new DataView(header.buffer);
  header.set(enc.encode('$FL2'), 0);
  header.set(enc.encode('@(#) SPSS DATA FILE - naskah bench writer'.padEnd(60)), 4);
  hv.setInt32(64, 2, true);
  hv.setInt32(68, table.columns.length, true);
  hv.setInt32(72, compressed ? 1 : 0, true);
  hv.setInt32(76, 0, true);
  hv.setInt32(80, table.rows, true);
  hv.setFloat64(84, BIAS, true);
  header.set(enc.encode('02 Dec 2612:00:00'.padEnd(81)), 92);
  parts.push(header);
  table.columns.forEach((_c, j) => {
    const rec = new Uint8Array(32);
    const dv = new DataView(rec.buffer);
    dv.setInt32(0, 2, true);
    dv.setInt32(4, 0, true);
    dv.setInt32(8, 0, true);
    dv.setInt32(12, 0, true);
    dv.setInt32(16, (5 << 16) | (8 << 8), true);
    dv.setInt32(20, (5 << 16) | (8 << 8), true);
    rec.set(enc.encode(`V${j + 1}`.padEnd(8)), 24);
    parts.push(rec);
  });
  for (const [j, c] of table.columns.entries()) {
    if (!c.labels) continue;
    const chunks: number[] = [];
    const int = (x: number) => {
      const b = new Uint8Array(4);
      new DataView(b.buffer).setInt32(0, x, true);
      chunks.push(...b);
    };
    int(3);
    int(c.labels.length);
    c.labels.forEach((label, k) => {
      const b = new Uint8Array(8);
      new DataView(b.buffer).setFloat64(0, k + 1, true);
      chunks.push(...b);
      const text = enc.encode(label);
      const padded = Math.ceil((text.length + 1) / 8) * 8;
      const l = new Uint8Array(padded).fill(0x20);
      l[0] = text.length;
      l.set(text, 1);
      chunks.push(...l);
    });
    int(4);
    int(1);
    int(j + 1);
    parts.push(Uint8Array.from(chunks));
  }
  // Long names: V1=id …
  const names = table.columns.map((c, j) => `V${j + 1}=${c.name}`).join('\t');
  const nameBytes = enc.encode(names);
  const ext = new Uint8Array(16);
  const ev = new DataView(ext.buffer);
  ev.setInt32(0, 7, true);
  ev.setInt32(4, 13, true);
  ev.setInt32(8, 1, true);
  ev.setInt32(12, nameBytes.length, true);
  parts.push(ext, nameBytes);
  const end = new Uint8Array(8);
  new DataView(end.buffer).setInt32(0, 999, true);
  parts.push(end);
  const nCols = table.columns.length;
  if (!compressed) {
    const data = new Uint8Array(table.rows * nCols * 8);
    const dv = new DataView(data.buffer);
    for (let r = 0; r < table.rows; r++) {
      for (let j = 0; j < nCols; j++) {
        const x = table.columns[j]!.values[r]!;
        dv.setFloat64((r * nCols + j) * 8, Number.isNaN(x) ? -Number.MAX_VALUE : x, true);
      }
    }
    parts.push(data);
  } else {
    // Worst case one raw 8 bytes per value plus one command byte.
    const data = new Uint8Array(table.rows * nCols * 9 + 16);
    const dv = new DataView(data.buffer);
    let p = 0;
    let block = 0;
    let k = 8;
    let pending: number[] = [];
    const flush = () => {
      for (const x of pending) {
        dv.setFloat64(p, x, true);
        p += 8;
      }
      pending = [];
    };
    const command = (code: number, raw?: number) => {
      if (k === 8) {
        flush();
        block = p;
        data.fill(0, p, p + 8);
        p += 8;
        k = 0;
      }
      data[block + k++] = code;
      if (raw !== undefined) pending.push(raw);
    };
    for (let r = 0; r < table.rows; r++) {
      for (let j = 0; j < nCols; j++) {
        const x = table.columns[j]!.values[r]!;
        if (Number.isNaN(x)) command(255);
        else if (Number.isInteger(x) && x > -BIAS && x + BIAS < 252) command(x + BIAS);
        else command(253, x);
      }
    }
    flush();
    parts.push(data.subarray(0, p));
  }
  return concat(parts);
}

/** An Excel .xlsx with the table on sheet "data"; labelled columns as text. */
export function writeXlsx(table: BenchTable): Uint8Array {
  const enc = new TextEncoder();
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const col = (j: number) => {
    let s = '';
    for (let n = j + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const letters = table.columns.map((_, j) => col(j));
  const chunks: Uint8Array[] = [];
  let buf = '';
  const emit = (s: string) => {
    buf += s;
    if (buf.length > 1 << 20) {
      chunks.push(enc.encode(buf));
      buf = '';
    }
  };
  emit(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:${letters.at(-1)}${table.rows + 1}"/><sheetData>`,
  );
  emit('<row r="1">');
  table.columns.forEach((c, j) => emit(`<c r="${letters[j]}1" t="s"><v>${sst(c.name)}</v></c>`));
  emit('</row>');
  for (let r = 0; r < table.rows; r++) {
    const rn = r + 2;
    emit(`<row r="${rn}">`);
    for (let j = 0; j < table.columns.length; j++) {
      const c = table.columns[j]!;
      const x = c.values[r]!;
      if (Number.isNaN(x)) continue;
      if (c.labels) emit(`<c r="${letters[j]}${rn}" t="s"><v>${sst(c.labels[x - 1]!)}</v></c>`);
      else emit(`<c r="${letters[j]}${rn}"><v>${x}</v></c>`);
    }
    emit('</row>');
  }
  emit('</sheetData></worksheet>');
  chunks.push(enc.encode(buf));
  const sheet = concat(chunks);
  const shared = enc.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
  );
  const ns = 'http://schemas.openxmlformats.org';
  const files: [string, Uint8Array][] = [
    [
      '[Content_Types].xml',
      enc.encode(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      ),
    ],
    [
      '_rels/.rels',
      enc.encode(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    ],
    [
      'xl/workbook.xml',
      enc.encode(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    ],
    [
      'xl/_rels/workbook.xml.rels',
      enc.encode(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    ],
    ['xl/worksheets/sheet1.xml', sheet],
    ['xl/sharedStrings.xml', shared],
  ];
  return zip(files);
}

/** A zip of deflated files (no zip64: parts under 4 GB). */
export function zip(files: [string, Uint8Array][]): Uint8Array {
  const enc = new TextEncoder();
  const out: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = deflateRawSync(content);
    const nameBytes = enc.encode(name);
    const crc = crc32(content);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, content.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const entry = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(entry.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, content.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    entry.set(nameBytes, 46);
    out.push(local, data);
    central.push(entry);
    offset += local.length + data.length;
  }
  const dir = concat(central);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, dir.length, true);
  ev.setUint32(16, offset, true);
  return concat([...out, dir, end]);
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}
