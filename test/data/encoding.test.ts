/**
 * Encodings (issue 16): a CSV that is not UTF-8 (Latin-1 / Windows-1252 from Excel's
 * "CSV (Comma delimited)") is one error naming the byte, its line and CSV column; UTF-16
 * is recognised and named; nothing is ever read as U+FFFD.
 */
import { describe, expect, it } from 'vitest';
import { decodeCsvText, firstInvalidUtf8 } from '../../src/data/formats/csv.ts';
import { readTable } from '../../src/data/formats/index.ts';
import { formatDiagnostic, NaskahError } from '../../src/errors.ts';

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

function failure(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(NaskahError);
    return formatDiagnostic((e as NaskahError).toDiagnostic());
  }
  throw new Error('expected an error');
}

describe('firstInvalidUtf8', () => {
  it('finds the first byte outside a well-formed sequence', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('Pé, 日本, 😀'))).toBe(17); // all valid: the length
    expect(firstInvalidUtf8(latin1('abc\u00e9'))).toBe(3);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xe2, 0x82]))).toBe(0); // cut short
  });
});

describe('decodeCsvText', () => {
  it('reads UTF-8 as is', () => {
    expect(decodeCsvText(new TextEncoder().encode('id,nama\n1,Pé\n'), 'd.csv')).toBe('id,nama\n1,Pé\n');
  });
  it('names the byte, line and column of Latin-1 data and shows the cell read as Windows-1252', () => {
    const m = failure(() => decodeCsvText(latin1('id,kota,usia\n1,Bandung,30\n2,"Cr\u00e9teil",40\n'), 'd.csv'));
    expect(m).toBe(
      'error[data/not-utf8] d.csv:3:6, column "kota": d.csv is not UTF-8 text: the byte 0xE9 in line 3, column "kota" is not valid UTF-8 (the file was most likely saved as Latin-1 / Windows-1252, "ANSI"; read that way the cell is ""Créteil"")\n' +
        '  Save the file as UTF-8 (Excel: File > Save As > "CSV UTF-8 (Comma delimited)"; LibreOffice: Character set "Unicode (UTF-8)").',
    );
    expect(m).not.toMatch(/\uFFFD/);
  });
  it('uses the semicolon separator of the header to find the column', () => {
    expect(failure(() => decodeCsvText(latin1('id;kota\n1;Depok\n2;S\u00e3o\n'), 'd.csv'))).toMatch(
      /byte 0xE3 in line 3, column "kota"/,
    );
  });
  it('names the header row when the bad byte is there', () => {
    expect(failure(() => decodeCsvText(latin1('id,r\u00e9sultat\n1,2\n'), 'd.csv'))).toMatch(
      /byte 0xE9 in the header row \(line 1\) is not valid UTF-8/,
    );
  });
  it('shows control bytes of the cell escaped', () => {
    const m = failure(() => decodeCsvText(latin1('id,k\n1,\u001b[2J\u00e9\n'), 'd.csv'));
    expect(m).toMatch(/\\x1b\[2Jé/);
    expect(m).not.toMatch(/\u001b/);
  });
});

describe('UTF-16', () => {
  it('with a byte-order mark is named, with the way to save UTF-8', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('id,x\r\n1,2\r\n', 'utf16le')]);
    expect(failure(() => readTable(bytes, { file: 'd.csv' }))).toMatch(
      /data\/unknown-format.*it looks like UTF-16 text\n {2}Save the CSV as UTF-8/,
    );
  });
});
