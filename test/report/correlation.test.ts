/**
 * correlation report unit on the oracle's pss_training.csv (pearson_01: r = .1927,
 * p = .2336, CI lower −0.126; spearman_01: ρ = .1082): a single pair with Spearman as the
 * sensitivity analysis of a planned Pearson (normality of age is rejected), and a table of
 * three pairs, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { correlationUnit } from '../../src/analysis/units/correlation.ts';
import { correlationReport as unit } from '../../src/report/analyses/correlation.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

const YAML = studyYaml(
  `  usia: { type: number, label: { id: Usia, en: Age } }
  pss_pre: { type: number, label: { id: Stres, en: Stress } }
  pss_post: { type: number, label: { id: Stres akhir, en: Final stress } }`,
  `  - { id: p, type: correlation, variables: [usia, pss_pre], method: pearson }
  - { id: s, type: correlation, variables: [usia, pss_pre, pss_post], method: spearman }`,
);
const prep = (id: string) => prepare(correlationUnit, YAML, oracleCsv('pss_training.csv'), id);

describe('one pair, Pearson with Spearman as sensitivity', () => {
  const { a, spec, ctx } = prep('p');

  it('tabulates r with its CI and ρ beside it', () => {
    expect(cellsOf(unit.tables!(a, spec, ctx('en'))[0]!)).toEqual([
      ['Variable 1', 'Variable 2', 'n', 'r', '95% CI', 'p', 'ρ', 'p (ρ)'],
      ['Age', 'Stress', '40', '.19', '[−.13, .48]', '.234', '.11', '.506'],
    ]);
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)[1]).toEqual([
      'Usia',
      'Stres',
      '40',
      '0,19',
      '[−0,13; 0,48]',
      '0,234',
      '0,11',
      '0,506',
    ]);
  });

  it('words the check, the pair, the sensitivity analysis and the conclusion', () => {
    expect(unit.stat!(a, spec, ctx('en'))).toBe('r(38) = .19, p = .234');
    expect(unit.stat!(a, spec, ctx('id'))).toBe('r(38) = 0,19; p = 0,234');
    expect(unit.results(a, spec, ctx('en'))).toBe(
      'The Shapiro–Wilk test rejected normality of age. Age and stress were not significantly correlated, r(38) = .19, p = .234, 95% CI [−.13, .48]. Spearman’s ρ (sensitivity analysis): ρ(38) = .11, p = .506. :ref[p] lists the coefficients. :figref[p] shows the relationship.\n\n::table[p]\n\n::figure[p]',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Uji Shapiro–Wilk menolak normalitas usia. Usia dan stres tidak berkorelasi secara signifikan, r(38) = 0,19; p = 0,234; IK 95% [−0,13; 0,48]. ρ Spearman (analisis sensitivitas): ρ(38) = 0,11; p = 0,506.',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe('No significant correlation was found between age and stress.');
    expect(unit.conclusion!(a, spec, ctx('id'))).toBe(
      'Tidak ditemukan korelasi yang signifikan antara usia dan stres.',
    );
  });
});

describe('three variables, Spearman', () => {
  const { a, spec, ctx } = prep('s');

  it('has a row and a sentence per pair, and no single statistic or conclusion', () => {
    expect(cellsOf(unit.tables!(a, spec, ctx('en'))[0]!)).toEqual([
      ['Variable 1', 'Variable 2', 'n', 'ρ', 'p'],
      ['Age', 'Stress', '40', '.11', '.506'],
      ['Age', 'Final stress', '40', '.09', '.593'],
      ['Stress', 'Final stress', '40', '.69', '< .001'],
    ]);
    expect(unit.results(a, spec, ctx('en'))).toContain(
      'Stress and final stress were significantly positively correlated, ρ(38) = .69, p < .001.',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Stres dan stres akhir berkorelasi positif secara signifikan, ρ(38) = 0,69; p < 0,001.',
    );
    expect(unit.stat!(a, spec, ctx('en'))).toBeUndefined();
    expect(unit.conclusion!(a, spec, ctx('en'))).toBeUndefined();
  });
});
