/** Wording of the `ancova` analysis (one-way analysis of covariance): English and Bahasa Indonesia. */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'ancova';

const E = coreEn.fmt;

export const en = {
  captionAnova: (outcome: string) => `Analysis of covariance of the ${outcome}`,
  captionMeans: (outcome: string, by: string) => `Adjusted means of the ${outcome} by ${mid(by)}`,
  captionFigure: (outcome: string, by: string) =>
    `Adjusted mean ${outcome} by ${mid(by)} with 95% confidence intervals`,
  alt: (outcome: string, parts: string[]) => `Adjusted mean ${outcome} per group: ${parts.join('; ')}.`,
  altPart: (group: string, mean: string) => `${group}: ${mean}`,
  axisMean: (outcome: string) => `Adjusted mean ${outcome}`,
  columns: {
    source: 'Source',
    ss: 'SS',
    df: 'df',
    ms: 'MS',
    f: 'F',
    p: 'p',
    eta: 'Partial \u03b7\u00b2',
    mean: 'M (adjusted)',
    se: 'SE',
    ci: '95% CI',
  },
  error: 'Error',
  total: 'Corrected total',
  testName: 'analysis of covariance',
  noteAnova: 'Type III sums of squares; partial \u03b7\u00b2 = SS_effect/(SS_effect + SS_error).',
  noteMeans: (covs: string[]) => `Means adjusted to the sample mean of ${coreEn.list(covs)}.`,
  statF: (f: number, df1: number, df2: number, p: number, eta: number) =>
    `F(${E.int(df1)}, ${E.int(df2)}) = ${E.num(f)}, ${E.p(p)}, \u03b7p\u00b2 = ${E.bounded(eta)}`,
  statSlopes: (f: number, df1: number, df2: number, p: number) =>
    `F(${E.int(df1)}, ${E.int(df2)}) = ${E.num(f)}, ${E.p(p)}`,
  method: (outcome: string, by: string, covs: string[]) =>
    `The ${outcome} was compared by ${mid(by)} with an analysis of covariance adjusted for ${coreEn.list(covs)}, using Type III sums of squares; effect sizes are partial \u03b7\u00b2 [@cohen1973eta], and adjusted means are reported with 95% confidence intervals. Homogeneity of regression slopes was checked with the F test of the group \u00d7 covariate interactions [@maxwell2018designing].`,
  slopes: (ok: boolean, stat: string) =>
    ok
      ? `The regression slopes did not differ significantly between the groups, ${stat}, so the adjustment is the same in every group.`
      : `The regression slopes differed between the groups, ${stat}; the adjusted comparison assumes equal slopes and should be read with caution.`,
  covariate: (name: string, significant: boolean, stat: string) =>
    `The covariate ${mid(name)} ${significant ? 'was' : 'was not'} significantly related to the outcome, ${stat}.`,
  result: (outcome: string, significant: boolean, stat: string) =>
    significant
      ? `After adjustment, the ${outcome} differed significantly between the groups, ${stat}.`
      : `After adjustment, the ${outcome} did not differ significantly between the groups, ${stat}.`,
  tableRef: (anova: string, means: string, fig: string) =>
    `${anova} shows the tests, ${means} the adjusted means and ${fig} plots them.`,
  /** The tables alone, with `figure: false`. */
  tablesRef: (anova: string, means: string) => `${anova} shows the tests and ${means} the adjusted means.`,
  conclusion: (outcome: string, by: string, significant: boolean) =>
    significant
      ? `Adjusted for the covariates, the ${outcome} differed significantly by ${mid(by)}.`
      : `Adjusted for the covariates, the ${outcome} did not differ significantly by ${mid(by)}.`,
};

const I = coreId.fmt;

export const id: typeof en = {
  captionAnova: (outcome) => `Analisis kovarians ${mid(outcome)}`,
  captionMeans: (outcome, by) => `Rerata terkoreksi ${mid(outcome)} menurut ${mid(by)}`,
  captionFigure: (outcome, by) =>
    `Rerata terkoreksi ${mid(outcome)} menurut ${mid(by)} dengan interval kepercayaan 95%`,
  alt: (outcome, parts) => `Rerata terkoreksi ${mid(outcome)} per kelompok: ${parts.join('; ')}.`,
  altPart: (group, mean) => `${group}: ${mean}`,
  axisMean: (outcome) => `Rerata terkoreksi ${mid(outcome)}`,
  columns: {
    source: 'Sumber',
    ss: 'JK',
    df: 'db',
    ms: 'RK',
    f: 'F',
    p: 'p',
    eta: '\u03b7\u00b2 parsial',
    mean: 'M (terkoreksi)',
    se: 'SE',
    ci: 'IK 95%',
  },
  error: 'Galat',
  total: 'Total terkoreksi',
  testName: 'analisis kovarians',
  noteAnova: 'Jumlah kuadrat tipe III; \u03b7\u00b2 parsial = JK_efek/(JK_efek + JK_galat).',
  noteMeans: (covs) => `Rerata dikoreksi pada rerata sampel ${coreId.list(covs)}.`,
  statF: (f, df1, df2, p, eta) =>
    `F(${I.int(df1)}; ${I.int(df2)}) = ${I.num(f)}; ${I.p(p)}; \u03b7p\u00b2 = ${I.bounded(eta)}`,
  statSlopes: (f, df1, df2, p) => `F(${I.int(df1)}; ${I.int(df2)}) = ${I.num(f)}; ${I.p(p)}`,
  method: (outcome, by, covs) =>
    `${coreId.cap(outcome)} dibandingkan menurut ${mid(by)} dengan analisis kovarians yang dikoreksi untuk ${coreId.list(covs)}, menggunakan jumlah kuadrat tipe III; ukuran efek adalah \u03b7\u00b2 parsial [@cohen1973eta], dan rerata terkoreksi dilaporkan dengan interval kepercayaan 95%. Homogenitas kemiringan regresi diperiksa dengan uji F interaksi kelompok \u00d7 kovariat [@maxwell2018designing].`,
  slopes: (ok, stat) =>
    ok
      ? `Kemiringan regresi tidak berbeda secara signifikan antarkelompok (${stat}) sehingga koreksinya sama pada setiap kelompok.`
      : `Kemiringan regresi berbeda antarkelompok (${stat}); perbandingan terkoreksi mengandaikan kemiringan yang sama sehingga perlu dibaca dengan hati-hati.`,
  covariate: (name, significant, stat) =>
    `Kovariat ${mid(name)} ${significant ? 'berhubungan' : 'tidak berhubungan'} secara signifikan dengan variabel terikat, ${stat}.`,
  result: (outcome, significant, stat) =>
    significant
      ? `Setelah dikoreksi, ${mid(outcome)} berbeda secara signifikan antarkelompok, ${stat}.`
      : `Setelah dikoreksi, ${mid(outcome)} tidak berbeda secara signifikan antarkelompok, ${stat}.`,
  tableRef: (anova, means, fig) =>
    `${anova} menyajikan hasil uji, ${means} rerata terkoreksi, dan ${fig} menampilkannya.`,
  tablesRef: (anova, means) => `${anova} menyajikan hasil uji dan ${means} rerata terkoreksi.`,
  conclusion: (outcome, by, significant) =>
    significant
      ? `Setelah dikoreksi untuk kovariat, ${mid(outcome)} berbeda secara signifikan menurut ${mid(by)}.`
      : `Setelah dikoreksi untuk kovariat, ${mid(outcome)} tidak berbeda secara signifikan menurut ${mid(by)}.`,
};
