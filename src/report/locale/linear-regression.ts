/**
 * Wording of multiple linear regression (analysis type `linear-regression`) in English and
 * Bahasa Indonesia: the coefficients and model-summary tables, the residual and coefficient
 * figures, and the sentences of the methods, results, abstract and conclusion.
 */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'linear-regression';

/** One predictor's coefficient as the sentences need it. */
export interface TermText {
  /** "workload", or "unit: ICU vs IGD" for an indicator of a categorical predictor. */
  name: string;
  b: number;
  lo: number;
  hi: number;
  beta: number | null;
  t: number;
  df: number;
  p: number;
}

/** The residual-normality test that was run, with its statistic. */
export interface NormalityText {
  test: 'shapiro-wilk' | 'lilliefors';
  statistic: number;
  p: number;
}

const E = coreEn.fmt;
const I = coreId.fmt;

const statTermEn = (t: TermText) =>
  `B = ${E.num(t.b)}, 95% CI ${coreEn.ciCell(t.lo, t.hi)}${t.beta === null ? '' : `, \u03b2 = ${E.num(t.beta)}`}, t(${E.int(t.df)}) = ${E.num(t.t)}, ${E.p(t.p)}`;
const statTermId = (t: TermText) =>
  `B = ${I.num(t.b)}; IK 95% ${coreId.ciCell(t.lo, t.hi)}${t.beta === null ? '' : `; \u03b2 = ${I.num(t.beta)}`}; t(${I.int(t.df)}) = ${I.num(t.t)}; ${I.p(t.p)}`;

const normalityNameEn = (test: NormalityText['test']) =>
  test === 'shapiro-wilk' ? 'Shapiro\u2013Wilk test' : 'Kolmogorov\u2013Smirnov test with the Lilliefors correction';
const normalityNameId = (test: NormalityText['test']) =>
  test === 'shapiro-wilk' ? 'uji Shapiro\u2013Wilk' : 'uji Kolmogorov\u2013Smirnov dengan koreksi Lilliefors';
const normalityStatEn = (n: NormalityText) =>
  `${n.test === 'shapiro-wilk' ? 'W' : 'D'} = ${E.num(n.statistic, 3)}, ${E.p(n.p)}`;
const normalityStatId = (n: NormalityText) =>
  `${n.test === 'shapiro-wilk' ? 'W' : 'D'} = ${I.num(n.statistic, 3)}; ${I.p(n.p)}`;
const citeNormality = (test: NormalityText['test']) =>
  test === 'shapiro-wilk' ? '[@shapiro1965normality]' : '[@lilliefors1967ks]';

export const en = {
  columns: {
    predictor: 'Predictor',
    b: 'B',
    se: 'SE',
    beta: '\u03b2',
    t: 't',
    p: 'p',
    ci: '95% CI for B',
    tolerance: 'Tolerance',
    vif: 'VIF',
    n: 'n',
    r: 'R',
    r2: 'R\u00b2',
    adjR2: 'Adjusted R\u00b2',
    sigma: 'SE of the estimate',
    f: 'F',
    df: 'df',
    dw: 'Durbin\u2013Watson',
  },
  intercept: 'Intercept',
  /** An indicator of a categorical predictor: its level against the reference level. */
  term: (variable: string, level: string, reference: string) => `${variable}: ${level} vs ${reference}`,
  captionCoefficients: (outcome: string) => `Multiple linear regression of the ${outcome}: coefficients`,
  captionModel: (outcome: string) => `Model summary of the multiple linear regression of the ${outcome}`,
  noteCoefficients: (n: number, df: number) =>
    `B = unstandardised coefficient with its standard error (SE) and 95% confidence interval; \u03b2 = standardised coefficient; t on ${E.int(df)} degrees of freedom; tolerance = 1 \u2212 R\u00b2 of the predictor on the other predictors, VIF = 1/tolerance. n = ${E.int(n)}.`,
  noteCategorical: 'A categorical predictor enters as one indicator per level, compared with its reference level.',
  noteModel: (dfModel: number, dfResidual: number) =>
    `R = multiple correlation; SE of the estimate = standard deviation of the residuals; F(${E.int(dfModel)}, ${E.int(dfResidual)}) tests the model against the intercept-only model; a Durbin\u2013Watson statistic near 2 indicates uncorrelated residuals.`,
  statModel: (f: number, df1: number, df2: number, p: number, r2: number) =>
    `F(${E.int(df1)}, ${E.int(df2)}) = ${E.num(f)}, ${E.p(p)}, R\u00b2 = ${E.bounded(r2)}`,
  statTerm: statTermEn,
  testName: 'multiple linear regression',
  method: (outcome: string, predictors: string[], categorical: boolean, normality: NormalityText['test'] | null) =>
    [
      `The ${outcome} was regressed on ${coreEn.list(predictors.map(mid))}, entered together, by ordinary least squares multiple linear regression${categorical ? '; categorical predictors entered as indicator variables against their reference level' : ''}. Coefficients are reported as unstandardised B with 95% confidence intervals and as standardised \u03b2, and the fit of the model as R\u00b2, adjusted R\u00b2 and the F test against the intercept-only model [@cohen2003regression].`,
      `${normality ? `The normality of the residuals was checked with the ${normalityNameEn(normality)} ${citeNormality(normality)}, their independence` : 'The independence of the residuals was checked'} with the Durbin\u2013Watson statistic [@durbin1950serial] and collinearity with tolerance and the variance inflation factor (VIF), a VIF of 10 or more counting as a problem [@field2018spss].`,
    ].join(' '),
  model: (outcome: string, significant: boolean, stat: string, adjR2: number, ref: string) =>
    `Together the predictors ${significant ? 'explained a significant' : 'did not explain a significant'} part of the variance of the ${outcome}, ${stat}, adjusted R\u00b2 = ${E.bounded(adjR2)} (${ref}).`,
  significant: (outcome: string, terms: TermText[]) =>
    `Holding the other predictors constant, the ${outcome} was significantly related to ${coreEn.list(terms.map((t) => `${mid(t.name)} (${statTermEn(t)})`))}.`,
  none: (outcome: string) =>
    `No predictor was significantly related to the ${outcome} when the others were held constant.`,
  others: (names: string[]) =>
    `${coreEn.cap(coreEn.list(names.map(mid)))} ${names.length === 1 ? 'was' : 'were'} not significantly related to it.`,
  normality: (ok: boolean, n: NormalityText) =>
    ok
      ? `The ${normalityNameEn(n.test)} did not reject the normality of the residuals, ${normalityStatEn(n)}.`
      : `The ${normalityNameEn(n.test)} rejected the normality of the residuals, ${normalityStatEn(n)}; the t and F tests assume normal residuals and are read with caution.`,
  durbinWatson: (ok: boolean, dw: number) =>
    ok
      ? `The Durbin\u2013Watson statistic was ${E.num(dw)}, within 1 to 3, so the residuals showed no marked serial correlation.`
      : `The Durbin\u2013Watson statistic was ${E.num(dw)}, outside 1 to 3, which suggests correlated residuals; the standard errors may then be too small.`,
  collinearity: (maxVif: number, minTolerance: number) =>
    `Collinearity was not a problem: the largest VIF was ${E.num(maxVif)} (smallest tolerance ${E.bounded(minTolerance)}).`,
  collinear: (names: string[]) =>
    `${coreEn.cap(coreEn.list(names.map(mid)))} had a VIF of 10 or more; ${names.length === 1 ? 'its coefficient is' : 'their coefficients are'} imprecise and should be interpreted with caution.`,
  figures: (model: string, residuals: string, forest: string | null) =>
    `${coreEn.cap(model)} summarises the fit of the model; ${residuals} plots the residuals against the fitted values${forest ? ` and ${forest} the standardised coefficients with their 95% confidence intervals` : ''}.`,
  /** The model table alone, with `figure: false`. */
  modelRef: (model: string) => `${coreEn.cap(model)} summarises the fit of the model.`,
  abstract: (outcome: string, significant: boolean, stat: string, names: string[]) =>
    `In a multiple linear regression of the ${outcome}, the predictors together ${significant ? 'explained a significant' : 'did not explain a significant'} part of its variance, ${stat}${names.length ? `; ${coreEn.list(names.map(mid))} ${names.length === 1 ? 'was a significant predictor' : 'were significant predictors'}` : ''}.`,
  conclusion: (outcome: string, significant: boolean, names: string[]) =>
    names.length
      ? `${coreEn.cap(coreEn.list(names.map(mid)))} predicted the ${outcome} independently of the other predictors.`
      : significant
        ? `The predictors together predicted the ${outcome}, but none did so independently of the others.`
        : `The predictors did not significantly predict the ${outcome}.`,
  captionResiduals: (outcome: string) => `Residuals against fitted values in the regression of the ${outcome}`,
  captionResidualsSample: (outcome: string, shown: number, n: number) =>
    `Residuals against fitted values in the regression of the ${outcome} (a systematic sample of ${E.int(shown)} of the ${E.int(n)} cases, evenly spaced in file order)`,
  axisFitted: (outcome: string) => `Fitted ${outcome}`,
  axisResidual: 'Residual',
  altResiduals: (shown: number, outcome: string, fitted: [number, number], residual: [number, number]) =>
    `Scatter plot of ${E.int(shown)} residuals against the fitted ${outcome}: fitted values from ${E.num(fitted[0])} to ${E.num(fitted[1])}, residuals from ${E.num(residual[0])} to ${E.num(residual[1])}, with a line at zero.`,
  captionForest: (outcome: string) =>
    `Standardised coefficients (\u03b2) with 95% confidence intervals in the regression of the ${outcome}`,
  axisBeta: 'Standardised coefficient \u03b2 (95% CI)',
  altForest: (parts: string[]) => `Standardised coefficient per predictor: ${parts.join('; ')}.`,
  altForestPart: (name: string, beta: number, lo: number, hi: number) =>
    `${name} ${E.num(beta)} ${coreEn.ciCell(lo, hi)}`,
};

export const id: typeof en = {
  columns: {
    predictor: 'Prediktor',
    b: 'B',
    se: 'SE',
    beta: '\u03b2',
    t: 't',
    p: 'p',
    ci: 'IK 95% untuk B',
    tolerance: 'Toleransi',
    vif: 'VIF',
    n: 'n',
    r: 'R',
    r2: 'R\u00b2',
    adjR2: 'R\u00b2 disesuaikan',
    sigma: 'Galat baku estimasi',
    f: 'F',
    df: 'db',
    dw: 'Durbin\u2013Watson',
  },
  intercept: 'Konstanta',
  term: (variable, level, reference) => `${variable}: ${level} dibandingkan ${reference}`,
  captionCoefficients: (outcome) => `Regresi linear berganda ${mid(outcome)}: koefisien`,
  captionModel: (outcome) => `Ringkasan model regresi linear berganda ${mid(outcome)}`,
  noteCoefficients: (n, df) =>
    `B = koefisien tidak terstandar dengan galat bakunya (SE) dan interval kepercayaan (IK) 95%; \u03b2 = koefisien terstandar; t dengan derajat bebas ${I.int(df)}; toleransi = 1 \u2212 R\u00b2 prediktor terhadap prediktor lain, VIF = 1/toleransi. n = ${I.int(n)}.`,
  noteCategorical:
    'Prediktor kategorik masuk sebagai satu variabel indikator per kategori, dibandingkan dengan kategori rujukannya.',
  noteModel: (dfModel, dfResidual) =>
    `R = korelasi berganda; galat baku estimasi = simpangan baku residual; F(${I.int(dfModel)}; ${I.int(dfResidual)}) menguji model terhadap model tanpa prediktor; statistik Durbin\u2013Watson yang mendekati 2 menunjukkan residual yang tidak berkorelasi.`,
  statModel: (f, df1, df2, p, r2) =>
    `F(${I.int(df1)}; ${I.int(df2)}) = ${I.num(f)}; ${I.p(p)}; R\u00b2 = ${I.bounded(r2)}`,
  statTerm: statTermId,
  testName: 'regresi linear berganda',
  method: (outcome, predictors, categorical, normality) =>
    [
      `${coreId.cap(outcome)} diregresikan pada ${coreId.list(predictors.map(mid))}, yang dimasukkan bersama-sama, dengan regresi linear berganda metode kuadrat terkecil biasa${categorical ? '; prediktor kategorik dimasukkan sebagai variabel indikator terhadap kategori rujukannya' : ''}. Koefisien dilaporkan sebagai B tidak terstandar dengan interval kepercayaan 95% dan sebagai \u03b2 terstandar, dan kecocokan model sebagai R\u00b2, R\u00b2 disesuaikan, dan uji F terhadap model tanpa prediktor [@cohen2003regression].`,
      `${normality ? `Normalitas residual diperiksa dengan ${normalityNameId(normality)} ${citeNormality(normality)}, independensinya` : 'Independensi residual diperiksa'} dengan statistik Durbin\u2013Watson [@durbin1950serial], dan multikolinearitas dengan toleransi dan faktor inflasi varians (VIF), dengan VIF 10 atau lebih dianggap bermasalah [@field2018spss].`,
    ].join(' '),
  model: (outcome, significant, stat, adjR2, ref) =>
    `Secara bersama-sama, prediktor ${significant ? 'menjelaskan' : 'tidak menjelaskan'} bagian varians ${mid(outcome)} secara signifikan, ${stat}; R\u00b2 disesuaikan = ${I.bounded(adjR2)} (${ref}).`,
  significant: (outcome, terms) =>
    `Dengan prediktor lain dikendalikan, ${mid(outcome)} berhubungan secara signifikan dengan ${coreId.list(terms.map((t) => `${mid(t.name)} (${statTermId(t)})`))}.`,
  none: (outcome) =>
    `Tidak ada prediktor yang berhubungan secara signifikan dengan ${mid(outcome)} bila prediktor lain dikendalikan.`,
  others: (names) => `${coreId.cap(coreId.list(names.map(mid)))} tidak berhubungan secara signifikan dengannya.`,
  normality: (ok, n) =>
    ok
      ? `${coreId.cap(normalityNameId(n.test))} tidak menolak normalitas residual, ${normalityStatId(n)}.`
      : `${coreId.cap(normalityNameId(n.test))} menolak normalitas residual, ${normalityStatId(n)}; uji t dan F mengandaikan residual berdistribusi normal sehingga perlu dibaca dengan hati-hati.`,
  durbinWatson: (ok, dw) =>
    ok
      ? `Statistik Durbin\u2013Watson sebesar ${I.num(dw)}, di antara 1 dan 3, sehingga residual tidak menunjukkan korelasi serial yang berarti.`
      : `Statistik Durbin\u2013Watson sebesar ${I.num(dw)}, di luar 1 sampai 3, yang menunjukkan residual yang berkorelasi; galat baku koefisien mungkin terlalu kecil.`,
  collinearity: (maxVif, minTolerance) =>
    `Multikolinearitas tidak menjadi masalah: VIF terbesar ${I.num(maxVif)} (toleransi terkecil ${I.bounded(minTolerance)}).`,
  collinear: (names) =>
    `${coreId.cap(coreId.list(names.map(mid)))} memiliki VIF 10 atau lebih; koefisiennya tidak presisi dan perlu ditafsirkan dengan hati-hati.`,
  figures: (model, residuals, forest) =>
    `${coreId.cap(model)} meringkas kecocokan model; ${residuals} menampilkan residual terhadap nilai prediksi${forest ? ` dan ${forest} koefisien terstandar dengan interval kepercayaan 95%` : ''}.`,
  modelRef: (model) => `${coreId.cap(model)} meringkas kecocokan model.`,
  abstract: (outcome, significant, stat, names) =>
    `Dalam regresi linear berganda ${mid(outcome)}, prediktor secara bersama-sama ${significant ? 'menjelaskan' : 'tidak menjelaskan'} bagian variansnya secara signifikan, ${stat}${names.length ? `; ${coreId.list(names.map(mid))} merupakan prediktor yang signifikan` : ''}.`,
  conclusion: (outcome, significant, names) =>
    names.length
      ? `${coreId.cap(coreId.list(names.map(mid)))} memprediksi ${mid(outcome)} secara independen dari prediktor lain.`
      : significant
        ? `Prediktor secara bersama-sama memprediksi ${mid(outcome)}, tetapi tidak ada yang melakukannya secara independen dari prediktor lain.`
        : `Prediktor tidak memprediksi ${mid(outcome)} secara signifikan.`,
  captionResiduals: (outcome) => `Residual terhadap nilai prediksi pada regresi ${mid(outcome)}`,
  captionResidualsSample: (outcome, shown, n) =>
    `Residual terhadap nilai prediksi pada regresi ${mid(outcome)} (sampel sistematis ${I.int(shown)} dari ${I.int(n)} kasus, berjarak sama menurut urutan berkas)`,
  axisFitted: (outcome) => `Nilai prediksi ${mid(outcome)}`,
  axisResidual: 'Residual',
  altResiduals: (shown, outcome, fitted, residual) =>
    `Diagram pencar ${I.int(shown)} residual terhadap nilai prediksi ${mid(outcome)}: nilai prediksi dari ${I.num(fitted[0])} sampai ${I.num(fitted[1])}, residual dari ${I.num(residual[0])} sampai ${I.num(residual[1])}, dengan garis pada nol.`,
  captionForest: (outcome) =>
    `Koefisien terstandar (\u03b2) dengan interval kepercayaan 95% pada regresi ${mid(outcome)}`,
  axisBeta: 'Koefisien terstandar \u03b2 (IK 95%)',
  altForest: (parts) => `Koefisien terstandar per prediktor: ${parts.join('; ')}.`,
  altForestPart: (name, beta, lo, hi) => `${name} ${I.num(beta)} ${coreId.ciCell(lo, hi)}`,
};
