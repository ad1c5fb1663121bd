/** Wording of the `anova` analysis (one-way ANOVA, Welch's F, Kruskal–Wallis): English and Bahasa Indonesia. */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';
import { en as figureEn, id as figureId } from './group-distribution.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'anova';

const E = coreEn.fmt;
const dfE = (df: number) => (Number.isInteger(df) ? E.int(df) : E.num(df));

export const en = {
  caption: (outcome: string, by: string) => `The ${outcome} by ${mid(by)}`,
  columns: { n: 'n', msd: 'M (SD)', mdn: 'Mdn (IQR)', meanRank: 'Mean rank' },
  statF: (f: number, df1: number, df2: number, p: number, eta: number) =>
    `F(${dfE(df1)}, ${dfE(df2)}) = ${E.num(f)}, ${E.p(p)}, \u03b7\u00b2 = ${E.bounded(eta)}`,
  statWelch: (f: number, df1: number, df2: number, p: number, eta: number) =>
    `Welch\u2019s F(${dfE(df1)}, ${dfE(df2)}) = ${E.num(f)}, ${E.p(p)}, \u03b7\u00b2 = ${E.bounded(eta)}`,
  statH: (h: number, df: number, p: number, eps: number | null) =>
    `H(${E.int(df)}) = ${E.num(h)}, ${E.p(p)}${eps === null ? '' : `, \u03b5\u00b2 = ${E.bounded(eps)}`}`,
  statLevene: (f: number, df1: number, df2: number, p: number) =>
    `F(${E.int(df1)}, ${E.int(df2)}) = ${E.num(f)}, ${E.p(p)}`,
  statShapiro: (w: number, p: number) => `W = ${E.num(w)}, ${E.p(p)}`,
  noteTests: (lines: string[]) => `${lines.join('; ')}.`,
  noteLevene: (stat: string) => `Levene\u2019s test: ${stat}`,
  noteAnova: (stat: string) => `one-way ANOVA: ${stat}`,
  noteKw: (stat: string, sensitivity: boolean) =>
    `Kruskal\u2013Wallis test${sensitivity ? ' (sensitivity analysis)' : ''}: ${stat}`,
  noteEffects: '\u03b7\u00b2 = eta squared; \u03b5\u00b2 = H/(N \u2212 1).',
  methodAuto: (outcome: string) =>
    `The ${outcome} was compared across the groups with one-way analysis of variance when the Shapiro\u2013Wilk test [@shapiro1965normality] did not reject normality in any group, using the classic F test when Levene\u2019s test centred on the mean [@levene1960robust] did not reject equal variances and Welch\u2019s F test otherwise [@welch1947generalization], and with the Kruskal\u2013Wallis test otherwise. Effect sizes are \u03b7\u00b2 for the F tests and \u03b5\u00b2 for the Kruskal\u2013Wallis test; pairwise post-hoc comparisons are not part of this analysis.`,
  methodFixed: (outcome: string, test: string, sensitivity: boolean) =>
    `The ${outcome} was compared across the groups with the ${test}, as planned${sensitivity ? '; because the Shapiro\u2013Wilk test rejected normality in at least one group, the Kruskal\u2013Wallis test is reported beside it as a sensitivity analysis' : ''}. Pairwise post-hoc comparisons are not part of this analysis.`,
  checks: (normal: boolean, failed: string[], levene: string | null, leveneOk: boolean) =>
    `${normal ? 'The Shapiro\u2013Wilk test did not reject normality in any group' : `The Shapiro\u2013Wilk test rejected normality in the ${coreEn.list(failed)} group${failed.length > 1 ? 's' : ''}`}${levene ? `, and Levene\u2019s test ${leveneOk ? 'did not reject' : 'rejected'} equal variances, ${levene}` : ''}.`,
  choice: (test: string, fixed: boolean) =>
    fixed ? `The planned ${test} is reported.` : `The ${test} was therefore used.`,
  result: (outcome: string, significant: boolean, stat: string) =>
    significant
      ? `The ${outcome} differed significantly between the groups, ${stat}.`
      : `The ${outcome} did not differ significantly between the groups, ${stat}.`,
  sensitivity: (same: boolean, stat: string) =>
    `The Kruskal\u2013Wallis test (sensitivity analysis) ${same ? 'leads to the same conclusion' : 'leads to a different conclusion'}: ${stat}.`,
  tableRef: (ref: string) => `${ref} shows the groups.`,
  conclusion: (outcome: string, by: string, significant: boolean) =>
    significant
      ? `The ${outcome} differed significantly by ${mid(by)}.`
      : `The ${outcome} did not differ significantly by ${mid(by)}.`,
  testNames: {
    classic: 'one-way analysis of variance',
    welch: 'Welch\u2019s one-way analysis of variance',
    kw: 'Kruskal\u2013Wallis test',
  },
  /** The figure of the outcome per group. */
  figure: figureEn,
};

const I = coreId.fmt;
const dfI = (df: number) => (Number.isInteger(df) ? I.int(df) : I.num(df));

export const id: typeof en = {
  caption: (outcome, by) => `${coreId.cap(outcome)} menurut ${mid(by)}`,
  columns: { n: 'n', msd: 'M (SD)', mdn: 'Median (IQR)', meanRank: 'Rerata peringkat' },
  statF: (f, df1, df2, p, eta) =>
    `F(${dfI(df1)}; ${dfI(df2)}) = ${I.num(f)}; ${I.p(p)}; \u03b7\u00b2 = ${I.bounded(eta)}`,
  statWelch: (f, df1, df2, p, eta) =>
    `F Welch(${dfI(df1)}; ${dfI(df2)}) = ${I.num(f)}; ${I.p(p)}; \u03b7\u00b2 = ${I.bounded(eta)}`,
  statH: (h, df, p, eps) =>
    `H(${I.int(df)}) = ${I.num(h)}; ${I.p(p)}${eps === null ? '' : `; \u03b5\u00b2 = ${I.bounded(eps)}`}`,
  statLevene: (f, df1, df2, p) => `F(${I.int(df1)}; ${I.int(df2)}) = ${I.num(f)}; ${I.p(p)}`,
  statShapiro: (w, p) => `W = ${I.num(w)}; ${I.p(p)}`,
  noteTests: (lines) => `${lines.join('. ')}.`,
  noteLevene: (stat) => `Uji Levene: ${stat}`,
  noteAnova: (stat) => `Analisis varians satu arah: ${stat}`,
  noteKw: (stat, sensitivity) => `Uji Kruskal\u2013Wallis${sensitivity ? ' (analisis sensitivitas)' : ''}: ${stat}`,
  noteEffects: '\u03b7\u00b2 = eta kuadrat; \u03b5\u00b2 = H/(N \u2212 1).',
  methodAuto: (outcome) =>
    `${coreId.cap(outcome)} dibandingkan antarkelompok dengan analisis varians satu arah bila uji Shapiro\u2013Wilk [@shapiro1965normality] tidak menolak normalitas pada kelompok mana pun, dengan uji F klasik bila uji Levene yang berpusat pada rerata [@levene1960robust] tidak menolak kesamaan varians dan uji F Welch bila menolaknya [@welch1947generalization], serta dengan uji Kruskal\u2013Wallis bila normalitas ditolak. Ukuran efek adalah \u03b7\u00b2 untuk uji F dan \u03b5\u00b2 untuk uji Kruskal\u2013Wallis; perbandingan berpasangan post-hoc tidak termasuk dalam analisis ini.`,
  methodFixed: (outcome, test, sensitivity) =>
    `${coreId.cap(outcome)} dibandingkan antarkelompok dengan ${test} sesuai rencana analisis${sensitivity ? '; karena uji Shapiro\u2013Wilk menolak normalitas pada sedikitnya satu kelompok, uji Kruskal\u2013Wallis dilaporkan sebagai analisis sensitivitas' : ''}. Perbandingan berpasangan post-hoc tidak termasuk dalam analisis ini.`,
  checks: (normal, failed, levene, leveneOk) =>
    `${normal ? 'Uji Shapiro\u2013Wilk tidak menolak normalitas pada kelompok mana pun' : `Uji Shapiro\u2013Wilk menolak normalitas pada kelompok ${coreId.list(failed)}`}${levene ? `, dan uji Levene ${leveneOk ? 'tidak menolak' : 'menolak'} kesamaan varians (${levene})` : ''}.`,
  choice: (test, fixed) => (fixed ? `${coreId.cap(test)} sesuai rencana dilaporkan.` : `Karena itu digunakan ${test}.`),
  result: (outcome, significant, stat) =>
    significant
      ? `${coreId.cap(outcome)} berbeda secara signifikan antarkelompok, ${stat}.`
      : `${coreId.cap(outcome)} tidak berbeda secara signifikan antarkelompok, ${stat}.`,
  sensitivity: (same, stat) =>
    `Uji Kruskal\u2013Wallis (analisis sensitivitas) ${same ? 'menghasilkan simpulan yang sama' : 'menghasilkan simpulan yang berbeda'}: ${stat}.`,
  tableRef: (ref) => `${ref} menyajikan data tiap kelompok.`,
  conclusion: (outcome, by, significant) =>
    significant
      ? `${coreId.cap(outcome)} berbeda secara signifikan menurut ${mid(by)}.`
      : `${coreId.cap(outcome)} tidak berbeda secara signifikan menurut ${mid(by)}.`,
  testNames: {
    classic: 'analisis varians satu arah',
    welch: 'analisis varians satu arah Welch',
    kw: 'uji Kruskal\u2013Wallis',
  },
  figure: figureId,
};
