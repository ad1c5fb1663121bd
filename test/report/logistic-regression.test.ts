/**
 * logistic-regression report unit on the oracle's risk_survey.csv (logistic_regression_01,
 * R glm: night shift B = 1.732, SE = 0.336, OR = 5.65 [2.93, 10.91]; model χ²(3) = 35.65,
 * Nagelkerke R² = .227), with bivariate screening at p < .25: the screening table, the
 * model table and the sentences, in both languages; and a model that cannot be estimated.
 */
import { describe, expect, it } from 'vitest';
import { logisticRegressionUnit } from '../../src/analysis/units/logistic-regression.ts';
import { logisticRegressionReport as unit } from '../../src/report/analyses/logistic-regression.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

const VARS = `  stres_tinggi: { type: categorical, label: { id: Stres, en: Stress }, levels: { "0": { id: Rendah, en: Low }, "1": { id: Tinggi, en: High } } }
  shift_malam: { type: categorical, label: { id: Sif malam, en: Night shift }, levels: { "0": { id: Tidak, en: No }, "1": { id: Ya, en: Yes } } }
  perempuan: { type: categorical, label: { id: Perempuan, en: Female }, levels: { "0": { id: Tidak, en: No }, "1": { id: Ya, en: Yes } } }
  usia: { type: number, label: { id: Usia, en: Age } }`;
const YAML = studyYaml(
  VARS,
  '  - { id: m, type: logistic-regression, outcome: stres_tinggi, case: "1", predictors: [shift_malam, usia, perempuan], screening: 0.25 }',
);

describe('screened model on risk_survey.csv', () => {
  const { a, spec, ctx } = prepare(logisticRegressionUnit, YAML, oracleCsv('risk_survey.csv'), 'm');

  it('tabulates the screening and the adjusted ORs', () => {
    const [screening, model] = unit.tables!(a, spec, ctx('en'));
    expect(screening!.key).toBe('m.screening');
    expect(cellsOf(screening!)).toEqual([
      ['Factor', 'df', 'LR χ²', 'p', 'p < .25', 'In final model'],
      ['Night shift', '1', '28.50', '< .001', 'Yes', 'Yes'],
      ['Age', '1', '2.83', '.092', 'Yes', 'Yes'],
      ['Female', '1', '4.68', '.030', 'Yes', 'Yes'],
    ]);
    expect(cellsOf(model!)).toEqual([
      ['Factor', 'Comparison', 'B', 'SE', 'Adjusted OR', '95% CI', 'p'],
      // The CI of age would print as [0.94, 1.00]: the OR columns take three decimals.
      ['Night shift', 'Yes vs No', '1.732', '0.336', '5.652', '[2.928, 10.909]', '< .001'],
      ['Age', 'Per 1-unit increase', '−0.027', '0.015', '0.973', '[0.944, 1.003]', '.077'],
      ['Female', 'Yes vs No', '0.613', '0.344', '1.846', '[0.940, 3.626]', '.075'],
      ['Intercept', '', '−0.795', '0.656', '', '', '.225'],
    ]);
    expect(model!.notes[0]).toContain(
      'n = 200 (66 with High stress); −2 log-likelihood = 218.02; likelihood-ratio test of the model against the intercept-only model: χ²(3) = 35.65, p < .001, Nagelkerke R² = .23.',
    );
    const [, idModel] = unit.tables!(a, spec, ctx('id'));
    expect(cellsOf(idModel!)[1]).toEqual([
      'Sif malam',
      'Ya dibanding Tidak',
      '1,732',
      '0,336',
      '5,652',
      '[2,928; 10,909]',
      '< 0,001',
    ]);
  });

  it('words the screening, the model fit and the adjusted associations', () => {
    expect(unit.stat!(a, spec, ctx('en'))).toBe('χ²(3) = 35.65, p < .001, Nagelkerke R² = .23');
    expect(unit.stat!(a, spec, ctx('id'))).toBe('χ²(3) = 35,65; p < 0,001; R² Nagelkerke = 0,23');
    expect(unit.results(a, spec, ctx('en'))).toContain(
      'The final model (:ref[m]) contained night shift, age and female; it fitted significantly better than the intercept-only model, χ²(3) = 35.65, p < .001, Nagelkerke R² = .23. Adjusted for the other factors, High stress was significantly associated with night shift (Yes vs No: OR = 5.65, 95% CI [2.93, 10.91], p < .001).',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Pada seleksi bivariat (:ref[m.screening]), 3 dari 3 faktor kandidat memiliki p < 0,25.',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe(
      'After adjustment, night shift was independently associated with High stress.',
    );
    expect(unit.conclusion!(a, spec, ctx('id'))).toBe(
      'Setelah penyesuaian, sif malam berhubungan secara independen dengan stres Tinggi.',
    );
  });
});

describe('forward selection that admits no factor (age: p = .092 > .01)', () => {
  const { a, spec, ctx } = prepare(
    logisticRegressionUnit,
    studyYaml(
      VARS,
      '  - { id: m, type: logistic-regression, outcome: stres_tinggi, case: "1", predictors: [usia], selection: forward, entry: 0.01 }',
    ),
    oracleCsv('risk_survey.csv'),
    'm',
  );

  it('has no model table and says why', () => {
    if (!('error' in a.result)) throw new Error('expected a model without predictors');
    expect(a.result.error.code).toBe('invalid-argument');
    expect(unit.tables!(a, spec, ctx('en')).map((t) => t.key)).toEqual([]);
    expect(unit.stat!(a, spec, ctx('en'))).toBeUndefined();
    expect(unit.results(a, spec, ctx('en'))).toBe(
      'Forward selection entered no factor. The multivariable logistic regression could not be estimated: the model has no predictors. No adjusted odds ratios are reported.',
    );
    expect(unit.results(a, spec, ctx('id'))).toBe(
      'Seleksi bertahap maju tidak memasukkan satu faktor pun. Regresi logistik multivariabel tidak dapat diestimasi: model tidak memiliki prediktor. Rasio odds suaian tidak dilaporkan.',
    );
  });
});
