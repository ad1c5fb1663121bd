/** Wording of the `anova` analysis (one-way ANOVA, Welch's F, Kruskal–Wallis): English and Bahasa Indonesia. */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';
import { en as figureEn, id as figureId } from './group-distribution.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'anova';

const E = coreEn.fmt;

/** How the post-hoc method was named in the methods: the `auto` rule, or the method that ran. */
export type PostHocRule = 'auto' | 'tukey-hsd' | 'games-howell' | 'dunn';
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
  /** Defines only the effect sizes the table's note shows: η² of the F tests, ε² of the Kruskal–Wallis test. */
  noteEffects: (eta: boolean, epsilon: boolean) =>
    [eta ? '\u03b7\u00b2 = eta squared.' : '', epsilon ? '\u03b5\u00b2 = H/(N \u2212 1).' : '']
      .filter(Boolean)
      .join(' '),
  methodAuto: (outcome: string, posthoc = false) =>
    `The ${outcome} was compared across the groups with one-way analysis of variance when the Shapiro\u2013Wilk test [@shapiro1965normality] did not reject normality in any group, using the classic F test when Levene\u2019s test centred on the mean [@levene1960robust] did not reject equal variances and Welch\u2019s F test otherwise [@welch1951comparison], and with the Kruskal\u2013Wallis test otherwise [@kruskal1952ranks]. Effect sizes are \u03b7\u00b2 for the F tests and \u03b5\u00b2 for the Kruskal\u2013Wallis test${posthoc ? '.' : '; pairwise post-hoc comparisons are not part of this analysis.'}`,
  methodFixed: (outcome: string, test: string, sensitivity: boolean, posthoc = false) =>
    `The ${outcome} was compared across the groups with the ${test}, as planned${sensitivity ? '; because the Shapiro\u2013Wilk test [@shapiro1965normality] rejected normality in at least one group, the Kruskal\u2013Wallis test [@kruskal1952ranks] is reported beside it as a sensitivity analysis' : ''}.${posthoc ? '' : ' Pairwise post-hoc comparisons are not part of this analysis.'}`,
  methodPostHoc: (rule: PostHocRule): string =>
    ({
      auto: 'Pairwise post-hoc comparisons used Tukey\u2019s honestly significant difference test with Kramer\u2019s standard error for unequal group sizes [@tukey1949comparing; @kramer1956extension] when Levene\u2019s test did not reject equal variances and the Games\u2013Howell test [@games1976pairwise] otherwise; after a Kruskal\u2013Wallis test they used Dunn\u2019s test [@dunn1964ranks] with Holm\u2019s adjustment of the p values [@holm1979simple].',
      'tukey-hsd':
        'Pairwise post-hoc comparisons used Tukey\u2019s honestly significant difference test with Kramer\u2019s standard error for unequal group sizes [@tukey1949comparing; @kramer1956extension].',
      'games-howell':
        'Pairwise post-hoc comparisons used the Games\u2013Howell test, which does not assume equal variances [@games1976pairwise].',
      dunn: 'Pairwise post-hoc comparisons used Dunn\u2019s test [@dunn1964ranks] with Holm\u2019s adjustment of the p values [@holm1979simple].',
    })[rule],
  postHocNames: {
    'tukey-hsd': 'Tukey HSD test',
    'games-howell': 'Games\u2013Howell test',
    dunn: 'Dunn test with Holm adjustment',
  },
  postHocResult: (name: string, significant: string[], total: number) =>
    significant.length === 0
      ? `Post-hoc comparisons (${name}) showed no significant difference between any pair of groups.`
      : `Post-hoc comparisons (${name}) showed significant differences ${coreEn.list(significant)}${significant.length < total ? '; the other pairs did not differ significantly' : ''}.`,
  pair: (a: string, b: string, p: string) => `between ${a} and ${b} (${p})`,
  postHocCaption: (outcome: string, name: string) => `Pairwise comparisons of the ${outcome} (${name})`,
  postHocColumns: {
    pair: 'Comparison',
    diff: 'Mean difference',
    rankDiff: 'Mean rank difference',
    se: 'SE',
    p: 'p',
    pHolm: 'p (Holm)',
    ci: '95% CI',
    z: 'z',
  },
  postHocPairCell: (a: string, b: string) => `${a} \u2013 ${b}`,
  postHocNote: (method: PostHocRule): string =>
    method === 'dunn'
      ? 'z and p from Dunn\u2019s test on the joint ranks; p (Holm) adjusted over all pairs.'
      : method === 'tukey-hsd'
        ? 'p and 95% CI adjusted for all pairs by the studentized range distribution.'
        : 'SE and df per pair (Welch\u2013Satterthwaite); p and 95% CI from the studentized range distribution.',
  postHocRef: (ref: string) => `${ref} shows the pairwise comparisons.`,
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
  noteEffects: (eta, epsilon) =>
    [eta ? '\u03b7\u00b2 = eta kuadrat.' : '', epsilon ? '\u03b5\u00b2 = H/(N \u2212 1).' : '']
      .filter(Boolean)
      .join(' '),
  methodAuto: (outcome, posthoc = false) =>
    `${coreId.cap(outcome)} dibandingkan antarkelompok dengan analisis varians satu arah bila uji Shapiro\u2013Wilk [@shapiro1965normality] tidak menolak normalitas pada kelompok mana pun, dengan uji F klasik bila uji Levene yang berpusat pada rerata [@levene1960robust] tidak menolak kesamaan varians dan uji F Welch bila menolaknya [@welch1951comparison], serta dengan uji Kruskal\u2013Wallis bila normalitas ditolak [@kruskal1952ranks]. Ukuran efek adalah \u03b7\u00b2 untuk uji F dan \u03b5\u00b2 untuk uji Kruskal\u2013Wallis${posthoc ? '.' : '; perbandingan berpasangan post-hoc tidak termasuk dalam analisis ini.'}`,
  methodFixed: (outcome, test, sensitivity, posthoc = false) =>
    `${coreId.cap(outcome)} dibandingkan antarkelompok dengan ${test} sesuai rencana analisis${sensitivity ? '; karena uji Shapiro\u2013Wilk [@shapiro1965normality] menolak normalitas pada sedikitnya satu kelompok, uji Kruskal\u2013Wallis [@kruskal1952ranks] dilaporkan sebagai analisis sensitivitas' : ''}.${posthoc ? '' : ' Perbandingan berpasangan post-hoc tidak termasuk dalam analisis ini.'}`,
  methodPostHoc: (rule) =>
    ({
      auto: 'Perbandingan berpasangan post-hoc menggunakan uji beda nyata jujur (HSD) Tukey dengan galat baku Kramer untuk ukuran kelompok yang tidak sama [@tukey1949comparing; @kramer1956extension] bila uji Levene tidak menolak kesamaan varians dan uji Games\u2013Howell [@games1976pairwise] bila menolaknya; setelah uji Kruskal\u2013Wallis digunakan uji Dunn [@dunn1964ranks] dengan penyesuaian nilai p menurut Holm [@holm1979simple].',
      'tukey-hsd':
        'Perbandingan berpasangan post-hoc menggunakan uji beda nyata jujur (HSD) Tukey dengan galat baku Kramer untuk ukuran kelompok yang tidak sama [@tukey1949comparing; @kramer1956extension].',
      'games-howell':
        'Perbandingan berpasangan post-hoc menggunakan uji Games\u2013Howell, yang tidak mengasumsikan kesamaan varians [@games1976pairwise].',
      dunn: 'Perbandingan berpasangan post-hoc menggunakan uji Dunn [@dunn1964ranks] dengan penyesuaian nilai p menurut Holm [@holm1979simple].',
    })[rule],
  postHocNames: {
    'tukey-hsd': 'uji HSD Tukey',
    'games-howell': 'uji Games\u2013Howell',
    dunn: 'uji Dunn dengan penyesuaian Holm',
  },
  postHocResult: (name, significant, total) =>
    significant.length === 0
      ? `Perbandingan post-hoc (${name}) tidak menunjukkan perbedaan yang signifikan pada pasangan kelompok mana pun.`
      : `Perbandingan post-hoc (${name}) menunjukkan perbedaan yang signifikan ${coreId.list(significant)}${significant.length < total ? '; pasangan lainnya tidak berbeda secara signifikan' : ''}.`,
  pair: (a, b, p) => `antara ${a} dan ${b} (${p})`,
  postHocCaption: (outcome, name) => `Perbandingan berpasangan ${outcome} (${name})`,
  postHocColumns: {
    pair: 'Perbandingan',
    diff: 'Selisih rerata',
    rankDiff: 'Selisih rerata peringkat',
    se: 'SE',
    p: 'p',
    pHolm: 'p (Holm)',
    ci: 'IK 95%',
    z: 'z',
  },
  postHocPairCell: (a, b) => `${a} \u2013 ${b}`,
  postHocNote: (method) =>
    method === 'dunn'
      ? 'z dan p dari uji Dunn pada peringkat gabungan; p (Holm) disesuaikan untuk semua pasangan.'
      : method === 'tukey-hsd'
        ? 'p dan IK 95% disesuaikan untuk semua pasangan dengan distribusi rentang terstudentkan.'
        : 'SE dan df per pasangan (Welch\u2013Satterthwaite); p dan IK 95% dari distribusi rentang terstudentkan.',
  postHocRef: (ref) => `${ref} menyajikan perbandingan berpasangan.`,
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
