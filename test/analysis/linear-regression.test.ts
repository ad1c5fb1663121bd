/**
 * linear-regression through the analysis unit: the oracle's cases linear_regression_01
 * (three numeric predictors, 9 rows dropped listwise) and linear_regression_02 (a numeric
 * predictor and two categorical ones as dummies against L and ICU) on their CSVs, at the
 * oracle's relative tolerance of 1e-6 (1e-3 for p-values below 1e-7); the checks recorded
 * as data; the residual plot's bound; and each kind of bad input with its message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RESIDUAL_POINTS, residualPlot } from '../../src/analysis/units/linear-regression.ts';
import { warningText } from '../../src/build/warnings.ts';
import { NaskahError } from '../../src/errors.ts';
import { REPO } from '../helpers/tmp.ts';
import { analysisJson, loadMemoryStudy, oracleCsv, run, studyYaml } from './helpers.ts';
import { analyze } from '../../src/analysis/index.ts';

interface OracleCase {
  id: string;
  expected: Record<string, any>;
}
const CASES: OracleCase[] = JSON.parse(readFileSync(join(REPO, 'test', 'fixtures', 'oracle', 'cases.json'), 'utf8'));
const oracle = (id: string) => CASES.find((c) => c.id === id)!.expected;

/** Relative closeness as the oracle states it (absolute below 1e-12). */
function near(actual: number | null, expected: number | null, rel = 1e-6) {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(Math.max(1e-12, rel * Math.abs(expected)));
}

const KEPUASAN_VARS = `  unit:
    type: categorical
    label: { id: Unit kerja, en: Work unit }
    levels: { poli: Poli, ICU: ICU, IGD: IGD, farmasi: Farmasi, rawat_inap: { id: Rawat inap, en: Inpatient } }
  jenis_kelamin:
    type: categorical
    label: { id: Jenis kelamin, en: Sex }
    levels: { P: { id: Perempuan, en: Female }, L: { id: Laki-laki, en: Male } }
    reference: L
  golongan: { type: integer }
  usia: { type: integer, label: { id: Usia, en: Age } }
  masa_kerja: { type: number }
  beban_kerja: { type: number, label: { id: Beban kerja, en: Workload } }
  dukungan_atasan: { type: number, label: { id: Dukungan atasan, en: Supervisor support } }
  kepuasan: { type: number, label: { id: Kepuasan kerja, en: Job satisfaction } }
  kepuasan_item: { type: integer }
  stres: { type: number }`;

function expectOracle(result: Record<string, any>, expected: Record<string, any>) {
  expect(result.n).toBe(expected.n);
  expect(result.missing).toBe(expected.missing);
  expect(result.coefficients.map((c: any) => c.term)).toEqual(expected.coefficients.map((c: any) => c.term));
  expected.coefficients.forEach((e: any, i: number) => {
    const c = result.coefficients[i];
    for (const k of ['b', 'se', 'beta', 't', 'ciLower', 'ciUpper', 'tolerance', 'vif']) near(c[k], e[k]);
    near(c.p, e.p, e.p < 1e-7 ? 1e-3 : 1e-6);
  });
  for (const k of ['r', 'r2', 'adjR2', 'sigma', 'f', 'ssRegression', 'ssResidual', 'ssTotal', 'durbinWatson'])
    near(result[k], expected[k]);
  near(result.fP, expected.fP, 1e-3);
  expect(result.dfModel).toBe(expected.dfModel);
  expect(result.dfResidual).toBe(expected.dfResidual);
}

describe('linear_regression_01: numeric predictors, listwise', () => {
  const { results } = run(
    studyYaml(
      KEPUASAN_VARS,
      '  - { id: reg, type: linear-regression, outcome: kepuasan, predictors: [beban_kerja, dukungan_atasan, usia] }',
    ),
    oracleCsv('kepuasan_kerja.csv'),
  );
  const a = analysisJson(results, 'reg');

  it('gives the oracle coefficients and model summary', () => {
    expect(a.type).toBe('linear-regression');
    expect(a.test).toBe('linear-regression');
    expectOracle(a.result, oracle('linear_regression_01'));
    expect(a.result.coefficients[1]).toMatchObject({ variable: 'beban_kerja', level: null, reference: null });
    expect(a.result.coefficients[0]).toMatchObject({ variable: null, term: '(Intercept)' });
  });

  it('records the residual checks and the reason as data', () => {
    const normality = a.checks.find((c) => c.check === 'normality')!;
    expect(normality).toMatchObject({ test: 'shapiro-wilk', target: 'residuals' });
    expect(normality.p).toBeGreaterThan(0);
    expect(a.checks.find((c) => c.check === 'independence')).toMatchObject({
      test: 'durbin-watson',
      passed: true,
      p: null,
    });
    near(a.checks.find((c) => c.check === 'independence')!.statistic!, 1.9377386742842833);
    const vif = a.checks.find((c) => c.check === 'collinearity')!;
    expect(vif).toMatchObject({ test: 'vif', target: 'usia', passed: true });
    near(vif.statistic!, 1.0231395944105277);
    expect(a.reason).toMatchObject({ code: 'regression-checks' });
    expect(a.decision).toMatchObject({ significant: true, direction: 'none' });
  });

  it('carries every residual with its fitted value for the plot (151 cases, under the bound)', () => {
    const plot = a.result.residualPlot;
    expect(plot).toMatchObject({ n: 151, shown: 151, sampled: false });
    // The residuals sum to zero and their squares to the residual SS of the oracle.
    const ss = plot.points.reduce((s: number, p: any) => s + p.residual ** 2, 0);
    near(ss, oracle('linear_regression_01').ssResidual);
  });
});

describe('linear_regression_02: categorical predictors as dummies against the reference', () => {
  it('uses the variable’s reference: (L) and the entry’s reference: (ICU) whatever the declared order', () => {
    const { results } = run(
      studyYaml(
        KEPUASAN_VARS,
        '  - { id: reg, type: linear-regression, outcome: kepuasan, predictors: [dukungan_atasan, jenis_kelamin, unit], reference: { unit: ICU } }',
      ),
      oracleCsv('kepuasan_kerja.csv'),
    );
    const a = analysisJson(results, 'reg');
    const expected = oracle('linear_regression_02');
    // The declared order (poli first) puts poli before IGD; the oracle orders levels by code point.
    const order = [
      '(Intercept)',
      'dukungan_atasan',
      'jenis_kelamin=P',
      'unit=IGD',
      'unit=farmasi',
      'unit=poli',
      'unit=rawat_inap',
    ];
    const byTerm = new Map(a.result.coefficients.map((c: any) => [c.term, c]));
    expectOracle({ ...a.result, coefficients: order.map((t) => byTerm.get(t)) }, expected);
    expect(a.result.references).toEqual([
      { variable: 'jenis_kelamin', reference: 'L' },
      { variable: 'unit', reference: 'ICU' },
    ]);
    expect(byTerm.get('unit=IGD')).toMatchObject({ variable: 'unit', level: 'IGD', reference: 'ICU' });
  });

  it('runs on the rows `filter:` keeps', () => {
    const { results } = run(
      studyYaml(
        KEPUASAN_VARS,
        '  - { id: reg, type: linear-regression, outcome: kepuasan, predictors: [beban_kerja], filter: "jenis_kelamin == P" }',
      ),
      oracleCsv('kepuasan_kerja.csv'),
    );
    const a = analysisJson(results, 'reg');
    expect(a.result.n).toBeLessThan(112);
    expect((results.analyses.reg as any).subset).toEqual({ filter: 'jenis_kelamin == P', n: 112 });
  });
});

describe('collinearity short of exact', () => {
  it('records VIF >= 10 as a failed check with a warning naming the terms', () => {
    // x2 = x plus a small wobble: r(x, x2) > .99, so both VIFs are far above 10.
    const rows = Array.from({ length: 30 }, (_, i) => {
      const x = i + 1;
      const x2 = x + (((i * 37) % 7) - 3) / 10;
      const y = 2 * x + (((i * 11) % 5) - 2);
      return `${y},${x},${x2}`;
    });
    const { results } = run(
      studyYaml(
        '  y: { type: number }\n  x: { type: number }\n  x2: { type: number }',
        '  - { id: r, type: linear-regression, outcome: y, predictors: [x, x2] }',
      ),
      `y,x,x2\n${rows.join('\n')}\n`,
    );
    const a = analysisJson(results, 'r');
    const vif = a.checks.find((c) => c.check === 'collinearity')!;
    expect(vif.passed).toBe(false);
    expect(vif.statistic).toBeGreaterThan(10);
    expect(a.warnings).toContainEqual({
      code: 'collinear-predictors',
      terms: ['x', 'x2'],
      maxVif: vif.statistic,
      minimum: 10,
    });
    const w = a.warnings!.find((x) => x.code === 'collinear-predictors')!;
    expect(warningText('r', w).message).toBe(
      `analysis "r": "x", "x2" have a VIF of 10 or more (largest ${vif.statistic!.toFixed(1)}); their coefficients are imprecise`,
    );
    expect(warningText('r', { code: 'autocorrelated-residuals', durbinWatson: 0.61 }).message).toBe(
      'analysis "r": the Durbin–Watson statistic of the regression is 0.61, outside 1–3, so its residuals look serially correlated',
    );
    expect(warningText('r', { code: 'non-normal-residuals', test: 'shapiro-wilk', p: 0.0123, n: 40 }).message).toBe(
      'analysis "r": the Shapiro–Wilk test rejects normality of the regression residuals (p = 0.012, n = 40); the t and F tests are reported with a caution',
    );
  });
});

describe('serially correlated residuals', () => {
  it('records a Durbin–Watson outside 1–3 as a failed independence check with a warning', () => {
    // y = x + a slow wave in file order: neighbouring residuals are nearly equal, DW near 0.
    const rows = Array.from({ length: 60 }, (_, i) => `${i + 10 * Math.sin(i / 6)},${i}`);
    const { results } = run(
      studyYaml(
        '  y: { type: number }\n  x: { type: number }',
        '  - { id: r, type: linear-regression, outcome: y, predictors: [x] }',
      ),
      `y,x\n${rows.join('\n')}\n`,
    );
    const a = analysisJson(results, 'r');
    const dw = a.checks.find((c) => c.check === 'independence')!;
    expect(dw.passed).toBe(false);
    expect(dw.statistic).toBeLessThan(1);
    expect(a.warnings).toContainEqual({ code: 'autocorrelated-residuals', durbinWatson: dw.statistic });
    expect(a.reason).toMatchObject({ code: 'regression-checks', durbinWatson: dw.statistic });
  });
});

describe('a reference level written as a number', () => {
  it('names the level with that code', () => {
    const { results } = run(
      studyYaml(
        '  y: { type: number }\n  k: { type: categorical, levels: { "1": Satu, "2": Dua, "3": Tiga } }',
        '  - { id: r, type: linear-regression, outcome: y, predictors: [k], reference: { k: 2 } }',
      ),
      'y,k\n1,1\n2,2\n4,3\n2,1\n3,2\n5,3\n',
    );
    const a = analysisJson(results, 'r');
    expect(a.result.references).toEqual([{ variable: 'k', reference: '2' }]);
    expect(a.result.coefficients.map((c: any) => c.term)).toEqual(['(Intercept)', 'k=1', 'k=3']);
    // Means 1.5, 2.5, 4.5: the indicators' B are the differences from level 2.
    expect(a.result.coefficients[1].b).toBeCloseTo(-1, 12);
    expect(a.result.coefficients[2].b).toBeCloseTo(2, 12);
  });
});

describe('residual plot bound', () => {
  it('keeps every point up to the limit, then evenly spaced cases in file order, first and last included', () => {
    const n = 4996;
    const fitted = Array.from({ length: n }, (_, i) => i);
    const residuals = fitted.map((f) => -f / 10);
    const plot = residualPlot(fitted, residuals);
    expect(plot).toMatchObject({ n, shown: MAX_RESIDUAL_POINTS, sampled: true });
    // (n − 1)/(limit − 1) = 5 exactly: cases 0, 5, 10, …, 4995.
    expect(plot.points.map((p) => p.fitted)).toEqual(Array.from({ length: MAX_RESIDUAL_POINTS }, (_, k) => 5 * k));
    expect(plot.points.at(-1)).toEqual({ fitted: n - 1, residual: -(n - 1) / 10 });
    expect(residualPlot([1, 2], [0.5, -0.5])).toEqual({
      n: 2,
      shown: 2,
      sampled: false,
      points: [
        { fitted: 1, residual: 0.5 },
        { fitted: 2, residual: -0.5 },
      ],
    });
  });
});

describe('bad input names the analysis and the variable', () => {
  const VARS = `  y: { type: number }
  x: { type: number }
  x2: { type: number }
  z: { type: number }
  g: { type: categorical, levels: { a: A, b: B } }
  t: { type: text }`;
  const fail = (analysis: string, csv: string): NaskahError => {
    const { study, data } = loadMemoryStudy(studyYaml(VARS, analysis), csv);
    try {
      analyze(study, data);
    } catch (e) {
      if (e instanceof NaskahError) return e;
      throw e;
    }
    throw new Error('no error');
  };
  const CSV = 'y,x,x2,z,g,t\n1,1,2,5,a,u\n3,2,4,5,b,v\n2,3,6,5,a,w\n5,4,8,5,b,u\n4,5,10,5,a,v\n6,6,12,5,a,w\n';

  it('more predictors than cases', () => {
    const e = fail(
      '  - { id: r, type: linear-regression, outcome: y, predictors: [x, g, z] }',
      'y,x,x2,z,g,t\n1,1,2,5,a,u\n3,2,4,6,b,v\n2,3,6,5,a,w\n',
    );
    expect(e.code).toBe('analysis/too-few-cases');
    expect(e.message).toBe(
      'analysis "r": the model has 3 predictor column(s) (x, g=b, z) but only 3 complete case(s); a regression needs more cases than predictors (at least 5 here)',
    );
  });

  it('a perfectly collinear predictor, named', () => {
    const e = fail('  - { id: r, type: linear-regression, outcome: y, predictors: [x, x2] }', CSV);
    expect(e.code).toBe('analysis/collinear-predictor');
    expect(e.message).toBe(
      'analysis "r": the predictor "x2" is a perfect linear combination of the other predictors (perfectly collinear), so its effect cannot be separated from theirs',
    );
    // At the predictor in study.yaml: the entry's line, the column of "x2" in the flow list.
    const line = studyYaml(VARS, '  - { id: r, type: linear-regression, outcome: y, predictors: [x, x2] }').split('\n');
    const at = line.findIndex((l) => l.includes('predictors: [x, x2]'));
    expect(e.location).toMatchObject({ line: at + 1, column: line[at]!.indexOf('x2]') + 1 });
  });

  it('an indicator of a categorical predictor that another predictor duplicates, named by its level', () => {
    const csv = 'y,x,x2,z,g,t\n1,0,2,5,a,u\n3,1,4,5,b,v\n2,0,6,5,a,w\n5,1,8,5,b,u\n4,0,10,5,a,v\n6,0,12,5,a,w\n';
    const e = fail('  - { id: r, type: linear-regression, outcome: y, predictors: [x, g] }', csv);
    expect(e.message).toBe(
      'analysis "r": level "b" of the predictor "g" is a perfect linear combination of the other predictors (perfectly collinear), so its effect cannot be separated from theirs',
    );
  });

  it('a predictor with the same value in every case', () => {
    const e = fail('  - { id: r, type: linear-regression, outcome: y, predictors: [x, z] }', CSV);
    expect(e.message).toBe(
      'analysis "r": the predictor "z" has the same value in every case used, so its effect cannot be estimated',
    );
  });

  it('a categorical predictor with one level in the cases used', () => {
    const e = fail('  - { id: r, type: linear-regression, outcome: y, predictors: [x, g], filter: "g == a" }', CSV);
    expect(e.code).toBe('analysis/predictor-levels');
    expect(e.message).toBe(
      'analysis "r": the categorical predictor "g" has only one level (a) in the cases used; a predictor needs at least two',
    );
  });

  it('a categorical outcome, at load', () => {
    expect(() =>
      loadMemoryStudy(studyYaml(VARS, '  - { id: r, type: linear-regression, outcome: g, predictors: [x] }'), CSV),
    ).toThrow('analysis "r" needs a numeric variable here, but "g" is categorical');
  });

  it('a text predictor, and a reference level that is not a level', () => {
    expect(fail('  - { id: r, type: linear-regression, outcome: y, predictors: [x, t] }', CSV).message).toBe(
      'analysis "r": the predictor "t" is a text variable; a regression predictor must be numeric or categorical',
    );
    expect(
      fail('  - { id: r, type: linear-regression, outcome: y, predictors: [g], reference: { g: c } }', CSV).message,
    ).toBe('analysis "r": "c" is not a level of "g" (its levels: a, b)');
    expect(
      fail('  - { id: r, type: linear-regression, outcome: y, predictors: [x, g], reference: { x: a } }', CSV).message,
    ).toBe('analysis "r": "reference:" names "x", which is not a categorical predictor of this regression');
  });
});
