/**
 * linear-regression report unit on the oracle's kepuasan_kerja.csv: linear_regression_01
 * (workload, supervisor support and age; F(3, 147) = 22.51, R² = .31, Durbin–Watson 1.94) for
 * the sentences in both languages, and linear_regression_02 (sex and work unit as dummies
 * against Male and ICU) for the naming of indicator terms.
 */
import { describe, expect, it } from 'vitest';
import { linearRegressionUnit } from '../../src/analysis/units/linear-regression.ts';
import { linearRegressionReport as unit } from '../../src/report/analyses/linear-regression.ts';
import { en, id } from '../../src/report/locale/linear-regression.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

const VARS = `  unit:
    type: categorical
    label: { id: Unit kerja, en: Work unit }
    levels: { ICU: ICU, IGD: IGD, farmasi: Farmasi, poli: Poli, rawat_inap: { id: Rawat inap, en: Inpatient } }
  jenis_kelamin:
    type: categorical
    label: { id: Jenis kelamin, en: Sex }
    levels: { L: { id: Laki-laki, en: Male }, P: { id: Perempuan, en: Female } }
  usia: { type: integer, label: { id: Usia, en: Age } }
  beban_kerja: { type: number, label: { id: Beban kerja, en: Workload } }
  dukungan_atasan: { type: number, label: { id: Dukungan atasan, en: Supervisor support } }
  kepuasan: { type: number, label: { id: Kepuasan kerja, en: Job satisfaction } }`;

const yaml = (predictors: string) =>
  studyYaml(VARS, `  - { id: reg, type: linear-regression, outcome: kepuasan, predictors: ${predictors} }`);

describe('numeric predictors (linear_regression_01)', () => {
  const { a, spec, ctx } = prepare(
    linearRegressionUnit,
    yaml('[beban_kerja, dukungan_atasan, usia]'),
    oracleCsv('kepuasan_kerja.csv'),
    'reg',
  );

  it('tabulates the coefficients and the model summary (APA)', () => {
    const [coef, model] = unit.tables!(a, spec, ctx('en'));
    expect(cellsOf(coef!)).toEqual([
      ['Predictor', 'B', 'SE', 'β', 't', 'p', '95% CI for B', 'Tolerance', 'VIF'],
      ['Intercept', '50.51', '4.91', '', '10.28', '< .001', '[40.80, 60.22]', '', ''],
      ['Workload', '−0.61', '0.10', '−0.42', '−6.04', '< .001', '[−0.81, −0.41]', '.99', '1.01'],
      ['Supervisor support', '0.98', '0.19', '0.36', '5.24', '< .001', '[0.61, 1.34]', '.99', '1.01'],
      ['Age', '0.02', '0.06', '0.02', '0.36', '.718', '[−0.10, 0.14]', '.98', '1.02'],
    ]);
    expect(coef!.caption).toBe('Multiple linear regression of the job satisfaction: coefficients');
    expect(cellsOf(model!)).toEqual([
      ['n', 'R', 'R²', 'Adjusted R²', 'SE of the estimate', 'F', 'df', 'p', 'Durbin–Watson'],
      ['151', '.56', '.31', '.30', '7.72', '22.51', '3, 147', '< .001', '1.94'],
    ]);
    const [coefId, modelId] = unit.tables!(a, spec, ctx('id'));
    expect(cellsOf(coefId!)[2]).toEqual([
      'Beban kerja',
      '−0,61',
      '0,10',
      '−0,42',
      '−6,04',
      '< 0,001',
      '[−0,81; −0,41]',
      '0,99',
      '1,01',
    ]);
    expect(cellsOf(modelId!)[1]).toEqual(['151', '0,56', '0,31', '0,30', '7,72', '22,51', '3, 147', '< 0,001', '1,94']);
  });

  it('words the model, the predictors and the checks in English', () => {
    expect(unit.stat!(a, spec, ctx('en'))).toBe('F(3, 147) = 22.51, p < .001, R² = .31');
    expect(unit.results(a, spec, ctx('en'))).toBe(
      'Together the predictors explained a significant part of the variance of the job satisfaction, F(3, 147) = 22.51, p < .001, R² = .31, adjusted R² = .30 (:ref[reg]). Holding the other predictors constant, the job satisfaction was significantly related to workload (B = −0.61, 95% CI [−0.81, −0.41], β = −0.42, t(147) = −6.04, p < .001) and supervisor support (B = 0.98, 95% CI [0.61, 1.34], β = 0.36, t(147) = 5.24, p < .001). Age was not significantly related to it. The Shapiro–Wilk test did not reject the normality of the residuals, W = 0.982, p = .051. The Durbin–Watson statistic was 1.94, within 1 to 3, so the residuals showed no marked serial correlation. Collinearity was not a problem: the largest VIF was 1.02 (smallest tolerance .98). :ref[reg-model] summarises the fit of the model; :figref[reg-residuals] plots the residuals against the fitted values and :figref[reg-coefficients] the standardised coefficients with their 95% confidence intervals.\n\n::table[reg]\n\n::table[reg-model]\n\n::figure[reg-residuals]\n\n::figure[reg-coefficients]',
    );
    expect(unit.methods!(a, spec, ctx('en'))).toBe(
      'The job satisfaction was regressed on workload, supervisor support and age, entered together, by ordinary least squares multiple linear regression. Coefficients are reported as unstandardised B with 95% confidence intervals and as standardised β, and the fit of the model as R², adjusted R² and the F test against the intercept-only model [@cohen2003regression]. The normality of the residuals was checked with the Shapiro–Wilk test [@shapiro1965normality], their independence with the Durbin–Watson statistic [@durbin1950serial] and collinearity with tolerance and the variance inflation factor (VIF), a VIF of 10 or more counting as a problem [@field2018spss].',
    );
    expect(unit.abstract!(a, spec, ctx('en'))).toBe(
      'In a multiple linear regression of the job satisfaction, the predictors together explained a significant part of its variance, F(3, 147) = 22.51, p < .001, R² = .31; workload and supervisor support were significant predictors.',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe(
      'Workload and supervisor support predicted the job satisfaction independently of the other predictors.',
    );
  });

  it('words the model, the predictors and the checks in Bahasa Indonesia', () => {
    expect(unit.stat!(a, spec, ctx('id'))).toBe('F(3; 147) = 22,51; p < 0,001; R² = 0,31');
    expect(unit.results(a, spec, ctx('id')).split('\n\n')[0]).toBe(
      'Secara bersama-sama, prediktor menjelaskan bagian varians kepuasan kerja secara signifikan, F(3; 147) = 22,51; p < 0,001; R² = 0,31; R² disesuaikan = 0,30 (:ref[reg]). Dengan prediktor lain dikendalikan, kepuasan kerja berhubungan secara signifikan dengan beban kerja (B = −0,61; IK 95% [−0,81; −0,41]; β = −0,42; t(147) = −6,04; p < 0,001) dan dukungan atasan (B = 0,98; IK 95% [0,61; 1,34]; β = 0,36; t(147) = 5,24; p < 0,001). Usia tidak berhubungan secara signifikan dengannya. Uji Shapiro–Wilk tidak menolak normalitas residual, W = 0,982; p = 0,051. Statistik Durbin–Watson sebesar 1,94, di antara 1 dan 3, sehingga residual tidak menunjukkan korelasi serial yang berarti. Multikolinearitas tidak menjadi masalah: VIF terbesar 1,02 (toleransi terkecil 0,98). :ref[reg-model] meringkas kecocokan model; :figref[reg-residuals] menampilkan residual terhadap nilai prediksi dan :figref[reg-coefficients] koefisien terstandar dengan interval kepercayaan 95%.',
    );
    expect(unit.methods!(a, spec, ctx('id'))).toBe(
      'Kepuasan kerja diregresikan pada beban kerja, dukungan atasan dan usia, yang dimasukkan bersama-sama, dengan regresi linear berganda metode kuadrat terkecil biasa. Koefisien dilaporkan sebagai B tidak terstandar dengan interval kepercayaan 95% dan sebagai β terstandar, dan kecocokan model sebagai R², R² disesuaikan, dan uji F terhadap model tanpa prediktor [@cohen2003regression]. Normalitas residual diperiksa dengan uji Shapiro–Wilk [@shapiro1965normality], independensinya dengan statistik Durbin–Watson [@durbin1950serial], dan multikolinearitas dengan toleransi dan faktor inflasi varians (VIF), dengan VIF 10 atau lebih dianggap bermasalah [@field2018spss].',
    );
    expect(unit.abstract!(a, spec, ctx('id'))).toBe(
      'Dalam regresi linear berganda kepuasan kerja, prediktor secara bersama-sama menjelaskan bagian variansnya secara signifikan, F(3; 147) = 22,51; p < 0,001; R² = 0,31; beban kerja dan dukungan atasan merupakan prediktor yang signifikan.',
    );
    expect(unit.conclusion!(a, spec, ctx('id'))).toBe(
      'Beban kerja dan dukungan atasan memprediksi kepuasan kerja secara independen dari prediktor lain.',
    );
  });

  it('plots every residual against its fitted value, and the standardised coefficients with their CIs', () => {
    const [residuals, forest] = unit.figures!(a, spec, ctx('en'));
    expect(residuals!.key).toBe('reg-residuals');
    const layers = residuals!.spec.layer as { data: { values: { fitted: number; residual: number }[] } }[];
    expect(layers[0]!.data.values).toHaveLength(151);
    expect(residuals!.alt).toBe(
      'Scatter plot of 151 residuals against the fitted job satisfaction: fitted values from 34.28 to 64.80, residuals from −27.78 to 18.55, with a line at zero.',
    );
    // β's interval is B's interval times sd(x)/sd(y) = β/B: −0.4153 × [−0.8127, −0.4120]/−0.6124.
    expect(forest!.spec.data).toEqual({
      values: [
        {
          term: 'Workload',
          beta: expect.closeTo(-0.4152650470332976, 12),
          lo: expect.closeTo(-0.5511, 4),
          hi: expect.closeTo(-0.2794, 4),
        },
        expect.objectContaining({ term: 'Supervisor support' }),
        expect.objectContaining({ term: 'Age' }),
      ],
    });
    expect(residuals!.spec.config).toBeUndefined();
    expect(unit.figures!(a, spec, ctx('id'))[1]!.spec.config).toEqual({
      locale: { number: { decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''] } },
    });
    expect(unit.figures!(a, spec, ctx('id'))[1]!.caption).toBe(
      'Koefisien terstandar (β) dengan interval kepercayaan 95% pada regresi kepuasan kerja',
    );
  });
});

describe('categorical predictors (linear_regression_02)', () => {
  const { a, spec, ctx } = prepare(
    linearRegressionUnit,
    yaml('[dukungan_atasan, jenis_kelamin, unit]'),
    oracleCsv('kepuasan_kerja.csv'),
    'reg',
  );

  it('names each indicator by its level and the reference level, in both languages', () => {
    const [coef] = unit.tables!(a, spec, ctx('en'));
    expect(cellsOf(coef!).map((r) => r[0])).toEqual([
      'Predictor',
      'Intercept',
      'Supervisor support',
      'Sex: Female vs Male',
      'Work unit: IGD vs ICU',
      'Work unit: Farmasi vs ICU',
      'Work unit: Poli vs ICU',
      'Work unit: Inpatient vs ICU',
    ]);
    expect(cellsOf(coef!)[4]).toEqual([
      'Work unit: IGD vs ICU',
      '−4.47',
      '2.09',
      '−0.21',
      '−2.14',
      '.034',
      '[−8.60, −0.35]',
      '.47',
      '2.13',
    ]);
    expect(coef!.notes[1]).toBe(
      'A categorical predictor enters as one indicator per level, compared with its reference level.',
    );
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)[3]![0]).toBe(
      'Jenis kelamin: Perempuan dibandingkan Laki-laki',
    );
    expect(unit.results(a, spec, ctx('en'))).toContain(
      'Sex\\: Female vs Male and work unit\\: Inpatient vs ICU were not significantly related to it.',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Jenis kelamin\\: Perempuan dibandingkan Laki-laki dan unit kerja\\: Rawat inap dibandingkan ICU tidak berhubungan secara signifikan dengannya.',
    );
    expect(unit.methods!(a, spec, ctx('en'))).toContain(
      'by ordinary least squares multiple linear regression; categorical predictors entered as indicator variables against their reference level.',
    );
    expect(unit.methods!(a, spec, ctx('id'))).toContain(
      '; prediktor kategorik dimasukkan sebagai variabel indikator terhadap kategori rujukannya.',
    );
  });
});

describe('a large sample and an outcome without variance', () => {
  const bigYaml = studyYaml(
    '  x: { type: number, label: { id: Skor X, en: Score X } }\n  y: { type: number, label: { id: Skor Y, en: Score Y } }',
    '  - { id: big, type: linear-regression, outcome: y, predictors: [x] }',
  );

  it('says when the residual plot shows a systematic sample, in both languages', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `${i % 50},${2 * (i % 50) + ((i * 7) % 11) - 5}`);
    const { a, spec, ctx } = prepare(linearRegressionUnit, bigYaml, `x,y\n${rows.join('\n')}\n`, 'big');
    const [en] = unit.figures!(a, spec, ctx('en'));
    expect(en!.caption).toBe(
      'Residuals against fitted values in the regression of the score Y (a systematic sample of 1000 of the 1200 cases, evenly spaced in file order)',
    );
    expect(unit.figures!(a, spec, ctx('id'))[0]!.caption).toBe(
      'Residual terhadap nilai prediksi pada regresi skor Y (sampel sistematis 1000 dari 1200 kasus, berjarak sama menurut urutan berkas)',
    );
  });

  it('reports a model that cannot be fitted, with no tables or figures', () => {
    const { a, spec, ctx } = prepare(linearRegressionUnit, bigYaml, 'x,y\n1,4\n2,4\n3,4\n4,4\n', 'big');
    expect(unit.tables!(a, spec, ctx('en'))).toEqual([]);
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    expect(unit.results(a, spec, ctx('en'))).toBe(
      'The multiple linear regression could not be computed: the outcome has the same value in every case used.',
    );
    expect(unit.results(a, spec, ctx('id'))).toBe(
      'Regresi linear berganda tidak dapat dihitung: data tidak bervariasi.',
    );
  });
});

describe('the sentences of failed checks and of no effect, in both languages', () => {
  const n = { test: 'shapiro-wilk' as const, statistic: 0.9612, p: 0.0213 };
  const l = { test: 'lilliefors' as const, statistic: 0.0191, p: 0.0034 };

  it('residuals that are not normal', () => {
    expect(en.normality(false, n)).toBe(
      'The Shapiro–Wilk test rejected the normality of the residuals, W = 0.961, p = .021; the t and F tests assume normal residuals and are read with caution.',
    );
    expect(id.normality(false, l)).toBe(
      'Uji Kolmogorov–Smirnov dengan koreksi Lilliefors menolak normalitas residual, D = 0,019; p = 0,003; uji t dan F mengandaikan residual berdistribusi normal sehingga perlu dibaca dengan hati-hati.',
    );
  });

  it('a Durbin–Watson statistic outside 1 to 3, and collinear predictors', () => {
    expect(en.durbinWatson(false, 0.61)).toBe(
      'The Durbin–Watson statistic was 0.61, outside 1 to 3, which suggests correlated residuals; the standard errors may then be too small.',
    );
    expect(id.durbinWatson(false, 0.61)).toBe(
      'Statistik Durbin–Watson sebesar 0,61, di luar 1 sampai 3, yang menunjukkan residual yang berkorelasi; galat baku koefisien mungkin terlalu kecil.',
    );
    expect(en.collinear(['Age', 'Years of service'])).toBe(
      'Age and years of service had a VIF of 10 or more; their coefficients are imprecise and should be interpreted with caution.',
    );
    expect(id.collinear(['Usia'])).toBe(
      'Usia memiliki VIF 10 atau lebih; koefisiennya tidak presisi dan perlu ditafsirkan dengan hati-hati.',
    );
  });

  it('no significant predictor, and a model that explains nothing significant', () => {
    expect(en.none('job satisfaction')).toBe(
      'No predictor was significantly related to the job satisfaction when the others were held constant.',
    );
    expect(id.none('kepuasan kerja')).toBe(
      'Tidak ada prediktor yang berhubungan secara signifikan dengan kepuasan kerja bila prediktor lain dikendalikan.',
    );
    expect(en.conclusion('job satisfaction', false, [])).toBe(
      'The predictors did not significantly predict the job satisfaction.',
    );
    expect(id.conclusion('kepuasan kerja', true, [])).toBe(
      'Prediktor secara bersama-sama memprediksi kepuasan kerja, tetapi tidak ada yang melakukannya secara independen dari prediktor lain.',
    );
  });

  it('the methods with Lilliefors above 5000 cases, and without a normality test', () => {
    expect(en.method('job satisfaction', ['workload'], false, 'lilliefors')).toContain(
      'The normality of the residuals was checked with the Kolmogorov–Smirnov test with the Lilliefors correction [@lilliefors1967ks], their independence',
    );
    expect(en.method('job satisfaction', ['workload'], false, null)).toContain(
      'The independence of the residuals was checked with the Durbin–Watson statistic [@durbin1950serial] and collinearity',
    );
    expect(id.method('kepuasan kerja', ['beban kerja'], false, null)).toContain(
      'Independensi residual diperiksa dengan statistik Durbin–Watson [@durbin1950serial]',
    );
  });
});

describe('`figure: false` (linear_regression_01)', () => {
  const { a, spec, ctx } = prepare(
    linearRegressionUnit,
    studyYaml(
      VARS,
      '  - { id: reg, type: linear-regression, outcome: kepuasan, predictors: [beban_kerja, dukungan_atasan, usia], figure: false }',
    ),
    oracleCsv('kepuasan_kerja.csv'),
    'reg',
  );

  it('keeps the residuals out of the result and draws neither figure', () => {
    expect(spec.figure).toBe(false);
    if ('error' in a.result) throw new Error(a.result.error.message);
    expect(a.result.residualPlot).toBeUndefined();
    // The model is the oracle's (linear_regression_01: R² = .314777546431107) with or without the figure.
    expect(a.result.r2).toBeCloseTo(0.314777546431107, 10);
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
  });

  it('names only the model table after the checks, in both languages', () => {
    const en = unit.results(a, spec, ctx('en'));
    const id = unit.results(a, spec, ctx('id'));
    expect(en.slice(en.indexOf('Collinearity'))).toBe(
      'Collinearity was not a problem: the largest VIF was 1.02 (smallest tolerance .98). :ref[reg-model] summarises the fit of the model.\n\n::table[reg]\n\n::table[reg-model]',
    );
    expect(id.slice(id.indexOf('Multikolinearitas'))).toBe(
      'Multikolinearitas tidak menjadi masalah: VIF terbesar 1,02 (toleransi terkecil 0,98). :ref[reg-model] meringkas kecocokan model.\n\n::table[reg]\n\n::table[reg-model]',
    );
    for (const text of [en, id]) expect(text).not.toMatch(/figref|::figure|Figure|Gambar/);
  });
});
