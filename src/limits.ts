/**
 * The largest file naskah reads, per kind of file: one place, documented in docs/limits.md.
 * Each is far above any real input (a 1,000,000-row CSV, a 200,000 × 50 spreadsheet, a
 * book-length manuscript) and far below what would exhaust memory, so that a wrong file
 * (a disk image, /dev/zero, a log) gives a clear error instead of a crash.
 */
import { createRequire } from 'node:module';

/** node:zlib, loaded by the first zip part or compressed block unpacked (most builds unpack none). */
const zlib = () => createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');

const MiB = 1024 * 1024;

export type FileKind =
  | 'study.yaml'
  | 'data'
  | 'spreadsheet'
  | 'manuscript'
  | 'references'
  | 'template'
  | 'csl'
  | 'reference-docx';

export const FILE_LIMITS: Record<FileKind, number> = {
  /** study.yaml: a few KB in practice. */
  'study.yaml': 1 * MiB,
  /** CSV/TSV and other text data, and .sav/.dta: a 1,000,000-row × 50-column CSV is about 150 MB. */
  data: 300 * MiB,
  /** .xlsx/.ods (compressed): a 200,000 × 50 sheet is about 60 MB. */
  spreadsheet: 200 * MiB,
  /** manuscript/<lang>.md: a book is about 1 MB. */
  manuscript: 20 * MiB,
  /** The BibTeX file: 10,000 entries are about 5 MB. */
  references: 20 * MiB,
  /** Each file of a page template (layout, style sheet). */
  template: 5 * MiB,
  /** A citation style (.csl). */
  csl: 2 * MiB,
  /** A Word reference document (.docx) for styles. */
  'reference-docx': 50 * MiB,
};

/**
 * Uncompressed size of all parts of a .docx or .xlsx that naskah reads, as the zip's
 * directory states them: a small file that would unpack to more (a zip bomb) stops here,
 * before anything is unpacked.
 */
export const UNZIPPED_LIMIT = 1024 * MiB;

/**
 * The XML parts (document, footnotes, headers…) of a .docx whose text naskah reads:
 * `naskah check`'s manuscript, and the Word outputs `diff` and `verify` compare. check's
 * Word reader (mammoth) needs about 90 MB of memory and 1.6 s per MB of XML (measured:
 * 20 MB took 1.8 GB and 32 s), so 16 MB — the XML of a book of about 1,000 pages — is
 * what it converts in well under a minute without exhausting memory.
 */
export const DOCX_XML_LIMIT = 16 * MiB;

/** A results.json given to `naskah diff` (asn-metro's is 17 KB). */
export const RESULTS_LIMIT = 100 * MiB;

/** A file given to `naskah check` (a PDF with many figures is the largest real one). */
export const CHECK_FILE_LIMIT = 300 * MiB;

/**
 * Unpacks one deflated zip part (or a zlib block of a compressed SPSS file, `zlib`) to at
 * most the size the file's directory states for it. A
 * part that would unpack to more lies about its size (the other zip-bomb trick: a small
 * stated size over a huge stream) and gives undefined, for the caller to call the file
 * damaged; memory never holds more than the stated sizes, which UNZIPPED_LIMIT bounds.
 */
export function inflateStated(
  data: Uint8Array,
  statedSize: number,
  format: 'raw' | 'zlib' = 'raw',
): Uint8Array | undefined {
  try {
    const { inflateRawSync, inflateSync } = zlib();
    return (format === 'raw' ? inflateRawSync : inflateSync)(data, {
      maxOutputLength: Math.max(1, statedSize),
      // One output chunk of the stated size: no concatenation of many small chunks.
      chunkSize: Math.max(64 * 1024, Math.min(statedSize + 1, 256 * MiB)),
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw err;
  }
}

/** Data files whose limit is the spreadsheet one. */
export function dataKind(file: string): FileKind {
  return /\.(xlsx|xlsm|ods)$/i.test(file) ? 'spreadsheet' : 'data';
}

/** `300 MB`, as the messages show a limit. */
export function formatBytes(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * What a CSV may hold once read (docs/limits.md). A CSV is read as a stream into columns:
 * 8 bytes per cell for its numbers, and the text of the cells that are not numbers.
 * 60,000,000 cells are 480 MB of numbers (a 1,000,000 × 60 or a 2,000,000 × 30 file); the
 * text ceiling counts each kept text's UTF-8 bytes plus 24 bytes of bookkeeping (a label
 * repeated in a column is kept once).
 */
export const CSV_LIMITS = {
  cells: 60_000_000,
  textBytes: 512 * MiB,
};
