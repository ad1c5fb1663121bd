/**
 * group-comparison report unit on the oracle's small_two_groups.csv (t = −4.166, Hedges'
 * g = −2.251, Mann–Whitney U = 1 with exact p = .00505 — reported instead of the
 * asymptotic .0074): the test table with Levene, Student and Welch rows, the checks and
 * the choice of test, and the conclusion, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { groupComparisonUnit } from '../../src/analysis/units/group-comparison.ts';
import { groupComparisonReport as unit } from '../../src/report/analyses/group-comparison.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

const YAML = studyYaml(
  `  kelompok: { type: categorical, label: { id: Kelompok, en: Group }, levels: { intervensi: { id: Intervensi, en: Intervention }, kontrol: { id: Kontrol, en: Control } } }
  skor: { type: number, label: { id: Skor stres, en: Stress score } }`,
  `  - { id: auto, type: group-comparison, value: skor, group: kelompok, hypothesis: { direction: decrease } }
  - { id: t, type: group-comparison, value: skor, group: kelompok, test: independent-t }
  - { id: m, type: group-comparison, value: skor, group: kelompok, test: mann-whitney }`,
);
const prep = (id: string) => prepare(groupComparisonUnit, YAML, oracleCsv('small_two_groups.csv'), id);

describe('automatic choice: Student’s t-test', () => {
  const { a, spec, ctx } = prep('auto');

  it('tabulates Levene’s test and the t-test read', () => {
    const [t] = unit.tables!(a, spec, ctx('en'));
    expect(cellsOf(t!)).toEqual([
      ['Test', 'Statistic', 'df', 'p', 'Mean difference [95% CI]', 'Effect size'],
      ['Levene’s test', 'F = 0.16', '1, 10', '.696', '—', '—'],
      ['Student’s t-test', 't = −4.17', '10', '.002', '−6.06 [−9.30, −2.82]', 'd = −2.44, g = −2.25'],
    ]);
    expect(t!.notes[0]).toBe('Intervention: n = 5, M = 20.30, SD = 2.25; Control: n = 7, M = 26.36, SD = 2.63.');
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)[2]).toEqual([
      'Uji t Student',
      't = −4,17',
      '10',
      '0,002',
      '−6,06 [−9,30; −2,82]',
      'd = −2,44; g = −2,25',
    ]);
  });

  it('words the checks, the choice, the result and the conclusion', () => {
    expect(unit.results(a, spec, ctx('en'))).toBe(
      'The Shapiro–Wilk test did not reject normality in either group (Intervention: W = 0.98, p = .957; Control: W = 0.99, p = .998), and Levene’s test did not reject equal variances, F(1, 10) = 0.16, p = .696. The independent-samples t-test was therefore used, in Student’s version (equal variances). The stress score was significantly lower in the Intervention group (M = 20.30, SD = 2.25) than in the Control group (M = 26.36, SD = 2.63), t(10) = −4.17, p = .002, d = −2.44; the mean difference was −6.06 points, 95% CI [−9.30, −2.82]. :ref[auto] lists the tests. :figref[auto] shows the distribution in each group with the means and their 95% confidence intervals.\n\n::table[auto]\n\n::figure[auto]',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Karena itu digunakan uji t sampel independen versi Student (varians sama). Skor stres pada kelompok Intervensi (M = 20,30; SD = 2,25) secara signifikan lebih rendah daripada kelompok Kontrol (M = 26,36; SD = 2,63), t(10) = −4,17; p = 0,002; d = −2,44; selisih rerata −6,06 poin, IK 95% [−9,30; −2,82].',
    );
    expect(unit.stat!(a, spec, ctx('id'))).toBe('t(10) = −4,17; p = 0,002; d = −2,44');
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe(
      'The stress score was significantly lower in the Intervention group than in the Control group, as hypothesised.',
    );
    expect(unit.abstract!(a, spec, ctx('id'))).toBe(
      'Skor stres pada kelompok Intervensi secara signifikan lebih rendah daripada kelompok Kontrol (t(10) = −4,17; p = 0,002; d = −2,44).',
    );
  });
});

describe('planned t-test', () => {
  const { a, spec, ctx } = prep('t');

  it('keeps both Student and Welch rows and says which is read', () => {
    const [t] = unit.tables!(a, spec, ctx('en'));
    expect(cellsOf(t!)[3]).toEqual(['Welch’s t-test', 't = −4.28', '9.54', '.002', '−6.06 [−9.23, −2.89]', '—']);
    expect(t!.notes).toContain(
      'Levene’s test (centred on the mean) did not reject equal variances, so the Student row is read.',
    );
  });
});

describe('planned Mann–Whitney test', () => {
  const { a, spec, ctx } = prep('m');

  it('reports the exact p and r = |Z|/√N', () => {
    expect(cellsOf(unit.tables!(a, spec, ctx('en'))[0]!)[1]).toEqual([
      'Mann–Whitney U test',
      'U = 1.00, Z = −2.68',
      '—',
      '.005',
      '—',
      'r = .77',
    ]);
    expect(unit.stat!(a, spec, ctx('en'))).toBe('U = 1.00, Z = −2.68, p = .005, r = .77');
    expect(unit.stat!(a, spec, ctx('id'))).toBe('U = 1,00; Z = −2,68; p = 0,005; r = 0,77');
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Uji Mann–Whitney U sesuai rencana dilaporkan. Skor stres pada kelompok Intervensi (Median = 20,50) secara signifikan lebih rendah daripada kelompok Kontrol (Median = 26,00), U = 1,00; Z = −2,68; p = 0,005; r = 0,77.',
    );
  });
});
