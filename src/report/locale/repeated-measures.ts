/** Wording of the `repeated-measures` analysis (repeated-measures ANOVA, Friedman): English and Bahasa Indonesia. */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'repeated-measures';

const E = coreEn.fmt;
const dfE = (df: number) => (Number.isInteger(df) ? E.int(df) : E.num(df));

export const en = {
  caption: (outcome: string) => `The ${outcome} at each measurement`,
  captionPairs: (outcome: string) => `Pairwise comparisons of the ${outcome} between measurements (Bonferroni)`,
  captionFigure: (outcome: string) => `Mean ${outcome} at each measurement with 95% confidence intervals`,
  alt: (outcome: string, parts: string[]) => `Mean ${outcome} with 95% confidence intervals: ${parts.join('; ')}.`,
  altPart: (time: string, mean: string) => `${time}: ${mean}`,
  axisMean: (outcome: string) => `Mean ${outcome}`,
  columns: {
    time: 'Measurement',
    n: 'n',
    msd: 'M (SD)',
    ci: '95% CI',
    meanRank: 'Mean rank',
    pair: 'Comparison',
    diff: 'M difference',
    se: 'SE',
    p: 'p (Bonferroni)',
  },
  versus: (a: string, b: string) => `${a} \u2212 ${b}`,
  statF: (f: number, df1: number, df2: number, p: number, eta: number) =>
    `F(${dfE(df1)}, ${dfE(df2)}) = ${E.num(f)}, ${E.p(p)}, \u03b7p\u00b2 = ${E.bounded(eta)}`,
  statFriedman: (chi: number, df: number, p: number, w: number) =>
    `\u03c7\u00b2(${E.int(df)}) = ${E.num(chi)}, ${E.p(p)}, Kendall\u2019s W = ${E.bounded(w)}`,
  statMauchly: (w: number, chi: number, df: number, p: number) =>
    `W = ${E.bounded(w)}, \u03c7\u00b2(${E.int(df)}) = ${E.num(chi)}, ${E.p(p)}`,
  methodAuto: (outcome: string) =>
    `The ${outcome} was compared across the measurements with a one-way repeated-measures analysis of variance when the Shapiro\u2013Wilk test [@shapiro1965normality] did not reject normality at any measurement, and with the Friedman test [@friedman1937ranks] with Kendall\u2019s W as effect size [@kendall1939rankings] otherwise. Sphericity was checked with Mauchly\u2019s test [@mauchly1940sphericity]; when it was rejected, the degrees of freedom were corrected with the Greenhouse\u2013Geisser \u03b5 [@greenhouse1959profile], or with the Huynh\u2013Feldt \u03b5 [@huynh1976box] when the Greenhouse\u2013Geisser \u03b5 exceeded .75 [@field2018spss]. Effect size for the F test is partial \u03b7\u00b2 [@cohen1973eta]; the measurements were compared pairwise with paired t-tests, Bonferroni-adjusted [@dunn1961means].`,
  methodFixed: (outcome: string, test: string) =>
    `The ${outcome} was compared across the measurements with the ${test}, as planned.`,
  checks: (normal: boolean, failed: string[]) =>
    normal
      ? 'The Shapiro\u2013Wilk test did not reject normality at any measurement.'
      : `The Shapiro\u2013Wilk test rejected normality at ${coreEn.list(failed)}.`,
  choice: (test: string, fixed: boolean) =>
    fixed ? `The planned ${test} is reported.` : `The ${test} was therefore used.`,
  sphericityTwo: 'With two measurements sphericity holds by definition.',
  sphericityOk: (stat: string) =>
    `Mauchly\u2019s test did not reject sphericity, ${stat}, so the F test is uncorrected.`,
  sphericityGg: (stat: string, eps: number) =>
    `Mauchly\u2019s test rejected sphericity, ${stat}; with Greenhouse\u2013Geisser \u03b5 = ${E.bounded(eps, 3)} (at most .75) the Greenhouse\u2013Geisser correction was applied.`,
  sphericityHf: (stat: string, gg: number, hf: number) =>
    `Mauchly\u2019s test rejected sphericity, ${stat}; because Greenhouse\u2013Geisser \u03b5 = ${E.bounded(gg, 3)} exceeds .75, the Huynh\u2013Feldt correction (\u03b5 = ${E.bounded(hf, 3)}) was applied.`,
  result: (outcome: string, significant: boolean, stat: string) =>
    significant
      ? `The ${outcome} differed significantly between the measurements, ${stat}.`
      : `The ${outcome} did not differ significantly between the measurements, ${stat}.`,
  pairs: (significant: string[]) =>
    significant.length
      ? `Bonferroni-adjusted pairwise comparisons found significant differences for ${coreEn.list(significant)}.`
      : 'No Bonferroni-adjusted pairwise comparison was significant.',
  tableRef: (ref: string, fig: string) => `${ref} shows each measurement and ${fig} plots the means.`,
  /** The table alone, with `figure: false`. */
  tableOnlyRef: (ref: string) => `${ref} shows each measurement.`,
  conclusion: (outcome: string, significant: boolean) =>
    significant
      ? `The ${outcome} changed significantly across the measurements.`
      : `The ${outcome} did not change significantly across the measurements.`,
  testNames: {
    anova: 'repeated-measures analysis of variance',
    friedman: 'Friedman test',
  },
};

const I = coreId.fmt;
const dfI = (df: number) => (Number.isInteger(df) ? I.int(df) : I.num(df));

export const id: typeof en = {
  caption: (outcome) => `${coreId.cap(outcome)} pada tiap pengukuran`,
  captionPairs: (outcome) => `Perbandingan berpasangan ${mid(outcome)} antarpengukuran (Bonferroni)`,
  captionFigure: (outcome) => `Rerata ${mid(outcome)} pada tiap pengukuran dengan interval kepercayaan 95%`,
  alt: (outcome, parts) => `Rerata ${mid(outcome)} dengan interval kepercayaan 95%: ${parts.join('; ')}.`,
  altPart: (time, mean) => `${time}: ${mean}`,
  axisMean: (outcome) => `Rerata ${mid(outcome)}`,
  columns: {
    time: 'Pengukuran',
    n: 'n',
    msd: 'M (SD)',
    ci: 'IK 95%',
    meanRank: 'Rerata peringkat',
    pair: 'Perbandingan',
    diff: 'Selisih M',
    se: 'SE',
    p: 'p (Bonferroni)',
  },
  versus: (a, b) => `${a} \u2212 ${b}`,
  statF: (f, df1, df2, p, eta) =>
    `F(${dfI(df1)}; ${dfI(df2)}) = ${I.num(f)}; ${I.p(p)}; \u03b7p\u00b2 = ${I.bounded(eta)}`,
  statFriedman: (chi, df, p, w) => `\u03c7\u00b2(${I.int(df)}) = ${I.num(chi)}; ${I.p(p)}; W Kendall = ${I.bounded(w)}`,
  statMauchly: (w, chi, df, p) => `W = ${I.bounded(w)}; \u03c7\u00b2(${I.int(df)}) = ${I.num(chi)}; ${I.p(p)}`,
  methodAuto: (outcome) =>
    `${coreId.cap(outcome)} dibandingkan antarpengukuran dengan analisis varians satu arah pengukuran berulang bila uji Shapiro\u2013Wilk [@shapiro1965normality] tidak menolak normalitas pada pengukuran mana pun, dan dengan uji Friedman [@friedman1937ranks] dengan W Kendall sebagai ukuran efek [@kendall1939rankings] bila normalitas ditolak. Sferisitas diperiksa dengan uji Mauchly [@mauchly1940sphericity]; bila ditolak, derajat bebas dikoreksi dengan \u03b5 Greenhouse\u2013Geisser [@greenhouse1959profile], atau dengan \u03b5 Huynh\u2013Feldt [@huynh1976box] bila \u03b5 Greenhouse\u2013Geisser melebihi 0,75 [@field2018spss]. Ukuran efek uji F adalah \u03b7\u00b2 parsial [@cohen1973eta]; pengukuran dibandingkan berpasangan dengan uji t berpasangan yang disesuaikan dengan Bonferroni [@dunn1961means].`,
  methodFixed: (outcome, test) =>
    `${coreId.cap(outcome)} dibandingkan antarpengukuran dengan ${test} sesuai rencana analisis.`,
  checks: (normal, failed) =>
    normal
      ? 'Uji Shapiro\u2013Wilk tidak menolak normalitas pada pengukuran mana pun.'
      : `Uji Shapiro\u2013Wilk menolak normalitas pada ${coreId.list(failed)}.`,
  choice: (test, fixed) => (fixed ? `${coreId.cap(test)} sesuai rencana dilaporkan.` : `Karena itu digunakan ${test}.`),
  sphericityTwo: 'Dengan dua pengukuran, sferisitas terpenuhi dengan sendirinya.',
  sphericityOk: (stat) => `Uji Mauchly tidak menolak sferisitas (${stat}) sehingga uji F tidak dikoreksi.`,
  sphericityGg: (stat, eps) =>
    `Uji Mauchly menolak sferisitas (${stat}); dengan \u03b5 Greenhouse\u2013Geisser = ${I.bounded(eps, 3)} (paling besar 0,75) digunakan koreksi Greenhouse\u2013Geisser.`,
  sphericityHf: (stat, gg, hf) =>
    `Uji Mauchly menolak sferisitas (${stat}); karena \u03b5 Greenhouse\u2013Geisser = ${I.bounded(gg, 3)} melebihi 0,75, digunakan koreksi Huynh\u2013Feldt (\u03b5 = ${I.bounded(hf, 3)}).`,
  result: (outcome, significant, stat) =>
    significant
      ? `${coreId.cap(outcome)} berbeda secara signifikan antarpengukuran, ${stat}.`
      : `${coreId.cap(outcome)} tidak berbeda secara signifikan antarpengukuran, ${stat}.`,
  pairs: (significant) =>
    significant.length
      ? `Perbandingan berpasangan dengan penyesuaian Bonferroni menemukan perbedaan signifikan pada ${coreId.list(significant)}.`
      : 'Tidak ada perbandingan berpasangan dengan penyesuaian Bonferroni yang signifikan.',
  tableRef: (ref, fig) => `${ref} menyajikan tiap pengukuran dan ${fig} menampilkan reratanya.`,
  tableOnlyRef: (ref) => `${ref} menyajikan tiap pengukuran.`,
  conclusion: (outcome, significant) =>
    significant
      ? `${coreId.cap(outcome)} berubah secara signifikan antarpengukuran.`
      : `${coreId.cap(outcome)} tidak berubah secara signifikan antarpengukuran.`,
  testNames: {
    anova: 'analisis varians pengukuran berulang',
    friedman: 'uji Friedman',
  },
};
