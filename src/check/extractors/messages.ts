/**
 * Refusals of a file given to `naskah check` before its text is read: not a regular file,
 * larger than the limit, a Word file that would unpack too far or whose parts lie about
 * their size, a PDF without pages. English CLI output, as every error message of naskah
 * (docs/ARCHITECTURE.md, Conventions) — the findings of a check are worded in the
 * manuscript's language (src/check/messages.ts); named so tests can quote them.
 */
import { formatBytes } from '../../limits.ts';

export const readMessages = {
  notRegular: (path: string) => `cannot read ${path}: it is not a regular file (a device, pipe or socket)`,
  notRegularHint: 'Give the path of a saved manuscript file.',
  tooLarge: (size: number, limit: number) =>
    `the file is ${formatBytes(size)}, more than the ${formatBytes(limit)} naskah check reads`,
  tooLargeHint: 'Check that this is the manuscript; the limits are listed in docs/limits.md.',
  /** `what`: "parts" or "text (XML) parts". */
  wordTooLarge: (what: string, size: number, limit: number) =>
    `the Word file is too large to check: its ${what} would unpack to ${formatBytes(size)}, more than the ${formatBytes(limit)} naskah check reads from a Word file`,
  wordTooLargeHint: 'Save the manuscript as PDF or plain text (.txt) and check that, or check it chapter by chapter.',
  /** Why a file cannot be read as Word, after "cannot read <file> as Word: ". */
  wordNotZip: 'it is not a zip package, as every .docx is',
  wordPartOverStated: (part: string, stated: number) =>
    `the part ${part} does not unpack, or unpacks to more than the ${stated} bytes its zip directory states`,
  /** Why a file cannot be read as PDF, after "cannot read <file> as PDF: ". */
  pdfNoPages: 'it has no pages; export the manuscript to PDF again',
  pdfNoText: 'it has no text layer (a scanned document?); run OCR on it or check the original .docx or .txt',
};
