/**
 * Small zip files that unpack to hundreds of MB, made without ever holding the unpacked
 * bytes: one chunk is deflated once (ending on a byte boundary, SYNC_FLUSH), and the same
 * compressed block is repeated — a deflate stream whose back-references stay inside the
 * chunk may be repeated as often as wanted — then closed with an empty final block.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface BombPart {
  name: string;
  /** Text before and after the repeated chunk (e.g. the XML's opening and closing). */
  head?: string;
  tail?: string;
  chunk?: string;
  /** How many times the chunk repeats. */
  times?: number;
  /** The size the zip directory states; by default the true size. */
  statedSize?: number;
}

const sync = (s: string) => deflateRawSync(Buffer.from(s), { finishFlush: constants.Z_SYNC_FLUSH });

/** The zip (entries stored as given, deflated) of the parts. */
export function bombZip(parts: BombPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const head = Buffer.from(p.head ?? '');
    const tail = Buffer.from(p.tail ?? '');
    const chunk = Buffer.from(p.chunk ?? '');
    const times = p.chunk ? (p.times ?? 1) : 0;
    const packedChunk = sync(p.chunk ?? '');
    const packed = Buffer.concat([
      sync(p.head ?? ''),
      ...Array.from({ length: times }, () => packedChunk),
      sync(p.tail ?? ''),
      Buffer.from([0x03, 0x00]),
    ]);
    let crc = crc32(head);
    for (let i = 0; i < times; i++) crc = crc32(chunk, crc);
    crc = crc32(tail, crc);
    const size = head.length + times * chunk.length + tail.length;
    const stated = p.statedSize ?? size;
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(Math.min(stated, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(Math.min(stated, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MiB = 1024 * 1024;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const PARAGRAPH = '<w:p><w:r><w:t>The difference was significant, t(48) = 2.31, p = .025.</w:t></w:r></w:p>';
/** One MiB of Word paragraphs (whole paragraphs, so the repeats stay well-formed XML). */
const PARAGRAPHS = PARAGRAPH.repeat(Math.floor(MiB / PARAGRAPH.length));

const DOCX_FRAME: BombPart[] = [
  {
    name: '[Content_Types].xml',
    head: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  },
  {
    name: '_rels/.rels',
    head: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  },
  { name: 'word/styles.xml', head: `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}></w:styles>` },
];

/** A Word document whose body is `mib` MiB of paragraphs; `statedSize` makes its directory lie. */
export function wordBomb(mib: number, statedSize?: number): Buffer {
  return bombZip([
    ...DOCX_FRAME,
    {
      name: 'word/document.xml',
      head: `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`,
      chunk: PARAGRAPHS,
      times: mib,
      tail: '</w:body></w:document>',
      statedSize,
    },
  ]);
}

/** An Excel workbook whose one sheet is `mib` MiB of rows; `statedSize` makes its directory lie. */
export function excelBomb(mib: number, statedSize?: number): Buffer {
  const row = '<row><c t="n"><v>1</v></c></row>';
  return bombZip([
    {
      name: 'xl/workbook.xml',
      head: '<?xml version="1.0"?><workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      head: '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      head: '<?xml version="1.0"?><worksheet><sheetData>',
      chunk: row.repeat(Math.floor(MiB / row.length)),
      times: mib,
      tail: '</sheetData></worksheet>',
      statedSize,
    },
  ]);
}
