/**
 * ancova report unit on the oracle's intervensi_tiga_kelompok.csv (ancova_01: kelompok
 * F(2, 39) = 13.538, ηp² = .410; pss_pre F(1, 39) = 38.604; adjusted means 19.738, 18.574,
 * 23.992; slopes F(2, 37) = 0.463, p = .633).
 */
import { describe, expect, it } from 'vitest';
import { ancovaUnit } from '../../src/analysis/units/ancova.ts';
import { ancovaReport as unit } from '../../src/report/analyses/ancova.ts';
import { loadMemoryStudy } from '../analysis/helpers.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

const YAML = studyYaml(
  `  kelompok:
    type: categorical
    label: { id: Kelompok, en: Group }
    levels: { edukasi: { id: Edukasi, en: Education }, konseling: { id: Konseling, en: Counselling }, kontrol: { id: Kontrol, en: Control } }
  usia: { type: number }
  pss_pre: { type: number, label: { id: Stres awal, en: Baseline stress } }
  pss_post: { type: number, label: { id: Stres akhir, en: Final stress } }`,
  `  - { id: c, type: ancova, value: pss_post, group: kelompok, covariates: [pss_pre] }`,
);

describe('ANCOVA (ancova_01)', () => {
  const { a, spec, ctx } = prepare(ancovaUnit, YAML, oracleCsv('intervensi_tiga_kelompok.csv'), 'c');

  it('carries the oracle numbers and the slopes check', () => {
    if ('error' in a.result) throw new Error(a.result.error.message);
    const g = a.result.effects.find((e) => e.term === 'kelompok')!;
    expect(g.f).toBeCloseTo(13.538431912141462, 6);
    expect(g.partialEta2).toBeCloseTo(0.4097782833078756, 8);
    expect(a.result.adjustedMeans.map((m) => m.mean)).toEqual([
      expect.closeTo(19.738050622882334, 8),
      expect.closeTo(18.57442851531323, 8),
      expect.closeTo(23.99194581731286, 8),
    ]);
    expect(a.checks[0]).toMatchObject({ check: 'homogeneity-of-slopes', passed: true });
    expect(a.checks[0]!.p).toBeCloseTo(0.6327931063938821, 8);
  });

  it('tabulates the tests and the adjusted means', () => {
    const [anova, means] = unit.tables!(a, spec, ctx('en'));
    expect(cellsOf(anova!).slice(0, 3)).toEqual([
      ['Source', 'SS', 'df', 'MS', 'F', 'p', 'Partial η²'],
      ['Baseline stress', '313.28', '1', '313.28', '38.60', '< .001', '.50'],
      ['Group', '219.73', '2', '109.87', '13.54', '< .001', '.41'],
    ]);
    expect(cellsOf(means!)[1]).toEqual(['Education', '19.74', '0.74', '[18.24, 21.23]']);
    expect(means!.notes).toEqual(['Means adjusted to the sample mean of baseline stress (24.51).']);
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[1]!)[1]).toEqual(['Edukasi', '19,74', '0,74', '[18,24; 21,23]']);
  });

  it('words the slopes, the covariate and the adjusted group effect in both languages', () => {
    expect(unit.results(a, spec, ctx('en'))).toBe(
      'The regression slopes did not differ significantly between the groups, F(2, 37) = 0.46, p = .633, so the adjustment is the same in every group. The covariate baseline stress was significantly related to the outcome, F(1, 39) = 38.60, p < .001, ηp² = .50. After adjustment, the final stress differed significantly between the groups, F(2, 39) = 13.54, p < .001, ηp² = .41. :ref[c] shows the tests, :ref[c-means] the adjusted means and :figref[c-plot] plots them.\n\n::table[c]\n\n::table[c-means]\n\n::figure[c-plot]',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Setelah dikoreksi, stres akhir berbeda secara signifikan antarkelompok, F(2; 39) = 13,54; p < 0,001; ηp² = 0,41.',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe(
      'Adjusted for the covariates, the final stress differed significantly by group.',
    );
    expect(unit.methods!(a, spec, ctx('en'))).toContain('adjusted for baseline stress, using Type III sums of squares');
    const [fig] = unit.figures!(a, spec, ctx('en'));
    expect(fig!.spec.data).toMatchObject({
      values: [{ group: 'Education' }, { group: 'Counselling' }, { group: 'Control' }],
    });
  });
});

describe('ANCOVA input errors', () => {
  it('names the analysis and a categorical covariate', () => {
    const yaml = studyYaml(
      `  g: { type: categorical, levels: { a: A, b: B } }
  x: { type: number }
  c: { type: categorical, levels: { p: P, q: Q } }`,
      `  - { id: k, type: ancova, value: x, group: g, covariates: [c] }`,
    );
    expect(() => loadMemoryStudy(yaml, 'g,x,c\na,1,p\nb,2,q\n')).toThrow(
      'analysis "k" needs a numeric variable here, but "c" is categorical',
    );
  });
});

describe('ANCOVA with `figure: false`', () => {
  const csv = oracleCsv('intervensi_tiga_kelompok.csv');
  const drawn = prepare(ancovaUnit, YAML, csv, 'c');
  const off = prepare(
    ancovaUnit,
    YAML.replace('covariates: [pss_pre] }', 'covariates: [pss_pre], figure: false }'),
    csv,
    'c',
  );
  const tail = (text: string) => text.slice(text.lastIndexOf('. ') + 2);

  it('draws no means plot, and the results neither name nor place one, in both languages', () => {
    const { a, spec, ctx } = off;
    expect(spec.figure).toBe(false);
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    const en = unit.results(a, spec, ctx('en'));
    const id = unit.results(a, spec, ctx('id'));
    expect(tail(en)).toBe(
      ':ref[c] shows the tests and :ref[c-means] the adjusted means.\n\n::table[c]\n\n::table[c-means]',
    );
    expect(tail(id)).toBe(
      ':ref[c] menyajikan hasil uji dan :ref[c-means] rerata terkoreksi.\n\n::table[c]\n\n::table[c-means]',
    );
    for (const text of [en, id]) expect(text).not.toMatch(/figref|::figure|Figure|Gambar/);
  });

  it('by default names and places it, in both languages', () => {
    const { a, spec, ctx } = drawn;
    expect(unit.figures!(a, spec, ctx('id'))).toHaveLength(1);
    expect(tail(unit.results(a, spec, ctx('id')))).toBe(
      ':ref[c] menyajikan hasil uji, :ref[c-means] rerata terkoreksi, dan :figref[c-plot] menampilkannya.\n\n::table[c]\n\n::table[c-means]\n\n::figure[c-plot]',
    );
  });
});
