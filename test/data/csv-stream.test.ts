/**
 * The CSV stream parser (issue 16): a file is parsed piece by piece, so the result must
 * not depend on where the pieces end; numbers kept only as numbers must give back the
 * file's text exactly; a file on disk is read in pieces, with the same messages as the
 * whole text (the first bad UTF-8 byte named even far into the file); and the memory
 * ceiling stops a table with a located error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CsvData, type CsvOptions, CsvReader, cellText, csvTableOf, parseCsv } from '../../src/data/csv.ts';
import { readCsvFile } from '../../src/data/formats/csv.ts';
import { formatDiagnostic, NaskahError } from '../../src/errors.ts';
import { CSV_LIMITS, formatBytes } from '../../src/limits.ts';
import { REPO } from '../helpers/tmp.ts';

function rowsOf(data: CsvData): string[][] {
  return Array.from({ length: data.nRows }, (_, r) => data.columns.map((c) => cellText(data, c, r)));
}

/** Reads `bytes` pushed in pieces of `size` bytes. */
function inPieces(bytes: Uint8Array, size: number, options: CsvOptions = {}): CsvData {
  const reader = new CsvReader(options);
  for (let k = 0; k < bytes.length; k += size) reader.push(bytes.subarray(k, k + size));
  return reader.end();
}

function failure(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(NaskahError);
    return formatDiagnostic((e as NaskahError).toDiagnostic());
  }
  throw new Error('expected an error');
}

const tricky =
  '\ufeffid,nama,skor\r\n1,"Sari, S.Pd.","12.30"\r\n2,"kata ""ya""\nbaris dua",007\r\n\r\n3,Pé 日本 😀,+5\r\n' +
  '4,x\ry,5.\r\n5,,.5\r\n6,a,-0\r\n7,b,0.0000001\r\n8,c,1e3\r\n9,d,-0.00\r\n10,e,12345678901234567890\r\n11,f,-12.5';

describe('CSV stream parser', () => {
  it('gives the same table wherever the pieces end', () => {
    const bytes = Buffer.from(tricky, 'utf8');
    const whole = parseCsv(tricky);
    for (const size of [1, 2, 3, 5, 7, 16, 64, bytes.length]) {
      const data = inPieces(bytes, size);
      expect(data.header, `pieces of ${size}`).toEqual(whole.header);
      expect(rowsOf(data), `pieces of ${size}`).toEqual(whole.rows);
      expect(Array.from(data.lines), `pieces of ${size}`).toEqual(whole.lines);
    }
  });

  it('gives back every cell exactly as written, numbers included', () => {
    const t = parseCsv(tricky);
    expect(t.rows.map((r) => r[2])).toEqual([
      '12.30',
      '007',
      '+5',
      '5.',
      '.5',
      '-0',
      '0.0000001',
      '1e3',
      '-0.00',
      '12345678901234567890',
      '-12.5',
    ]);
    expect(t.rows[1]![1]).toBe('kata "ya"\nbaris dua');
    expect(t.rows[2]![1]).toBe('Pé 日本 😀');
    expect(t.rows[3]![1]).toBe('x\ry');
    expect(t.lines).toEqual([2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const comma = parseCsv('id;x\n1;1,50\n2;-3,25\n3;0,5\n');
    expect(comma.rows).toEqual([
      ['1', '1,50'],
      ['2', '-3,25'],
      ['3', '0,5'],
    ]);
  });

  it('keeps plain numbers as numbers and only the other cells as text', () => {
    const reader = new CsvReader();
    reader.push(Buffer.from('a,b\n1.5,x\n-2,\n12.30,3\n'));
    const data = reader.end();
    expect(Array.from(data.columns[0]!.number)).toEqual([1.5, -2, 12.3]);
    expect(data.columns[0]!.text).toBeUndefined();
    expect(Array.from(data.columns[0]!.places!)).toEqual([0, 0, 2]);
    expect(data.columns[1]!.text![0]).toBe('x');
    expect(Number.isNaN(data.columns[1]!.number[1]!)).toBe(true);
    expect(data.columns[1]!.text![1]).toBeUndefined();
    expect(csvTableOf(data).rows).toEqual([
      ['1.5', 'x'],
      ['-2', ''],
      ['12.30', '3'],
    ]);
  });

  it('names an unclosed quote cut across pieces at its line and column', () => {
    const bytes = Buffer.from('a,b\n1,2\n3,"open\n4,5\n');
    for (const size of [1, 4, 100]) {
      expect(failure(() => inPieces(bytes, size, { file: 'd.csv' }))).toBe(
        'error[data/unterminated-quote] d.csv:3:3: a quoted value that starts at line 3, column 3 is never closed\n' +
          '  Add the closing double quote ("), or remove the opening one; a quote inside a quoted value is written twice ("").',
      );
    }
  });

  it('says an empty file is empty and a file of blank lines too', () => {
    expect(failure(() => parseCsv('', { file: 'd.csv' }))).toBe(
      'error[data/empty-file] d.csv: the data file is empty\n' +
        '  Put a header row with the column names on the first line, then one row per participant.',
    );
    expect(failure(() => parseCsv('\ufeff \r\n\t\n\n', { file: 'd.csv' }))).toMatch(/the data file is empty/);
    expect(failure(() => parseCsv('\t  ', { file: 'd.csv' }))).toMatch(/the data file is empty/);
    expect(failure(() => parseCsv(' \n1,2\n', { file: 'd.csv' }))).toMatch(
      /data\/empty-header.*column 1 of the header row has no name/,
    );
  });
});

describe('the ceiling', () => {
  it('stops at the cell that passes the number of cells, naming the row, line and limit', () => {
    const reader = new CsvReader({ file: 'data/big.csv' }, undefined, { cells: 6, textBytes: 1024 });
    expect(failure(() => reader.push(Buffer.from('a,b\n1,2\n3,4\n\n5,6\n7,8\n')))).toBe(
      'error[data/too-large] data/big.csv:6, row 5: "data/big.csv" has more cells than naskah holds in memory: row 5 (line 6) makes 4 rows × 2 columns, more than 6 cells\n' +
        '  Split the file, or delete the columns the study does not use; the limits are listed in docs/limits.md.',
    );
  });

  it('stops when the text cells pass the text limit, naming the row and column', () => {
    const reader = new CsvReader({ file: 'data/notes.csv' }, undefined, { cells: 1000, textBytes: 100 });
    const rows = Array.from({ length: 10 }, (_, i) => `${i + 1},jawaban panjang nomor ${i + 1}`).join('\n');
    expect(failure(() => reader.push(Buffer.from(`id,catatan\n${rows}\n`)))).toBe(
      'error[data/too-large] data/notes.csv:4, row 4, column "catatan": "data/notes.csv" has more text than naskah holds in memory: by row 4, column "catatan", its cells that are not numbers exceed 1 KB\n' +
        '  Split the file, or delete the text columns the study does not use (such as free-text answers); the limits are listed in docs/limits.md.',
    );
  });

  it('is the one docs/limits.md states', () => {
    const doc = readFileSync(join(REPO, 'docs', 'limits.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## What a CSV may hold in memory'));
    expect(section).toContain(`at most ${CSV_LIMITS.cells.toLocaleString('en')}`);
    expect(section).toContain(`at most ${formatBytes(CSV_LIMITS.textBytes)}`);
    expect(section).toContain(`more than ${CSV_LIMITS.cells.toLocaleString('en')} cells`);
  });

  it('keeps a label repeated in a column once, so category columns do not count against it', () => {
    const reader = new CsvReader({}, undefined, { cells: 100_000, textBytes: 200 });
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},${i % 2 ? 'Laki-laki' : 'Perempuan'}`).join('\n');
    reader.push(Buffer.from(`id,jk\n${rows}\n`));
    const data = reader.end();
    expect(data.nRows).toBe(5000);
    expect(data.columns[1]!.text![0]).toBe('Perempuan');
  });
});

describe('readCsvFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-csv-stream-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A file of about 6 MB: more than two pieces, with quoted line breaks across them. */
  function bigText(rows: number): string {
    const lines = ['id,kota,skor,catatan'];
    for (let i = 1; i <= rows; i++)
      lines.push(`${i},${i % 3 ? 'Bandung' : '"Depok, Jawa Barat"'},${(i % 997) / 4},${i % 5 ? '' : '"baris\nkedua"'}`);
    return `${lines.join('\n')}\n`;
  }

  it('reads a file of several pieces exactly as the whole text', () => {
    const text = bigText(200_000);
    const path = join(dir, 'big.csv');
    writeFileSync(path, text);
    const data = readCsvFile(path, { file: 'big.csv' });
    const whole = parseCsv(text);
    expect(data.nRows).toBe(200_000);
    // Compared as text: a deep comparison of 300,000 rows takes longer than the read.
    expect(JSON.stringify(Array.from(data.lines)) === JSON.stringify(whole.lines)).toBe(true);
    expect(JSON.stringify(rowsOf(data)) === JSON.stringify(whole.rows)).toBe(true);
    expect(rowsOf(data)[4]).toEqual(['5', 'Bandung', '1.25', 'baris\nkedua']);
  });

  it('names the first byte that is not UTF-8 far into the file, before a broken row', () => {
    const text = bigText(200_000);
    const path = join(dir, 'latin1.csv');
    const bad = Buffer.from(`${text}200001,Cr\u00e9teil,1,\n200002,x\n`, 'latin1');
    writeFileSync(path, bad);
    // 200,000 data rows, a fifth of them two lines long, after the header.
    expect(failure(() => readCsvFile(path, { file: 'latin1.csv' }))).toBe(
      'error[data/not-utf8] latin1.csv:240002:10, column "kota": latin1.csv is not UTF-8 text: the byte 0xE9 in line 240002, column "kota" is not valid UTF-8 (the file was most likely saved as Latin-1 / Windows-1252, "ANSI"; read that way the cell is "Créteil")\n' +
        '  Save the file as UTF-8 (Excel: File > Save As > "CSV UTF-8 (Comma delimited)"; LibreOffice: Character set "Unicode (UTF-8)").',
    );
  });

  it('reports a broken row after the pieces before it', () => {
    const text = `${bigText(200_000)}200001,x\n`;
    const path = join(dir, 'ragged.csv');
    writeFileSync(path, text);
    expect(failure(() => readCsvFile(path, { file: 'ragged.csv' }))).toBe(
      'error[data/ragged-row] ragged.csv:240002, row 200002: row 200002 has 2 cells but the header has 4 columns\n' +
        '  Fill the missing cells (leave a cell empty for a missing value, but keep its separator).',
    );
  });
});
