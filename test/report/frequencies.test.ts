/**
 * frequencies report unit on six participants (3 men, 3 women; by group 1/2 and 2/1):
 * counts and percentages overall and within groups, a numeric variable tabulated by value
 * with its mean (SD) and range in the sentence, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { frequenciesUnit } from '../../src/analysis/units/frequencies.ts';
import { frequenciesReport as unit } from '../../src/report/analyses/frequencies.ts';
import { cellsOf, prepare, studyYaml } from './helpers.ts';

const YAML = studyYaml(
  `  kelompok: { type: categorical, label: { id: Kelompok, en: Group }, levels: { a: { id: Intervensi, en: Intervention }, b: { id: Kontrol, en: Control } } }
  jk: { type: categorical, label: { id: Jenis kelamin, en: Sex }, levels: { L: { id: Laki-laki, en: Male }, P: { id: Perempuan, en: Female } } }
  umur: { type: integer, label: { id: Umur, en: Age } }`,
  `  - { id: f, type: frequencies, variables: [jk] }
  - { id: fg, type: frequencies, variables: [jk, umur], by: kelompok }`,
);
const CSV = 'kelompok,jk,umur\na,L,30\na,P,40\na,P,35\nb,L,25\nb,L,45\nb,P,50\n';
const prep = (id: string) => prepare(frequenciesUnit, YAML, CSV, id);

describe('one variable overall', () => {
  const { a, spec, ctx } = prep('f');

  it('tabulates each category with n and %', () => {
    const [en] = unit.tables!(a, spec, ctx('en'));
    expect(en!.caption).toBe('Distribution of sex');
    expect(cellsOf(en!)).toEqual([
      ['Characteristic', 'Category', 'n', '%'],
      ['Sex', 'Male', '3', '50.0'],
      ['', 'Female', '3', '50.0'],
    ]);
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)[2]).toEqual(['', 'Perempuan', '3', '50,0']);
  });

  it('states the counts', () => {
    expect(unit.results(a, spec, ctx('en'))).toContain(
      ':ref[f] shows the distribution of sex. Sex: 3 (50.0%) Male and 3 (50.0%) Female.',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      ':ref[f] menyajikan distribusi jenis kelamin. Jenis kelamin: 3 (50,0%) Laki-laki dan 3 (50,0%) Perempuan.',
    );
  });
});

describe('by group, with a numeric variable', () => {
  const { a, spec, ctx } = prep('fg');

  it('has n and % per group and in total', () => {
    const rows = cellsOf(unit.tables!(a, spec, ctx('en'))[0]!);
    expect(rows.slice(0, 5)).toEqual([
      ['Characteristic', 'Intervention', 'Control', 'Total'],
      ['n', '%', 'n', '%', 'n', '%'],
      ['Sex'],
      ['Male', '1', '33.3', '2', '66.7', '3', '50.0'],
      ['Female', '2', '66.7', '1', '33.3', '3', '50.0'],
    ]);
    expect(rows[6]).toEqual(['25', '0', '0.0', '1', '33.3', '1', '16.7']);
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)[3]).toEqual([
      'Laki-laki',
      '1',
      '33,3',
      '2',
      '66,7',
      '3',
      '50,0',
    ]);
  });

  it('words each group, with the mean (SD) and range of the numeric variable', () => {
    expect(unit.results(a, spec, ctx('en'))).toContain(
      'Sex: Intervention group 1 (33.3%) Male and 2 (66.7%) Female; Control group 2 (66.7%) Male and 1 (33.3%) Female. Age: Intervention group M = 35.00 (SD = 5.00), range 30–40; Control group M = 40.00 (SD = 13.23), range 25–50.',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Umur: kelompok Intervensi M = 35,00 (SD = 5,00), rentang 30–40; kelompok Kontrol M = 40,00 (SD = 13,23), rentang 25–50.',
    );
  });
});
