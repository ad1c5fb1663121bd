/**
 * contingency report unit on the oracle's or_small.csv (overtime × complaint: 14/4 and
 * 4/8; χ² = 30·(14·8 − 4·4)²/(18·12·18·12) = 5.93, V = √(5.93/30) = .44): one expected
 * count of four is below 5, so Fisher's exact test is read; row and column percentages.
 */
import { describe, expect, it } from 'vitest';
import { contingencyUnit } from '../../src/analysis/units/contingency.ts';
import { contingencyReport as unit } from '../../src/report/analyses/contingency.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

const YAML = studyYaml(
  `  lembur: { type: categorical, label: { id: Lembur, en: Overtime }, levels: { "0": { id: Tidak, en: No }, "1": { id: Ya, en: Yes } } }
  keluhan: { type: categorical, label: { id: Keluhan, en: Complaint }, levels: { "0": { id: Tidak, en: No }, "1": { id: Ada, en: Present } } }`,
  `  - { id: c, type: contingency, row: lembur, column: keluhan }
  - { id: f, type: contingency, row: lembur, column: keluhan, test: fisher, percent: column }`,
);
const prep = (id: string) => prepare(contingencyUnit, YAML, oracleCsv('or_small.csv'), id);

describe('automatic choice: Fisher’s exact test', () => {
  const { a, spec, ctx } = prep('c');

  it('tabulates counts with row percentages and totals', () => {
    const [t] = unit.tables!(a, spec, ctx('en'));
    expect(cellsOf(t!)).toEqual([
      ['Overtime', 'Complaint', 'Total'],
      ['No n (%)', 'Present n (%)'],
      ['No', '14 (77.8)', '4 (22.2)', '18'],
      ['Yes', '4 (33.3)', '8 (66.7)', '12'],
      ['Total', '18', '12', '30'],
    ]);
    expect(t!.notes).toEqual([
      'Percentages within rows.',
      'Fisher’s exact test, p = .024, V = .44; 25.0% of the expected counts were below 5.',
      'Yates-corrected χ²(1) = 4.22, p = .040.',
    ]);
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!).slice(2)).toEqual([
      ['Tidak', '14 (77,8)', '4 (22,2)', '18'],
      ['Ya', '4 (33,3)', '8 (66,7)', '12'],
      ['Jumlah', '18', '12', '30'],
    ]);
  });

  it('words the expected-count check, the association and the conclusion', () => {
    expect(unit.stat!(a, spec, ctx('en'))).toBe('Fisher’s exact test, p = .024, V = .44');
    expect(unit.results(a, spec, ctx('en'))).toBe(
      'Of the expected counts, 1 (25.0%) was below 5, more than 20%, so Fisher’s exact test was used. Overtime and complaint were significantly associated, Fisher’s exact test, p = .024, V = .44 (:ref[c]). :figref[c] shows the percentages.\n\n::table[c]\n\n::figure[c]',
    );
    expect(unit.results(a, spec, ctx('id'))).toBe(
      'Sebanyak 1 frekuensi harapan (25,0%) kurang dari 5, lebih dari 20%, sehingga digunakan uji eksak Fisher. Lembur dan keluhan berhubungan secara signifikan, uji eksak Fisher, p = 0,024; V = 0,44 (:ref[c]). :figref[c] menyajikan persentasenya.\n\n::table[c]\n\n::figure[c]',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe('Overtime was associated with complaint.');
    expect(unit.conclusion!(a, spec, ctx('id'))).toBe('Lembur berhubungan dengan keluhan.');
  });
});

describe('planned Fisher’s test with column percentages', () => {
  const { a, spec, ctx } = prep('f');

  it('percentages within columns, and the planned test in the methods', () => {
    const [t] = unit.tables!(a, spec, ctx('en'));
    expect(cellsOf(t!).slice(2, 4)).toEqual([
      ['No', '14 (77.8)', '4 (33.3)', '18'],
      ['Yes', '4 (22.2)', '8 (66.7)', '12'],
    ]);
    expect(t!.notes[0]).toBe('Percentages within columns.');
    expect(unit.tables!(a, spec, ctx('id'))[0]!.notes[0]).toBe('Persentase dalam kolom.');
    expect(unit.methods!(a, spec, ctx('id'))).toBe(
      'Hubungan antara lembur dan keluhan diuji dengan uji eksak Fisher [@fisher1922contingency] sesuai rencana; frekuensi harapan diperiksa.',
    );
  });
});
