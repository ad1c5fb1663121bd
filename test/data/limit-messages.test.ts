/**
 * What the data readers say beyond their limits (src/data/messages.ts), word for word;
 * test/data/csv-stream.test.ts shows them in a build's output, with location and hint.
 */
import { describe, expect, it } from 'vitest';
import { limitMessages as M } from '../../src/data/messages.ts';

const MiB = 1024 * 1024;

describe('data limit messages', () => {
  it('word a CSV beyond its cells or text', () => {
    expect(M.csvTooManyCells('data/big.csv', 60_000_002, 60_000_003, 60_000_001, 1, 60_000_000)).toBe(
      '"data/big.csv" has more cells than naskah holds in memory: row 60000002 (line 60000003) makes 60,000,001 rows × 1 columns, more than 60,000,000 cells',
    );
    expect(M.csvTooManyCells(undefined, 5, 6, 4, 2, 6)).toBe(
      'the data file has more cells than naskah holds in memory: row 5 (line 6) makes 4 rows × 2 columns, more than 6 cells',
    );
    expect(M.csvTooMuchText('data/notes.csv', 4, 'catatan', 512 * MiB)).toBe(
      '"data/notes.csv" has more text than naskah holds in memory: by row 4, column "catatan", its cells that are not numbers exceed 512 MB',
    );
    expect(M.csvTooManyCellsHint).toBe(
      'Split the file, or delete the columns the study does not use; the limits are listed in docs/limits.md.',
    );
  });

  it('word a workbook or compressed SPSS file that would unpack too far', () => {
    expect(M.xlsxTooLarge('data/bomb.xlsx', 4096 * MiB, 1024 * MiB)).toBe(
      'the Excel file data/bomb.xlsx would unpack to 4096 MB, more than the 1024 MB naskah unpacks from a workbook',
    );
    expect(M.xlsxPartOverStated('xl/worksheets/sheet1.xml', 1200)).toBe(
      'the part xl/worksheets/sheet1.xml unpacks to more than the 1200 bytes its zip directory states',
    );
    expect(M.savTooLarge('data/pss.zsav', 2048 * MiB, 1024 * MiB)).toBe(
      'the SPSS file data/pss.zsav would unpack to 2048 MB, more than the 1024 MB naskah unpacks from a compressed file',
    );
    expect(M.savBlockOverStated(3, 4096)).toBe('compressed block 3 unpacks to more than the 4096 bytes stated for it');
    expect(M.savTooLargeHint).toBe('Check that this is the right file, or save it uncompressed (.sav) or as CSV.');
  });
});
