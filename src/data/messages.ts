/**
 * What the data readers say when a file goes beyond what naskah holds or unpacks
 * (src/limits.ts, docs/limits.md): a CSV with too many cells or too much text, a workbook
 * or compressed SPSS file that would unpack past the limit, a zip part or block larger
 * than it states. English CLI output, as every error message of naskah
 * (docs/ARCHITECTURE.md, Conventions); named so tests can quote them.
 */
import { formatBytes } from '../limits.ts';

/** `"data/pss.csv"`, or "the data file" for text without a file name. */
const fileOrData = (file: string | undefined) => (file ? `"${file}"` : 'the data file');

export const limitMessages = {
  // CSV (src/data/csv.ts): row and column as a spreadsheet shows them, counts in English digits.
  csvTooManyCells: (
    file: string | undefined,
    row: number,
    line: number,
    rows: number,
    columns: number,
    limit: number,
  ) =>
    `${fileOrData(file)} has more cells than naskah holds in memory: row ${row} (line ${line}) makes ${rows.toLocaleString('en')} rows × ${columns} columns, more than ${limit.toLocaleString('en')} cells`,
  csvTooManyCellsHint:
    'Split the file, or delete the columns the study does not use; the limits are listed in docs/limits.md.',
  csvTooMuchText: (file: string | undefined, row: number, column: string, limit: number) =>
    `${fileOrData(file)} has more text than naskah holds in memory: by row ${row}, column "${column}", its cells that are not numbers exceed ${formatBytes(limit)}`,
  csvTooMuchTextHint:
    'Split the file, or delete the text columns the study does not use (such as free-text answers); the limits are listed in docs/limits.md.',

  // Excel (src/data/formats/xlsx.ts).
  xlsxTooLarge: (file: string, size: number, limit: number) =>
    `the Excel file ${file} would unpack to ${formatBytes(size)}, more than the ${formatBytes(limit)} naskah unpacks from a workbook`,
  xlsxTooLargeHint:
    'A real sheet, even 200,000 rows × 50 columns, unpacks to a few hundred MB; check that this is the right file, or save the sheet as CSV.',
  /** What is damaged, after "the Excel file … is damaged or incomplete: ". */
  xlsxPartOverStated: (part: string, stated: number) =>
    `the part ${part} unpacks to more than the ${stated} bytes its zip directory states`,

  // SPSS (src/data/formats/sav.ts).
  savTooLarge: (file: string, size: number, limit: number) =>
    `the SPSS file ${file} would unpack to ${formatBytes(size)}, more than the ${formatBytes(limit)} naskah unpacks from a compressed file`,
  savTooLargeHint: 'Check that this is the right file, or save it uncompressed (.sav) or as CSV.',
  /** What is damaged, after "the SPSS file … is damaged: ". */
  savBlockOverStated: (block: number, stated: number) =>
    `compressed block ${block} unpacks to more than the ${stated} bytes stated for it`,
};
