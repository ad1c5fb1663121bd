/**
 * The zip container of a .docx, read and written with node:zlib alone. Writing is where
 * reproducibility is decided: the entries in a fixed order, every entry stamped with the
 * build's fixed date (zip libraries stamp the current time), the same deflate level.
 * Reading serves the reference .docx a study names and the package the docx library
 * produced; a file that is not a zip reads as undefined, for the caller to explain.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { inflateStated, UNZIPPED_LIMIT } from '../../limits.ts';

export type ZipEntries = Map<string, Uint8Array>;

/** One part as the zip's central directory lists it: still compressed. */
export interface ZipPart {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The uncompressed size the directory states. */
  size: number;
  data: Uint8Array;
}

/** The parts of a zip file, not unpacked, or undefined when the bytes are not a zip this reader understands. */
export function listZip(bytes: Uint8Array): ZipPart[] | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const parts: ZipPart[] = [];
  try {
    for (let n = 0; n < count; n++) {
      if (buf.readUInt32LE(at) !== 0x02014b50) return undefined;
      const method = buf.readUInt16LE(at + 10);
      const packed = buf.readUInt32LE(at + 20);
      const size = buf.readUInt32LE(at + 24);
      const nameLength = buf.readUInt16LE(at + 28);
      const extraLength = buf.readUInt16LE(at + 30);
      const commentLength = buf.readUInt16LE(at + 32);
      const local = buf.readUInt32LE(at + 42);
      const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
      at += 46 + nameLength + extraLength + commentLength;
      if (buf.readUInt32LE(local) !== 0x04034b50) return undefined;
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      if (start + packed > buf.length) return undefined;
      parts.push({ name, method, size, data: buf.subarray(start, start + packed) });
    }
  } catch {
    return undefined;
  }
  return parts;
}

/** The uncompressed size of all parts, as the directory states it. */
export function unzippedSize(parts: ZipPart[]): number {
  return parts.reduce((sum, p) => sum + p.size, 0);
}

/**
 * One part unpacked, at most to its stated size; undefined when it uses a method this
 * reader does not know, does not inflate, or unpacks to more than it states (a zip bomb).
 */
export function unpackPart(part: ZipPart): Uint8Array | undefined {
  if (part.method === 0) return part.data.length === part.size ? new Uint8Array(part.data) : undefined;
  if (part.method !== 8) return undefined;
  try {
    const out = inflateStated(part.data, part.size);
    return out && new Uint8Array(out);
  } catch {
    return undefined;
  }
}

/**
 * The entries of a zip file by name, or undefined when the bytes are not a zip this
 * reader understands, or would unpack to more than UNZIPPED_LIMIT (src/limits.ts).
 */
export function readZip(bytes: Uint8Array): ZipEntries | undefined {
  const parts = listZip(bytes);
  if (!parts || unzippedSize(parts) > UNZIPPED_LIMIT) return undefined;
  const entries: ZipEntries = new Map();
  for (const part of parts) {
    const data = unpackPart(part);
    if (!data) return undefined;
    entries.set(part.name, data);
  }
  return entries;
}

/** MS-DOS date and time fields (zip's only date); zip cannot say a year before 1980. */
function dosDateTime(date: Date): { time: number; day: number } {
  const d = date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    day: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/**
 * A zip of `entries` in the order given, each deflated and stamped with `date`. Same
 * entries and date, same bytes.
 */
export function writeZip(entries: [string, Uint8Array][], date: Date): Uint8Array {
  const { time, day } = dosDateTime(date);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.byteLength, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.byteLength, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
