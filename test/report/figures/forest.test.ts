/**
 * The shared forest plot: the adjusted odds ratios of a logistic regression on the
 * oracle's risk_survey.csv (logistic_regression_01, R glm: night shift OR = 5.65
 * [2.93, 10.91], age 0.97 [0.94, 1.00], female 1.85 [0.94, 3.63]) on a log axis with the
 * line at 1; and coefficients on a linear axis with the line at 0, as a linear regression
 * draws its B.
 */
import { describe, expect, it } from 'vitest';
import { logisticRegressionUnit } from '../../../src/analysis/units/logistic-regression.ts';
import { logisticRegressionReport as unit } from '../../../src/report/analyses/logistic-regression.ts';
import type { FigureModel } from '../../../src/report/document.ts';
import { forestRows, forestSpec, oddsRatioForest } from '../../../src/report/figures/forest.ts';
import { oracleCsv, prepare, studyYaml } from '../helpers.ts';

const VARS = `  stres_tinggi: { type: categorical, label: { id: Stres, en: Stress }, levels: { "0": { id: Rendah, en: Low }, "1": { id: Tinggi, en: High } } }
  shift_malam: { type: categorical, label: { id: Sif malam, en: Night shift }, levels: { "0": { id: Tidak, en: No }, "1": { id: Ya, en: Yes } } }
  perempuan: { type: categorical, label: { id: Perempuan, en: Female }, levels: { "0": { id: Tidak, en: No }, "1": { id: Ya, en: Yes } } }
  usia: { type: number, label: { id: Usia, en: Age } }`;
const YAML = studyYaml(
  VARS,
  `  - { id: m, type: logistic-regression, outcome: stres_tinggi, case: "1", predictors: [shift_malam, usia, perempuan] }
  - { id: none, type: logistic-regression, outcome: stres_tinggi, case: "1", predictors: [shift_malam, usia, perempuan], figure: false }`,
);
const prep = (id: string) => prepare(logisticRegressionUnit, YAML, oracleCsv('risk_survey.csv'), id);

const valuesOf = (f: FigureModel) => (f.spec.data as { values: Record<string, unknown>[] }).values;
type Plot = { layer: { encoding: { x: { scale: { type: string; domain: number[] }; axis: { title: string } } } }[] };
const plotOf = (f: FigureModel) => (f.spec.hconcat as Plot[])[1]!;

describe('logistic regression forest plot', () => {
  const { a, spec, ctx } = prep('m');

  it('draws each term’s adjusted OR with its CI, filled where p < α', () => {
    const [en] = unit.figures!(a, spec, ctx('en'));
    expect(valuesOf(en!).map((v) => [v.row, v.text, v.significant])).toEqual([
      ['Night shift: Yes vs No', '5.65 [2.93, 10.91]', true],
      ['Age', '0.97 [0.94, 1.00]', false],
      ['Female: Yes vs No', '1.85 [0.94, 3.63]', false],
    ]);
    const [id] = unit.figures!(a, spec, ctx('id'));
    expect(valuesOf(id!).map((v) => [v.row, v.text])).toEqual([
      ['Sif malam: Ya dibanding Tidak', '5,65 [2,93; 10,91]'],
      ['Usia', '0,97 [0,94; 1,00]'],
      ['Perempuan: Ya dibanding Tidak', '1,85 [0,94; 3,63]'],
    ]);
    const x = plotOf(en!).layer[0]!.encoding.x;
    expect(x.scale).toEqual({ type: 'log', domain: [0.1, 100], nice: false });
    expect(x.axis.title).toBe('Adjusted odds ratio (log scale)');
    expect(plotOf(id!).layer[0]!.encoding.x.axis.title).toBe('Rasio odds suaian (skala log)');
  });

  it('captions, describes and places it in both languages', () => {
    const [en] = unit.figures!(a, spec, ctx('en'));
    const [id] = unit.figures!(a, spec, ctx('id'));
    expect(en!.caption).toBe(
      'Adjusted odds ratios of High stress with 95% confidence intervals (logarithmic scale; dashed line: OR = 1; filled squares: p < .05)',
    );
    expect(id!.caption).toBe(
      'Rasio odds suaian stres Tinggi dengan interval kepercayaan 95% (skala logaritmik; garis putus-putus: OR = 1; kotak terisi: p < 0,05)',
    );
    expect(en!.alt).toBe(
      'Forest plot of 3 adjusted odds ratios of High stress from the multivariable model, with 95% confidence intervals on a logarithmic axis.',
    );
    expect(unit.results(a, spec, ctx('en'))).toMatch(
      /:figref\[m\] shows the adjusted odds ratios with their 95% confidence intervals\.\n\n::table\[m\]\n\n::figure\[m\]$/,
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      ':figref[m] menampilkan rasio odds suaian beserta interval kepercayaan 95%-nya.',
    );
  });

  it('draws nothing with `figure: false`', () => {
    const { a, spec, ctx } = prep('none');
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    expect(unit.results(a, spec, ctx('en'))).not.toContain('figure');
  });
});

describe('forest plot on a linear scale', () => {
  const { ctx } = prep('m');
  const sections = [
    {
      heading: 'Work',
      estimates: [
        { label: 'Workload', estimate: 0.42, lo: 0.1, hi: 0.74, significant: true, text: '0.42 [0.10, 0.74]' },
      ],
    },
    {
      heading: 'Home',
      estimates: [
        { label: 'Children', estimate: -1.5, lo: -3.2, hi: 0.2, significant: false, text: '−1.50 [−3.20, 0.20]' },
      ],
    },
  ];

  it('puts the line of no effect at 0 and spans every interval', () => {
    const spec = forestSpec(
      sections,
      { scale: 'linear', reference: 0, axisTitle: 'B', estimatesTitle: 'B [95% CI]' },
      ctx('en'),
    )!;
    const plot = (spec.hconcat as Plot[])[1]!;
    expect(plot.layer[0]!.encoding.x.scale).toEqual({ type: 'linear', domain: [-3.2, 0.74], nice: true, zero: false });
    expect((plot.layer[0]!.encoding.x as unknown as { datum: number }).datum).toBe(0);
  });

  it('heads each section when there are several, and keeps equal labels apart', () => {
    const rows = forestRows([...sections, { heading: 'Again', estimates: [{ ...sections[0]!.estimates[0]! }] }]);
    expect(rows.map((r) => [r.row, r.header ?? false])).toEqual([
      ['Work', true],
      ['Workload', false],
      ['Home', true],
      ['Children', false],
      ['Again', true],
      ['Workload\u200b', false],
    ]);
    expect(forestRows([sections[0]!]).map((r) => r.row)).toEqual(['Workload']);
  });
});

describe('the odds-ratio forest plot of odds-ratios and logistic-regression', () => {
  const { ctx } = prep('m');
  const words = {
    axis: 'OR (log)',
    estimates: 'OR [95% CI]',
    caption: 'Odds ratios',
    alt: (n: number) => `${n} ratios`,
  };
  const sections = [
    { heading: 'Work', ratios: [{ label: 'Night shift', or: 2.5, lo: 1.25, hi: 5, p: 0.0499 }] },
    {
      heading: 'Home',
      ratios: [
        { label: 'Children', or: 0.8, lo: 0.4, hi: 1.6, p: 0.05 },
        { label: 'Partner', or: 1.5, lo: 0.5, hi: 4.5, p: null },
      ],
    },
  ];

  it('fills the squares where p < alpha and prints the OR with its CI as the tables do, in both languages', () => {
    const en = oddsRatioForest('k', sections, words, ctx('en'))!;
    expect(en.key).toBe('k');
    expect(en.caption).toBe('Odds ratios');
    expect(en.alt).toBe('3 ratios');
    expect(valuesOf(en).map((v) => [v.row, v.header ?? false, v.significant, v.text])).toEqual([
      ['Work', true, undefined, undefined],
      ['Night shift', false, true, '2.50 [1.25, 5.00]'],
      ['Home', true, undefined, undefined],
      ['Children', false, false, '0.80 [0.40, 1.60]'],
      ['Partner', false, false, '1.50 [0.50, 4.50]'],
    ]);
    const x = plotOf(en).layer[0]!.encoding.x;
    expect(x.scale).toEqual({ type: 'log', domain: [0.1, 10], nice: false });
    expect(x.axis.title).toBe('OR (log)');
    const id = oddsRatioForest('k', sections, words, ctx('id'))!;
    expect(
      valuesOf(id)
        .map((v) => v.text)
        .filter(Boolean),
    ).toEqual(['2,50 [1,25; 5,00]', '0,80 [0,40; 1,60]', '1,50 [0,50; 4,50]']);
  });

  it('is undefined when no ratio can be drawn', () => {
    expect(oddsRatioForest('k', [{ ratios: [] }], words, ctx('en'))).toBeUndefined();
  });
});
