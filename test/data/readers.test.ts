/**
 * The readers on their own: SPSS files written by PSPP (compressed, uncompressed, ZSAV)
 * and by R's haven, the Excel and Stata files of the example studies, recognition by
 * content, and how the data stage uses the files' metadata (value labels, variable labels,
 * user-missing values).
 */
import { STUDY_REGISTRIES } from '../../src/build/registries.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/data/read.ts';
import { describeBytes, detectFormat, readTable, type RawTable } from '../../src/data/formats/index.ts';
import { excelDate } from '../../src/data/formats/xlsx.ts';
import { NaskahError } from '../../src/errors.ts';
import { validateStudy } from '../../src/study/load.ts';
import { REPO } from '../helpers/tmp.ts';

const FIXTURES = join(REPO, 'test', 'fixtures', 'data');
const bytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const table = (name: string, options: { sheet?: string | number; header?: number } = {}) =>
  readTable(bytes(name), { file: name, ...options });
const column = (t: RawTable, name: string) => t.columns.find((c) => c.name === name)!;
const values = (t: RawTable, name: string) => Array.from(column(t, name).values.data as ArrayLike<unknown>);

describe('SPSS .sav', () => {
  // pspp.sps: 5 cases; id user-missing 5; skor 6 THRU 8 missing; kelompok labelled; catatan A400.
  for (const file of ['pspp-compressed.sav', 'pspp-uncompressed.sav', 'pspp.zsav']) {
    it(`reads ${file} with long names, labels, missing values and very long strings`, () => {
      const t = table(file);
      expect(t.format).toBe('sav');
      expect(t.nRows).toBe(5);
      expect(t.columns.map((c) => c.name)).toEqual(['id', 'skor_panjang_sekali', 'kelompok', 'catatan']);
      expect(values(t, 'id')).toEqual([1, 2, 3, 4, 5]);
      expect(values(t, 'skor_panjang_sekali')).toEqual([1.5, 3, 4.5, 6, 7.5]);
      expect(values(t, 'kelompok')).toEqual(['AB', 'cde', 'AB', 'cde', 'AB']);
      expect((values(t, 'catatan') as string[]).map((s) => [s.length, /^y+$/.test(s)])).toEqual(
        [270, 290, 310, 330, 350].map((n) => [n, true]),
      );
      expect(column(t, 'skor_panjang_sekali').label).toBe('Skor dengan nama panjang');
      expect(column(t, 'kelompok').valueLabels).toEqual(
        new Map([
          ['AB', 'Grup AB'],
          ['cde', 'Grup CDE'],
        ]),
      );
      expect(column(t, 'id').valueLabels).toEqual(
        new Map([
          ['1', 'satu'],
          ['2', 'dua'],
        ]),
      );
      expect(column(t, 'id').missing).toEqual({ values: new Set(['5']), ranges: [] });
      expect(column(t, 'skor_panjang_sekali').missing).toEqual({ values: new Set(), ranges: [[6, 8]] });
    });
  }

  it('reads the haven-written pss.sav: 96 cases, sex as labelled codes, items with answer labels', () => {
    const t = table('pss.sav');
    expect([t.nRows, t.columns.length]).toEqual([96, 23]);
    expect(column(t, 'jenis_kelamin').valueLabels).toEqual(
      new Map([
        ['1', 'Laki-laki'],
        ['2', 'Perempuan'],
      ]),
    );
    expect(column(t, 'pss_pre_1').label).toBe('PSS sebelum butir 1: Merasa kecewa karena sesuatu yang tak terduga');
    expect(column(t, 'pss_pre_1').valueLabels?.get('4')).toBe('Sangat sering');
    // The same numbers as pss.csv, column by column.
    const csv = table('pss.csv');
    for (const c of csv.columns) {
      if (c.name === 'jenis_kelamin') continue;
      expect(values(t, c.name), c.name).toEqual((c.values.data as string[]).map(Number));
    }
    expect(values(t, 'jenis_kelamin').map((v) => (v === 1 ? 'L' : 'P'))).toEqual(values(csv, 'jenis_kelamin'));
  });

  it('uses the file metadata: user-missing values and ranges, value labels as levels, variable labels', () => {
    const yaml = `id: t
title: T
authors: [{ name: A }]
design: cross-sectional
data: { file: d.sav }
variables:
  id: { type: integer }
  skor_panjang_sekali: { type: number }
  kelompok: { type: categorical }
`;
    const files = {
      readText: (p: string) => (p === '/s/study.yaml' ? yaml : p === '/s/d.sav' ? '' : undefined),
      readBytes: (p: string) => (p === '/s/d.sav' ? bytes('pspp-compressed.sav') : undefined),
      isDirectory: (p: string) => p === '/s',
    };
    const v = validateStudy('/s', { cwd: '/', files, registries: STUDY_REGISTRIES });
    expect(v.errors).toEqual([]);
    const data = readDataset(v.study!, files);
    expect(data.variables.get('id')!.values).toEqual([1, 2, 3, 4, null]);
    expect(data.variables.get('skor_panjang_sekali')!.values).toEqual([1.5, 3, 4.5, null, null]);
    expect(data.variables.get('skor_panjang_sekali')!.label).toEqual({
      id: 'Skor dengan nama panjang',
      en: 'Skor dengan nama panjang',
    });
    const kelompok = data.variables.get('kelompok');
    expect(kelompok).toMatchObject({
      kind: 'categorical',
      levels: [
        { code: 'AB', label: { id: 'Grup AB', en: 'Grup AB' } },
        { code: 'cde', label: { id: 'Grup CDE', en: 'Grup CDE' } },
      ],
      reference: 'AB',
    });
  });
});

describe('Excel .xlsx', () => {
  it('reads the data sheet of pss.xlsx as pss.csv has it', () => {
    const t = table('pss.xlsx');
    const csv = table('pss.csv');
    expect(t.columns.map((c) => c.name)).toEqual(csv.columns.map((c) => c.name));
    for (const c of csv.columns) {
      const want = c.name === 'jenis_kelamin' ? c.values.data : (c.values.data as string[]).map(Number);
      expect(values(t, c.name), c.name).toEqual(want);
    }
  });

  it('reads a sheet by name or number, case-insensitively by name', () => {
    expect(table('pss.xlsx', { sheet: 'keterangan' }).columns.map((c) => c.name)).toEqual(['kolom', 'keterangan']);
    expect(table('pss.xlsx', { sheet: 2 }).nRows).toBe(5);
    expect(table('responden.xlsx', { sheet: 'data responden', header: 3 }).nRows).toBe(96);
  });

  it('takes the header from the row given, numbers stored as text stay text for the data stage, dates become ISO dates', () => {
    const t = table('responden.xlsx', { sheet: 'Data Responden', header: 3 });
    expect(t.columns.map((c) => c.name).slice(0, 3)).toEqual(['id', 'jenis_kelamin', 'usia']);
    expect(values(t, 'usia').slice(0, 3)).toEqual(['39', '52', '58']);
    expect(values(t, 'tanggal').slice(0, 2)).toEqual(['2024-01-01', '2024-01-02']);
    expect(values(t, 'tanggal').at(-1)).toBe('2024-04-05');
    expect(t.rowNumbers.slice(0, 2)).toEqual([4, 5]);
    expect(t.locate(10, 'pss_pre_1')).toMatchObject({ row: 14, path: "'Data Responden'!D14" });
  });

  it('reads a workbook whose tags carry a namespace prefix (x:row, x:c, rich-text x:si), as the OpenXML SDK writes', () => {
    const t = table('prefixed.xlsx');
    const csv = table('pss.csv');
    expect(t.columns.map((c) => c.name)).toEqual(csv.columns.map((c) => c.name));
    expect(t.nRows).toBe(10);
    for (const c of csv.columns) {
      const want = (c.values.data as string[]).slice(0, 10);
      expect(values(t, c.name).map(String), c.name).toEqual(want);
    }
  });

  it('converts Excel serial dates, with the 1900 leap-year quirk and the 1904 system', () => {
    expect(excelDate(1, false)).toBe('1900-01-01');
    expect(excelDate(59, false)).toBe('1900-02-28');
    expect(excelDate(61, false)).toBe('1900-03-01');
    expect(excelDate(45292, false)).toBe('2024-01-01');
    expect(excelDate(45292.5, false)).toBe('2024-01-01 12:00:00');
    expect(excelDate(0, true)).toBe('1904-01-01');
  });
});

describe('Stata .dta', () => {
  it('reads stres_kerja.dta (format 118): codes with value labels, numbers as in the CSV', () => {
    const t = table('stres_kerja.dta');
    const csv = table('stres_kerja.csv');
    expect([t.format, t.nRows, t.columns.length]).toEqual(['dta', 135, 63]);
    expect(t.columns.map((c) => c.name)).toEqual(csv.columns.map((c) => c.name));
    for (const c of csv.columns) {
      const labels = column(t, c.name).valueLabels;
      const got = values(t, c.name).map((v) => (labels ? (labels.get(String(v)) ?? v) : v));
      const want = (c.values.data as (string | null)[]).map((s) => (s === null ? Number.NaN : labels ? s : Number(s)));
      expect(got, c.name).toEqual(want);
    }
    // Codes 1…k in alphabetical order of the text.
    expect(column(t, 'masa_kerja').valueLabels).toEqual(
      new Map([
        ['1', '0-5'],
        ['2', '11-15'],
        ['3', '16-23'],
        ['4', '6-10'],
      ]),
    );
  });
});

describe('recognition by content', () => {
  it('reads each format whatever the file is called', () => {
    expect(detectFormat(bytes('pss.sav'), 'x.csv').id).toBe('sav');
    expect(detectFormat(bytes('pss.xlsx'), 'x.dat').id).toBe('xlsx');
    expect(detectFormat(bytes('stres_kerja.dta'), 'x').id).toBe('dta');
    expect(detectFormat(bytes('pss.csv'), 'x.sav').id).toBe('csv');
  });

  it('names what an unreadable file looks like', () => {
    const what = (b: number[] | string) =>
      describeBytes(typeof b === 'string' ? new TextEncoder().encode(b) : Uint8Array.from(b)).what;
    expect(what('%PDF-1.4')).toBe('a PDF document');
    expect(what([0xff, 0xfe, 0x69, 0x00])).toBe('UTF-16 text');
    expect(what([0x1f, 0x8b, 8, 0])).toBe('a gzip-compressed file');
    expect(what([])).toBe('an empty file (0 bytes)');
    expect(describeBytes(bytes('pss-encrypted.xlsx')).what).toBe('a password-protected (encrypted) Excel workbook');
    try {
      detectFormat(Uint8Array.from([0xff, 0xfe, 0x69, 0x00]), 'data.csv');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NaskahError);
      expect((e as NaskahError).message).toBe('data.csv is not a data file naskah reads: it looks like UTF-16 text');
      expect((e as NaskahError).hint).toMatch(/CSV UTF-8/);
    }
  });
});
