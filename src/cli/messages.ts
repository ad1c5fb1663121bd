/**
 * Refusals of the data file given to `naskah import` before it is read (src/cli/commands/
 * import.ts): a folder, a FIFO or device, a file beyond the data limit. English CLI
 * output, as every error message of naskah (docs/ARCHITECTURE.md, Conventions); named so
 * tests can quote them.
 */
import { formatBytes } from '../limits.ts';

export const importMessages = {
  folder: (file: string) => `"${file}" is a folder, not a data file`,
  folderHint: 'Give the path of a CSV, .sav, .xlsx or .dta file.',
  notRegular: (file: string) => `"${file}" is not a regular file (a device, pipe or socket)`,
  notRegularHint: 'Give the path of a CSV, .sav, .xlsx or .dta file saved on disk.',
  tooLarge: (file: string, size: number, limit: number) =>
    `"${file}" is ${formatBytes(size)}, more than the ${formatBytes(limit)} naskah reads for a data file`,
  tooLargeHint: 'Check that this is the right file; the limits are listed in docs/limits.md.',
};
