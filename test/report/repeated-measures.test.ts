/**
 * repeated-measures report unit on the oracle's pengukuran_ulang.csv (repeated_anova_01:
 * F(3, 69) = 12.444, Mauchly p = .0239, GG ε = .7131 → Greenhouse–Geisser df 2.139, 49.206,
 * p = 2.90e-5; friedman_02: χ²(3) = 20.691, W = .2874) and penilaian_layanan.csv
 * (repeated_anova_04 / friedman_01).
 */
import { describe, expect, it } from 'vitest';
import { isSpecOf } from '../../src/analysis/spec.ts';
import { repeatedMeasuresUnit } from '../../src/analysis/units/repeated-measures.ts';
import { repeatedMeasuresReport as unit } from '../../src/report/analyses/repeated-measures.ts';
import { loadMemoryStudy } from '../analysis/helpers.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

const YAML = studyYaml(
  `  id: { type: text }
  pss_bulan0: { type: number, label: { id: Bulan 0, en: Month 0 } }
  pss_bulan1: { type: number, label: { id: Bulan 1, en: Month 1 } }
  pss_bulan3: { type: number, label: { id: Bulan 3, en: Month 3 } }
  pss_bulan6: { type: number, label: { id: Bulan 6, en: Month 6 } }`,
  `  - { id: r, type: repeated-measures, variables: [pss_bulan0, pss_bulan1, pss_bulan3, pss_bulan6], test: repeated-anova, labels: { outcome: { id: skor stres, en: stress score } } }
  - { id: q, type: repeated-measures, variables: [pss_bulan0, pss_bulan1, pss_bulan3, pss_bulan6], test: friedman, labels: { outcome: { id: skor stres, en: stress score } } }
  - { id: auto, type: repeated-measures, variables: [pss_bulan0, pss_bulan1, pss_bulan3, pss_bulan6], labels: { outcome: { id: skor stres, en: stress score } } }`,
);
const prep = (id: string) => prepare(repeatedMeasuresUnit, YAML, oracleCsv('pengukuran_ulang.csv'), id);

describe('repeated-measures ANOVA with a Greenhouse–Geisser correction (repeated_anova_01)', () => {
  const { a, spec, ctx } = prep('r');

  it('chooses the correction from Mauchly’s test and ε', () => {
    if (a.test !== 'repeated-anova' || 'error' in a.result) throw new Error('expected the ANOVA');
    expect(a.result.reported.correction).toBe('greenhouse-geisser');
    expect(a.result.reported.df1).toBeCloseTo(2.1393904427734127, 8);
    expect(a.result.reported.df2).toBeCloseTo(49.20598018378849, 8);
    expect(a.result.reported.p).toBeCloseTo(2.9037152031382702e-5, 10);
    expect(a.result.mauchlyP).toBeCloseTo(0.023924255869306573, 8);
    expect(a.result.pairwise[0]!.pBonferroni).toBeCloseTo(0.04612854835975164, 8);
  });

  it('words it in both languages', () => {
    expect(unit.stat!(a, spec, ctx('en'))).toBe('F(2.14, 49.21) = 12.44, p < .001, ηp² = .35');
    expect(unit.stat!(a, spec, ctx('id'))).toBe('F(2,14; 49,21) = 12,44; p < 0,001; ηp² = 0,35');
    const en = unit.results(a, spec, ctx('en'));
    expect(en).toContain(
      'Mauchly’s test rejected sphericity, W = .55, χ²(5) = 12.96, p = .024; with Greenhouse–Geisser ε = .713 (at most .75) the Greenhouse–Geisser correction was applied. The stress score differed significantly between the measurements, F(2.14, 49.21) = 12.44, p < .001, ηp² = .35.',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Uji Mauchly menolak sferisitas (W = 0,55; χ²(5) = 12,96; p = 0,024); dengan ε Greenhouse–Geisser = 0,713 (paling besar 0,75) digunakan koreksi Greenhouse–Geisser.',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe(
      'The stress score changed significantly across the measurements.',
    );
    expect(unit.conclusion!(a, spec, ctx('id'))).toBe('Skor stres berubah secara signifikan antarpengukuran.');
  });

  it('tabulates the measurements and the Bonferroni pairs, and plots the means with CIs', () => {
    const [times, pairs] = unit.tables!(a, spec, ctx('en'));
    expect(cellsOf(times!)[0]).toEqual(['Measurement', 'n', 'M (SD)', '95% CI']);
    expect(cellsOf(times!)[1]!.slice(0, 3)).toEqual(['Month 0', '24', '22.71 (5.59)']);
    expect(cellsOf(pairs!)[1]![0]).toBe('Month 0 − Month 1');
    expect(cellsOf(pairs!)[1]![4]).toBe('.046');
    const [fig] = unit.figures!(a, spec, ctx('en'));
    expect(fig!.key).toBe('r-plot');
    expect(fig!.spec.data).toMatchObject({
      values: [{ time: 'Month 0', mean: 22.708333333333332 }, {}, {}, { time: 'Month 6', mean: 15 }],
    });
  });
});

describe('Friedman test (friedman_02)', () => {
  const { a, spec, ctx } = prep('q');

  it('reports χ² with Kendall’s W and mean ranks', () => {
    if (a.test !== 'friedman' || 'error' in a.result) throw new Error('expected Friedman');
    expect(a.result.statistic).toBeCloseTo(20.69098712446352, 8);
    expect(a.result.kendallW).toBeCloseTo(0.2873748211731044, 8);
    expect(unit.stat!(a, spec, ctx('en'))).toBe('χ²(3) = 20.69, p < .001, Kendall’s W = .29');
    expect(unit.stat!(a, spec, ctx('id'))).toBe('χ²(3) = 20,69; p < 0,001; W Kendall = 0,29');
    expect(cellsOf(unit.tables!(a, spec, ctx('en'))[0]!)[1]![4]).toBe('3.35');
    expect(unit.methods!(a, spec, ctx('en'))).toBe(
      'The stress score was compared across the measurements with the Friedman test [@friedman1937ranks], as planned.',
    );
  });
});

describe('automatic choice', () => {
  const { a, spec, ctx } = prep('auto');

  it('cites every test it names', () => {
    const m = unit.methods!(a, spec, ctx('en'))!;
    for (const key of [
      'mauchly1940sphericity',
      'greenhouse1959profile',
      'huynh1976box',
      'friedman1937ranks',
      'kendall1939rankings',
    ])
      expect(m).toContain(`[@${key}]`);
    expect(a.checks.filter((c) => c.check === 'normality')).toHaveLength(4);
  });
});

describe('input errors', () => {
  it('names the analysis when fewer than two measurements are listed', () => {
    const yaml = `${YAML}  - { id: one, type: repeated-measures, variables: [pss_bulan0] }\n`;
    const { study, data } = loadMemoryStudy(yaml, oracleCsv('pengukuran_ulang.csv'));
    const spec = study.analyses.find((s) => s.id === 'one')!;
    expect(() =>
      isSpecOf(repeatedMeasuresUnit, spec) ? repeatedMeasuresUnit.run(spec, data, { study, alpha: 0.05 }) : undefined,
    ).toThrow('analysis "one": repeated-measures needs at least two measurements; "variables" names only "pss_bulan0"');
  });
});

describe('`figure: false`', () => {
  const csv = oracleCsv('pengukuran_ulang.csv');
  const off = prepare(
    repeatedMeasuresUnit,
    YAML.replace(
      'test: friedman, labels: { outcome: { id: skor stres, en: stress score } } }',
      'test: friedman, labels: { outcome: { id: skor stres, en: stress score } }, figure: false }',
    ),
    csv,
    'q',
  );
  const drawn = prepare(repeatedMeasuresUnit, YAML, csv, 'q');
  const tail = (text: string) => text.slice(text.lastIndexOf('. ') + 2);

  it('draws no means plot, and the results neither name nor place one, in both languages', () => {
    const { a, spec, ctx } = off;
    expect(spec.figure).toBe(false);
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    const en = unit.results(a, spec, ctx('en'));
    const id = unit.results(a, spec, ctx('id'));
    expect(tail(en)).toBe(':ref[q] shows each measurement.\n\n::table[q]');
    expect(tail(id)).toBe(':ref[q] menyajikan tiap pengukuran.\n\n::table[q]');
    for (const text of [en, id]) expect(text).not.toMatch(/figref|::figure|Figure|Gambar/);
  });

  it('by default names and places it, in both languages', () => {
    const { a, spec, ctx } = drawn;
    expect(tail(unit.results(a, spec, ctx('en')))).toBe(
      ':ref[q] shows each measurement and :figref[q-plot] plots the means.\n\n::table[q]\n\n::figure[q-plot]',
    );
    expect(tail(unit.results(a, spec, ctx('id')))).toBe(
      ':ref[q] menyajikan tiap pengukuran dan :figref[q-plot] menampilkan reratanya.\n\n::table[q]\n\n::figure[q-plot]',
    );
  });
});
