/**
 * The largest file naskah reads, per kind of file: one place, documented in docs/limits.md.
 * Each is far above any real input (a 1,000,000-row CSV, a 200,000 × 50 spreadsheet, a
 * book-length manuscript) and far below what would exhaust memory, so that a wrong file
 * (a disk image, /dev/zero, a log) gives a clear error instead of a crash.
 */
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

/** Uncompressed size of all parts of a .docx or .xlsx read by naskah (a zip bomb stops here). */
export const UNZIPPED_LIMIT = 1024 * MiB;

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
