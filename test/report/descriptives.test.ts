/**
 * descriptives report unit on six participants (age 30, 40, 35, 25, 45, 50: M = 37.5,
 * SD = √(437.5/5) = 9.35; control ages 25, 45, 50: SD = √175 = 13.23): the default
 * columns overall, chosen columns by group, and the mean (SD) sentences in both languages.
 */
import { describe, expect, it } from 'vitest';
import { descriptivesUnit } from '../../src/analysis/units/descriptives.ts';
import { descriptivesReport as unit } from '../../src/report/analyses/descriptives.ts';
import { cellsOf, prepare, studyYaml } from './helpers.ts';

const YAML = studyYaml(
  `  kelompok: { type: categorical, label: { id: Kelompok, en: Group }, levels: { a: { id: Intervensi, en: Intervention }, b: { id: Kontrol, en: Control } } }
  umur: { type: integer, label: { id: Umur, en: Age } }
  skor: { type: number, label: { id: Skor stres, en: Stress score } }`,
  `  - { id: d, type: descriptives, variables: [umur, skor] }
  - { id: dg, type: descriptives, variables: [umur, skor], by: kelompok, columns: [n, mean, sd, median] }`,
);
const CSV = 'kelompok,umur,skor\na,30,12\na,40,14\na,35,16\nb,25,20\nb,45,22\nb,50,24\n';
const prep = (id: string) => prepare(descriptivesUnit, YAML, CSV, id);

describe('overall, default columns', () => {
  const { a, spec, ctx } = prep('d');

  it('tabulates n, M, SD, min and max', () => {
    expect(cellsOf(unit.tables!(a, spec, ctx('en'))[0]!)).toEqual([
      ['Variable', 'n', 'M', 'SD', 'Min', 'Max'],
      ['Age', '6', '37.50', '9.35', '25', '50'],
      ['Stress score', '6', '18.00', '4.73', '12', '24'],
    ]);
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)).toEqual([
      ['Variabel', 'n', 'M', 'SD', 'Min', 'Maks'],
      ['Umur', '6', '37,50', '9,35', '25', '50'],
      ['Skor stres', '6', '18,00', '4,73', '12', '24'],
    ]);
  });

  it('states each mean (SD)', () => {
    expect(unit.results(a, spec, ctx('en'))).toBe(
      'The mean of age was M = 37.50 (SD = 9.35) and the mean of stress score was M = 18.00 (SD = 4.73) (:ref[d]). :figref[d] shows the distributions with the means and their 95% confidence intervals.\n\n::table[d]\n\n::figure[d]',
    );
    expect(unit.results(a, spec, ctx('id'))).toBe(
      'Rerata umur adalah M = 37,50 (SD = 9,35) dan rerata skor stres adalah M = 18,00 (SD = 4,73) (:ref[d]). :figref[d] menampilkan sebarannya beserta rerata dan interval kepercayaan 95%.\n\n::table[d]\n\n::figure[d]',
    );
  });
});

describe('by group, chosen columns', () => {
  const { a, spec, ctx } = prep('dg');

  it('puts each variable over its groups', () => {
    expect(cellsOf(unit.tables!(a, spec, ctx('en'))[0]!)).toEqual([
      ['Variable / Group', 'n', 'M', 'SD', 'Mdn'],
      ['Age'],
      ['Intervention', '3', '35.00', '5.00', '35.00'],
      ['Control', '3', '40.00', '13.23', '45.00'],
      ['Stress score'],
      ['Intervention', '3', '14.00', '2.00', '14.00'],
      ['Control', '3', '22.00', '2.00', '22.00'],
    ]);
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)[0]).toEqual(['Variabel / Kelompok', 'n', 'M', 'SD', 'Median']);
  });

  it('states the means within each group', () => {
    expect(unit.results(a, spec, ctx('en'))).toContain(
      'In the Intervention group, the mean of age was M = 35.00 (SD = 5.00) and the mean of stress score was M = 14.00 (SD = 2.00); in the Control group, the mean of age was M = 40.00 (SD = 13.23) and the mean of stress score was M = 22.00 (SD = 2.00) (:ref[dg]).',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Pada kelompok Intervensi, rerata umur adalah M = 35,00 (SD = 5,00) dan rerata skor stres adalah M = 14,00 (SD = 2,00); pada kelompok Kontrol, rerata umur adalah M = 40,00 (SD = 13,23)',
    );
  });
});
