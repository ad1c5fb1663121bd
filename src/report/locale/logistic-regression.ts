/**
 * Wording of multivariable logistic regression (analysis type `logistic-regression`) in
 * English and Bahasa Indonesia: the screening table, the model table with its fit
 * statistics, and the sentences of the methods, results, abstract and conclusion,
 * including what to say when the model cannot be estimated.
 */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence } from '../../text.ts';
import { typed } from './format.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'logistic-regression';

/** One model term as the sentences need it. */
export interface TermText {
  variable: string;
  /** "low vs moderate/high", or empty for a numeric predictor. */
  contrast: string;
  or: number;
  lo: number;
  hi: number;
  p: number;
}

const fe = coreEn.fmt;
const fi = coreId.fmt;
// A label mid-sentence: lower-cased first letter, acronyms kept (SDS, PSS-10).
const lower = midSentence;

const orEn = (t: TermText) => coreEn.statOddsRatio(t.or, t.lo, t.hi, t.p);
const orId = (t: TermText) => coreId.statOddsRatio(t.or, t.lo, t.hi, t.p);
const termEn = (t: TermText) => `${lower(t.variable)} (${t.contrast ? `${t.contrast}: ` : ''}${orEn(t)})`;
const termId = (t: TermText) => `${lower(t.variable)} (${t.contrast ? `${t.contrast}: ` : ''}${orId(t)})`;

export const en = {
  columns: {
    factor: 'Factor',
    category: 'Comparison',
    b: 'B',
    se: 'SE',
    or: 'Adjusted OR',
    ci: coreEn.columns.ci,
    p: coreEn.columns.p,
    df: 'df',
    chi2: 'LR χ²',
    eligible: (threshold: string) => `p < ${threshold}`,
    inModel: 'In final model',
  },
  intercept: 'Intercept',
  figureCaption: (caseWords: string, alpha: string) =>
    `Adjusted odds ratios of ${caseWords} with 95% confidence intervals (logarithmic scale; dashed line: OR = 1; filled squares: p < ${alpha})`,
  figureAxis: 'Adjusted odds ratio (log scale)',
  figureEstimates: 'OR [95% CI]',
  figureAlt: (caseWords: string, n: number) =>
    `Forest plot of ${n} adjusted odds ratios of ${caseWords} from the multivariable model, with 95% confidence intervals on a logarithmic axis.`,
  figureShows: (ref: string) => `${ref} shows the adjusted odds ratios with their 95% confidence intervals.`,
  contrast: (level: string, reference: string) => `${level} vs ${reference}`,
  perUnit: (unit: string, per?: { units: number; sd: boolean }) => {
    const size = per?.sd
      ? `1-SD (${fe.num(per.units)}${unit ? ` ${unit}` : ''})`
      : `${fe.num(per?.units ?? 1, Number.isInteger(per?.units ?? 1) ? 0 : 2)}-unit`;
    return per?.sd || !unit ? `per ${size} increase` : `per ${size} increase (${unit})`;
  },
  yes: 'Yes',
  no: 'No',
  dash: '—',
  captionModel: (caseWords: string) => `Multivariable logistic regression of ${caseWords}`,
  captionScreening: (threshold: string) =>
    `Bivariate screening of candidate factors for the multivariable model (p < ${threshold})`,
  statModel: (chi2: number, df: number, p: number, r2: number) =>
    `χ²(${fe.int(df)}) = ${fe.num(chi2)}, ${fe.p(p)}, Nagelkerke R² = ${fe.bounded(r2)}`,
  noteModel: (caseWords: string, n: number, events: number, dev: number, stat: string) =>
    `OR = odds ratio of ${caseWords} adjusted for the other factors in the table; CI = Wald confidence interval; p from the Wald test. n = ${fe.int(n)} (${fe.int(events)} with ${caseWords}); −2 log-likelihood = ${fe.num(dev)}; likelihood-ratio test of the model against the intercept-only model: ${stat}.`,
  noteScreening: (threshold: string) =>
    `LR χ² and p: likelihood-ratio test of a logistic regression with that factor alone against the intercept-only model (df = number of indicator variables). Factors with p < ${threshold} were eligible for the multivariable model.`,
  noteNotTestable: (items: string[]) => `Not testable (one category only): ${coreEn.list(items)}.`,
  noteFailedTerm: (items: string[]) =>
    `No estimate (the single-factor model could not be fitted): ${coreEn.list(items)}.`,
  methodsScreening: (threshold: string) =>
    `Candidate factors for the multivariable model were screened one at a time with a likelihood-ratio test; those with p < ${threshold} were eligible [@hosmer2013logistic; @bursac2008purposeful].`,
  methodsFixed: (terms: string[]) =>
    `The final model was fixed in advance with the terms ${coreEn.list(terms.map(lower))}.`,
  methodsForward: (entry: string) =>
    `The model was built by forward stepwise selection: at each step the eligible factor with the smallest likelihood-ratio p entered, as long as p < ${entry}.`,
  methodsAll: 'All eligible factors entered the model together.',
  methodsModel: (caseWords: string) =>
    `In the multivariable logistic regression of ${caseWords}, categorical factors entered as indicator variables against their reference category; adjusted odds ratios are reported with Wald 95% confidence intervals and Wald p-values, and model fit with −2 log-likelihood, the likelihood-ratio test against the intercept-only model and Nagelkerke’s R².`,
  methodsEpv: (events: number, parameters: number, ratio: number) =>
    `With ${fe.int(events)} participants in the smaller outcome group and ${fe.int(parameters)} coefficients, the model has ${fe.num(ratio, 1)} events per coefficient, fewer than the 10 usually recommended; its estimates may be unstable and their confidence intervals are wide.`,
  screeningResult: (ref: string, eligible: number, total: number, threshold: string) =>
    eligible === 0
      ? `In the bivariate screening (${ref}), none of the ${fe.int(total)} candidate factors had p < ${threshold}.`
      : `In the bivariate screening (${ref}), ${fe.int(eligible)} of ${fe.int(total)} candidate factors had p < ${threshold}.`,
  notScreened: (terms: string[], threshold: string) =>
    `${coreEn.cap(coreEn.list(terms.map(lower)))} did not meet the screening criterion (p < ${threshold}) but ${terms.length === 1 ? 'is' : 'are'} in the final model as stated by the study.`,
  forwardResult: (steps: string[]) =>
    steps.length
      ? `Forward selection entered ${coreEn.list(steps.map(lower))}, in that order.`
      : 'Forward selection entered no factor.',
  modelResult: (ref: string, terms: string[], stat: string, significant: boolean) =>
    `The final model (${ref}) contained ${coreEn.list(terms.map(lower))}; it ${significant ? 'fitted significantly better' : 'did not fit significantly better'} than the intercept-only model, ${stat}.`,
  adjustedSignificant: (caseWords: string, terms: TermText[]) =>
    `Adjusted for the other factors, ${caseWords} was significantly associated with ${coreEn.list(terms.map(termEn))}.`,
  adjustedNone: (caseWords: string) =>
    `Adjusted for the other factors, no factor was significantly associated with the odds of ${caseWords}.`,
  adjustedOthers: (terms: TermText[]) =>
    `The associations with ${coreEn.list(terms.map(termEn))} were not significant.`,
  failed: (reason: string) =>
    `The multivariable logistic regression could not be estimated: ${reason}. No adjusted odds ratios are reported.`,
  errors: typed<Record<string, string>>({
    separation:
      'the outcome is perfectly predicted for some participants (complete or quasi-complete separation), so the maximum-likelihood estimates do not exist',
    'non-convergence': 'the estimates did not converge',
    collinearity: 'the predictors are linearly dependent (collinear)',
    'zero-variance': 'all participants have the same outcome',
    'too-few-observations': 'there are too few participants for the number of coefficients',
    'group-levels': 'the outcome does not have exactly two categories',
    'invalid-argument': 'the model has no predictors',
    'invalid-values': 'a predictor is neither categorical nor numeric',
  }),
  abstract: (caseWords: string, sig: TermText[]) =>
    sig.length
      ? `In the multivariable model, ${caseWords} remained significantly associated with ${coreEn.list(sig.map(termEn))}.`
      : `In the multivariable model, no factor remained significantly associated with ${caseWords}.`,
  conclusion: (caseWords: string, sig: string[]) =>
    sig.length
      ? `After adjustment, ${coreEn.list(sig.map(lower))} ${sig.length === 1 ? 'was' : 'were'} independently associated with ${caseWords}.`
      : `After adjustment, no factor was independently associated with ${caseWords}.`,
};

export const id: typeof en = {
  columns: {
    factor: 'Faktor',
    category: 'Perbandingan',
    b: 'B',
    se: 'SE',
    or: 'OR suaian',
    ci: coreId.columns.ci,
    p: coreId.columns.p,
    df: 'df',
    chi2: 'χ² LR',
    eligible: (threshold: string) => `p < ${threshold}`,
    inModel: 'Dalam model akhir',
  },
  intercept: 'Konstanta',
  figureCaption: (caseWords: string, alpha: string) =>
    `Rasio odds suaian ${caseWords} dengan interval kepercayaan 95% (skala logaritmik; garis putus-putus: OR = 1; kotak terisi: p < ${alpha})`,
  figureAxis: 'Rasio odds suaian (skala log)',
  figureEstimates: 'OR [IK 95%]',
  figureAlt: (caseWords: string, n: number) =>
    `Diagram hutan (forest plot) ${n} rasio odds suaian ${caseWords} dari model multivariabel, dengan interval kepercayaan 95% pada sumbu logaritmik.`,
  figureShows: (ref: string) => `${ref} menampilkan rasio odds suaian beserta interval kepercayaan 95%-nya.`,
  contrast: (level: string, reference: string) => `${level} dibanding ${reference}`,
  perUnit: (unit: string, per?: { units: number; sd: boolean }) => {
    if (per?.sd) return `per kenaikan 1 SD (${fi.num(per.units)}${unit ? ` ${unit}` : ''})`;
    const size = fi.num(per?.units ?? 1, Number.isInteger(per?.units ?? 1) ? 0 : 2);
    return unit ? `per kenaikan ${size} satuan (${unit})` : `per kenaikan ${size} satuan`;
  },
  yes: 'Ya',
  no: 'Tidak',
  dash: '—',
  captionModel: (caseWords: string) => `Regresi logistik multivariabel ${caseWords}`,
  captionScreening: (threshold: string) => `Seleksi bivariat faktor kandidat model multivariabel (p < ${threshold})`,
  statModel: (chi2: number, df: number, p: number, r2: number) =>
    `χ²(${fi.int(df)}) = ${fi.num(chi2)}; ${fi.p(p)}; R² Nagelkerke = ${fi.bounded(r2)}`,
  noteModel: (caseWords: string, n: number, events: number, dev: number, stat: string) =>
    `OR suaian = rasio odds ${caseWords} yang disesuaikan dengan faktor lain dalam tabel; IK = interval kepercayaan Wald; p dari uji Wald. n = ${fi.int(n)} (${fi.int(events)} dengan ${caseWords}); −2 log-likelihood = ${fi.num(dev)}; uji rasio kemungkinan (likelihood ratio) model terhadap model tanpa prediktor: ${stat}.`,
  noteScreening: (threshold: string) =>
    `χ² LR dan p: uji rasio kemungkinan (likelihood ratio) regresi logistik dengan faktor itu saja terhadap model tanpa prediktor (df = jumlah variabel indikator). Faktor dengan p < ${threshold} menjadi kandidat model multivariabel.`,
  noteNotTestable: (items: string[]) => `Tidak dapat diuji (hanya satu kategori): ${coreId.list(items)}.`,
  noteFailedTerm: (items: string[]) =>
    `Tanpa estimasi (model satu faktor tidak dapat diestimasi): ${coreId.list(items)}.`,
  methodsScreening: (threshold: string) =>
    `Faktor kandidat model multivariabel diseleksi satu per satu dengan uji rasio kemungkinan (likelihood ratio); faktor dengan p < ${threshold} menjadi kandidat [@hosmer2013logistic; @bursac2008purposeful].`,
  methodsFixed: (terms: string[]) =>
    `Model akhir ditetapkan sebelumnya dengan variabel ${coreId.list(terms.map(lower))}.`,
  methodsForward: (entry: string) =>
    `Model disusun dengan seleksi bertahap maju (forward stepwise): pada setiap langkah, kandidat dengan p uji rasio kemungkinan terkecil masuk selama p < ${entry}.`,
  methodsAll: 'Semua kandidat dimasukkan ke dalam model bersama-sama.',
  methodsModel: (caseWords: string) =>
    `Dalam regresi logistik multivariabel ${caseWords}, faktor kategorik dimasukkan sebagai variabel indikator terhadap kategori rujukannya; rasio odds suaian (adjusted OR) dilaporkan dengan interval kepercayaan 95% Wald dan nilai p uji Wald, dan kecocokan model dengan −2 log-likelihood, uji rasio kemungkinan terhadap model tanpa prediktor dan R² Nagelkerke.`,
  methodsEpv: (events: number, parameters: number, ratio: number) =>
    `Dengan ${fi.int(events)} responden pada kelompok variabel terikat yang lebih kecil dan ${fi.int(parameters)} koefisien, model ini memiliki ${fi.num(ratio, 1)} kejadian per koefisien, kurang dari 10 yang lazim dianjurkan; estimasinya dapat tidak stabil dan interval kepercayaannya lebar.`,
  screeningResult: (ref: string, eligible: number, total: number, threshold: string) =>
    eligible === 0
      ? `Pada seleksi bivariat (${ref}), tidak ada satu pun dari ${fi.int(total)} faktor kandidat yang memiliki p < ${threshold}.`
      : `Pada seleksi bivariat (${ref}), ${fi.int(eligible)} dari ${fi.int(total)} faktor kandidat memiliki p < ${threshold}.`,
  notScreened: (terms: string[], threshold: string) =>
    `${coreId.cap(coreId.list(terms.map(lower)))} tidak memenuhi kriteria seleksi (p < ${threshold}), tetapi dimasukkan ke dalam model akhir sesuai ketetapan penelitian.`,
  forwardResult: (steps: string[]) =>
    steps.length
      ? `Seleksi bertahap maju memasukkan ${coreId.list(steps.map(lower))}, berurutan.`
      : 'Seleksi bertahap maju tidak memasukkan satu faktor pun.',
  modelResult: (ref: string, terms: string[], stat: string, significant: boolean) =>
    `Model akhir (${ref}) berisi ${coreId.list(terms.map(lower))}; model ini ${significant ? 'secara signifikan lebih baik' : 'tidak secara signifikan lebih baik'} daripada model tanpa prediktor, ${stat}.`,
  adjustedSignificant: (caseWords: string, terms: TermText[]) =>
    `Setelah disesuaikan dengan faktor lain, ${caseWords} berhubungan secara signifikan dengan ${coreId.list(terms.map(termId))}.`,
  adjustedNone: (caseWords: string) =>
    `Setelah disesuaikan dengan faktor lain, tidak ada faktor yang berhubungan secara signifikan dengan odds ${caseWords}.`,
  adjustedOthers: (terms: TermText[]) => `Hubungan dengan ${coreId.list(terms.map(termId))} tidak signifikan.`,
  failed: (reason: string) =>
    `Regresi logistik multivariabel tidak dapat diestimasi: ${reason}. Rasio odds suaian tidak dilaporkan.`,
  errors: {
    separation:
      'variabel terikat terprediksi sempurna pada sebagian responden (separasi lengkap atau kuasi-lengkap), sehingga estimasi kemungkinan maksimum tidak ada',
    'non-convergence': 'estimasi tidak konvergen',
    collinearity: 'prediktor saling bergantung linear (kolinear)',
    'zero-variance': 'semua responden memiliki nilai variabel terikat yang sama',
    'too-few-observations': 'jumlah responden terlalu sedikit untuk jumlah koefisien',
    'group-levels': 'variabel terikat tidak memiliki tepat dua kategori',
    'invalid-argument': 'model tidak memiliki prediktor',
    'invalid-values': 'ada prediktor yang bukan kategorik maupun numerik',
  },
  abstract: (caseWords: string, sig: TermText[]) =>
    sig.length
      ? `Dalam model multivariabel, ${caseWords} tetap berhubungan secara signifikan dengan ${coreId.list(sig.map(termId))}.`
      : `Dalam model multivariabel, tidak ada faktor yang tetap berhubungan secara signifikan dengan ${caseWords}.`,
  conclusion: (caseWords: string, sig: string[]) =>
    sig.length
      ? `Setelah penyesuaian, ${coreId.list(sig.map(lower))} berhubungan secara independen dengan ${caseWords}.`
      : `Setelah penyesuaian, tidak ada faktor yang berhubungan secara independen dengan ${caseWords}.`,
};
