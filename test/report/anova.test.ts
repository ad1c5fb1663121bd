/**
 * anova report unit on the oracle's small_three_groups.csv (anova_oneway_03: F(2, 12) =
 * 26.772, η² = .817; kruskal_wallis_03: H = 11.464, p = .0032): the table of groups with
 * mean ranks for Kruskal–Wallis, the tests in its note, and the sentences in both languages.
 */
import { describe, expect, it } from 'vitest';
import { anovaUnit } from '../../src/analysis/units/anova.ts';
import { anovaReport as unit } from '../../src/report/analyses/anova.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

const YAML = studyYaml(
  `  metode:
    type: categorical
    label: { id: Metode, en: Method }
    levels: { kontrol: { id: Kontrol, en: Control }, mindfulness: Mindfulness, relaksasi: { id: Relaksasi, en: Relaxation } }
  skor: { type: number, label: { id: Skor stres, en: Stress score } }`,
  `  - { id: a, type: anova, value: skor, group: metode }
  - { id: k, type: anova, value: skor, group: metode, test: kruskal-wallis }`,
);
const prep = (id: string) => prepare(anovaUnit, YAML, oracleCsv('small_three_groups.csv'), id);

describe('one-way ANOVA (automatic choice)', () => {
  const { a, spec, ctx } = prep('a');

  it('tabulates each group with the tests in the note', () => {
    const [en] = unit.tables!(a, spec, ctx('en'));
    expect(en!.caption).toBe('The stress score by method');
    expect(cellsOf(en!)).toEqual([
      ['Method', 'n', 'M (SD)', 'Mdn (IQR)'],
      ['Control', '5', '22.20 (2.39)', '22.00 (4.50)'],
      ['Mindfulness', '6', '13.00 (1.79)', '12.50 (2.75)'],
      ['Relaxation', '4', '17.50 (2.08)', '17.50 (4.00)'],
    ]);
    expect(en!.notes[0]).toBe(
      'Levene’s test: F(2, 12) = 0.28, p = .760; one-way ANOVA: F(2, 12) = 26.77, p < .001, η² = .82.',
    );
    const [id] = unit.tables!(a, spec, ctx('id'));
    expect(cellsOf(id!)[1]).toEqual(['Kontrol', '5', '22,20 (2,39)', '22,00 (4,50)']);
    expect(id!.notes[0]).toBe(
      'Uji Levene: F(2; 12) = 0,28; p = 0,760. Analisis varians satu arah: F(2; 12) = 26,77; p < 0,001; η² = 0,82.',
    );
  });

  it('words the checks, the choice and the result', () => {
    expect(unit.stat!(a, spec, ctx('en'))).toBe('F(2, 12) = 26.77, p < .001, η² = .82');
    expect(unit.results(a, spec, ctx('en'))).toBe(
      'The Shapiro–Wilk test did not reject normality in any group, and Levene’s test did not reject equal variances, F(2, 12) = 0.28, p = .760. The one-way analysis of variance was therefore used. The stress score differed significantly between the groups, F(2, 12) = 26.77, p < .001, η² = .82. :ref[a] shows the groups. :figref[a] shows the distribution in each group with the means and their 95% confidence intervals.\n\n::table[a]\n\n::figure[a]',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Karena itu digunakan analisis varians satu arah. Skor stres berbeda secara signifikan antarkelompok, F(2; 12) = 26,77; p < 0,001; η² = 0,82.',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe('The stress score differed significantly by method.');
    expect(unit.conclusion!(a, spec, ctx('id'))).toBe('Skor stres berbeda secara signifikan menurut metode.');
  });
});

describe('planned Kruskal–Wallis test', () => {
  const { a, spec, ctx } = prep('k');

  it('adds mean ranks and states H with ε²', () => {
    expect(cellsOf(unit.tables!(a, spec, ctx('en'))[0]!)).toEqual([
      ['Method', 'n', 'M (SD)', 'Mdn (IQR)', 'Mean rank'],
      ['Control', '5', '22.20 (2.39)', '22.00 (4.50)', '12.80'],
      ['Mindfulness', '6', '13.00 (1.79)', '12.50 (2.75)', '3.67'],
      ['Relaxation', '4', '17.50 (2.08)', '17.50 (4.00)', '8.50'],
    ]);
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)[0]![4]).toBe('Rerata peringkat');
    expect(unit.stat!(a, spec, ctx('en'))).toBe('H(2) = 11.46, p = .003, ε² = .82');
    expect(unit.stat!(a, spec, ctx('id'))).toBe('H(2) = 11,46; p = 0,003; ε² = 0,82');
    expect(unit.methods!(a, spec, ctx('en'))).toBe(
      'The stress score was compared across the groups with the Kruskal–Wallis test [@kruskal1952ranks], as planned. Pairwise post-hoc comparisons are not part of this analysis.',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain('Uji Kruskal–Wallis sesuai rencana dilaporkan.');
  });
});
