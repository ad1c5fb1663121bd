/**
 * Wording of the `group-comparison` analysis (two independent groups): English (APA 7)
 * and Bahasa Indonesia. Numbers arrive unformatted and are formatted here.
 */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { en as figureEn, id as figureId } from './group-distribution.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'group-comparison';

const E = coreEn.fmt;

export const en = {
  caption: (outcome: string) => `Comparison of the ${outcome} between the groups`,
  columns: {
    test: 'Test',
    statistic: 'Statistic',
    df: 'df',
    p: 'p',
    difference: 'Mean difference [95% CI]',
    effect: 'Effect size',
  },
  rows: {
    levene: 'Levene\u2019s test',
    student: 'Student\u2019s t-test',
    welch: 'Welch\u2019s t-test',
    mannWhitney: 'Mann\u2013Whitney U test',
  },
  cellF: (f: number) => `F = ${E.num(f)}`,
  cellT: (t: number) => `t = ${E.num(t)}`,
  cellU: (u: number, z: number) => `U = ${E.num(u)}, Z = ${E.num(z)}`,
  cellD: (d: number, g: number) => `d = ${E.num(d)}, g = ${E.num(g)}`,
  cellDiff: (diff: number, lo: number, hi: number) => `${E.num(diff)} ${coreEn.ciCell(lo, hi)}`,
  cellR: (r: number) => `r = ${E.bounded(r)}`,
  dfPair: (a: number, b: number) => `${E.int(a)}, ${E.int(b)}`,
  dfWelch: (df: number) => E.num(df),

  // Table notes
  noteGroup: (group: string, n: number, m: number, sd: number | null, median?: { mdn: number; iqr: number }) =>
    `${group}: n = ${E.int(n)}, M = ${E.num(m)}, SD = ${E.num(sd)}${median ? `, Mdn = ${E.num(median.mdn)}, IQR = ${E.num(median.iqr)}` : ''}`,
  noteGroups: (parts: string[]) => `${parts.join('; ')}.`,
  noteDifference: (g1: string, g2: string) => `Mean difference = ${g1} \u2212 ${g2}.`,
  noteChange: 'Change score = after \u2212 before; negative values indicate a decrease.',
  noteRead: (variant: string): string =>
    variant === 'student'
      ? 'Levene\u2019s test (centred on the mean) did not reject equal variances, so the Student row is read.'
      : 'Levene\u2019s test (centred on the mean) rejected equal variances, so the Welch row is read.',
  noteEffects: 'd = Cohen\u2019s d; g = Hedges\u2019 g.',
  noteMannWhitney: 'Z from the normal approximation with tie correction; r = |Z|/\u221aN.',
  noteSensitivity: (groups: string[]) =>
    `The Mann\u2013Whitney U test is a sensitivity analysis: the Shapiro\u2013Wilk test rejected normality in the ${coreEn.list(groups)} group${groups.length > 1 ? 's' : ''}.`,

  // APA statistic strings
  statT: (t: number, df: number, welch: boolean, p: number, d: number) =>
    `t(${welch ? E.num(df) : E.int(df)}) = ${E.num(t)}, ${E.p(p)}, d = ${E.num(d)}`,
  statMw: (u: number, z: number, p: number, r: number) =>
    `U = ${E.num(u)}, Z = ${E.num(z)}, ${E.p(p)}, r = ${E.bounded(r)}`,
  statLevene: (f: number, df1: number, df2: number, p: number) =>
    `F(${E.int(df1)}, ${E.int(df2)}) = ${E.num(f)}, ${E.p(p)}`,
  statShapiro: (w: number, p: number) => `W = ${E.num(w)}, ${E.p(p)}`,

  // Methods
  methodAuto:
    'Two groups were compared with the independent-samples t-test when the Shapiro\u2013Wilk test [@shapiro1965normality] did not reject normality in either group, using Student\u2019s version when Levene\u2019s test centred on the mean [@levene1960robust] did not reject equal variances and Welch\u2019s version otherwise [@welch1947generalization], and with the Mann\u2013Whitney U test otherwise [@mann1947test]. Effect sizes are Cohen\u2019s d and Hedges\u2019 g for the t-test [@cohen1988power] and r = |Z|/\u221aN for the Mann\u2013Whitney test.',
  methodFixedT: (outcome: string, sensitivity: boolean, effects: boolean) =>
    `The ${outcome} was compared between the groups with the independent-samples t-test, as planned, reporting both Student\u2019s version and Welch\u2019s version, which does not assume equal variances [@welch1947generalization]; Levene\u2019s test centred on the mean [@levene1960robust] decides which one is read.${sensitivity ? ' Because the Shapiro\u2013Wilk test [@shapiro1965normality] rejected normality in at least one group, the Mann\u2013Whitney U test [@mann1947test] is reported beside the t-test as a sensitivity analysis.' : ' Normality within each group was checked with the Shapiro\u2013Wilk test [@shapiro1965normality].'}${effects ? ` Effect sizes are Cohen\u2019s d and Hedges\u2019 g [@cohen1988power]${sensitivity ? ', and r = |Z|/\u221aN for the Mann\u2013Whitney test' : ''}.` : ''}`,
  methodFixedMw: (outcome: string) =>
    `The ${outcome} was compared between the groups with the Mann\u2013Whitney U test, as planned [@mann1947test]; the effect size is r = |Z|/\u221aN.`,
  methodChange: (outcome: string) =>
    `For the comparison of the ${outcome}, each participant\u2019s change score was computed as the score after minus the score before, so that negative values indicate a decrease.`,

  // Results
  checkGroup: (group: string, stat: string) => `${group}: ${stat}`,
  checksAllPassed: (parts: string[]) =>
    `The Shapiro\u2013Wilk test did not reject normality in either group (${parts.join('; ')})`,
  checksSomeFailed: (failed: string[], failedParts: string[], passed: string[], passedParts: string[]) =>
    `The Shapiro\u2013Wilk test rejected normality in the ${coreEn.list(failed)} group${failed.length > 1 ? 's' : ''} (${failedParts.join('; ')})` +
    (passed.length
      ? ` but not in the ${coreEn.list(passed)} group${passed.length > 1 ? 's' : ''} (${passedParts.join('; ')})`
      : ''),
  checksUntestable: 'Normality could not be tested in every group',
  leveneClause: (passed: boolean, stat: string) =>
    `Levene\u2019s test ${passed ? 'did not reject' : 'rejected'} equal variances, ${stat}`,
  leveneUndefined: 'Levene\u2019s test is undefined because the deviations do not vary',
  choiceAutoT: (variant: string) =>
    `The independent-samples t-test was therefore used, in ${variant === 'student' ? 'Student\u2019s version (equal variances)' : 'Welch\u2019s version (unequal variances)'}.`,
  choiceAutoMw: 'The Mann\u2013Whitney U test was therefore used.',
  choiceFixedT: (variant: string, sensitivity: boolean) =>
    `${sensitivity ? 'The planned t-test is reported with the Mann\u2013Whitney U test as a sensitivity analysis' : 'This supports the planned t-test'}; ${variant === 'student' ? 'Student\u2019s version is read' : 'Welch\u2019s version is read'}.`,
  choiceFixedMw: 'The planned Mann\u2013Whitney U test is reported.',
  checksSentence: (normality: string, levene: string) => `${normality}, and ${levene}.`,
  tResult: (
    outcome: string,
    g1: string,
    g2: string,
    m1: number,
    sd1: number | null,
    m2: number,
    sd2: number | null,
    significant: boolean,
    lower: boolean,
    stat: string,
    diff: number,
    lo: number,
    hi: number,
  ) =>
    (significant
      ? `The ${outcome} was significantly ${lower ? 'lower' : 'higher'} in the ${g1} group (M = ${E.num(m1)}, SD = ${E.num(sd1)}) than in the ${g2} group (M = ${E.num(m2)}, SD = ${E.num(sd2)}), ${stat}`
      : `The ${outcome} did not differ significantly between the ${g1} group (M = ${E.num(m1)}, SD = ${E.num(sd1)}) and the ${g2} group (M = ${E.num(m2)}, SD = ${E.num(sd2)}), ${stat}`) +
    `; the mean difference was ${E.num(diff)} points, ${coreEn.ci(lo, hi)}.`,
  otherVariant: (variant: string, t: number, df: number, p: number) =>
    variant === 'welch'
      ? `Welch\u2019s version, which does not assume equal variances, gives t(${E.num(df)}) = ${E.num(t)}, ${E.p(p)}.`
      : `Student\u2019s version, which assumes equal variances, gives t(${E.int(df)}) = ${E.num(t)}, ${E.p(p)}.`,
  mwResult: (
    outcome: string,
    g1: string,
    g2: string,
    md1: number,
    md2: number,
    significant: boolean,
    lower: boolean,
    stat: string,
  ) =>
    significant
      ? `The ${outcome} was significantly ${lower ? 'lower' : 'higher'} in the ${g1} group (Mdn = ${E.num(md1)}) than in the ${g2} group (Mdn = ${E.num(md2)}), ${stat}.`
      : `The ${outcome} did not differ significantly between the ${g1} group (Mdn = ${E.num(md1)}) and the ${g2} group (Mdn = ${E.num(md2)}), ${stat}.`,
  sensitivity: (same: boolean, stat: string) =>
    `The Mann\u2013Whitney U test (sensitivity analysis) ${same ? 'leads to the same conclusion' : 'leads to a different conclusion'}: ${stat}.`,
  tableRef: (ref: string) => `${ref} lists the tests.`,
  abstractT: (outcome: string, g1: string, g2: string, significant: boolean, lower: boolean, stat: string) =>
    significant
      ? `The ${outcome} was significantly ${lower ? 'lower' : 'higher'} in the ${g1} group than in the ${g2} group (${stat}).`
      : `The ${outcome} did not differ significantly between the ${g1} and ${g2} groups (${stat}).`,
  conclusion: (
    outcome: string,
    g1: string,
    g2: string,
    significant: boolean,
    lower: boolean,
    expected: string | undefined,
    asExpected: boolean | undefined,
  ) => {
    if (!significant) {
      return `The ${outcome} did not differ significantly between the ${g1} and ${g2} groups${expected ? '; the data do not support the hypothesised difference' : ''}.`;
    }
    const support = expected === undefined ? '' : asExpected ? ', as hypothesised' : ', contrary to the hypothesis';
    return `The ${outcome} was significantly ${lower ? 'lower' : 'higher'} in the ${g1} group than in the ${g2} group${support}.`;
  },
  changeOutcome: (outcome: string) => `${outcome} (after \u2212 before)`,
  groupName: (label: string) => label,
  /** The figure of the outcome per group. */
  figure: figureEn,
};

const I = coreId.fmt;

export const id: typeof en = {
  caption: (outcome) => `Perbandingan ${outcome} antarkelompok`,
  columns: {
    test: 'Uji',
    statistic: 'Statistik',
    df: 'df',
    p: 'p',
    difference: 'Selisih rerata [IK 95%]',
    effect: 'Ukuran efek',
  },
  rows: {
    levene: 'Uji Levene',
    student: 'Uji t Student',
    welch: 'Uji t Welch',
    mannWhitney: 'Uji Mann\u2013Whitney U',
  },
  cellF: (f) => `F = ${I.num(f)}`,
  cellT: (t) => `t = ${I.num(t)}`,
  cellU: (u, z) => `U = ${I.num(u)}; Z = ${I.num(z)}`,
  cellD: (d, g) => `d = ${I.num(d)}; g = ${I.num(g)}`,
  cellDiff: (diff, lo, hi) => `${I.num(diff)} ${coreId.ciCell(lo, hi)}`,
  cellR: (r) => `r = ${I.bounded(r)}`,
  dfPair: (a, b) => `${I.int(a)}; ${I.int(b)}`,
  dfWelch: (df) => I.num(df),

  noteGroup: (group, n, m, sd, median) =>
    `${group}: n = ${I.int(n)}; M = ${I.num(m)}; SD = ${I.num(sd)}${median ? `; Median = ${I.num(median.mdn)}; IQR = ${I.num(median.iqr)}` : ''}`,
  noteGroups: (parts) => `${parts.join('. ')}.`,
  noteDifference: (g1, g2) => `Selisih rerata = ${g1} \u2212 ${g2}.`,
  noteChange: 'Skor perubahan = sesudah \u2212 sebelum; nilai negatif berarti penurunan.',
  noteRead: (variant) =>
    variant === 'student'
      ? 'Uji Levene (berpusat pada rerata) tidak menolak kesamaan varians, sehingga baris Student yang dibaca.'
      : 'Uji Levene (berpusat pada rerata) menolak kesamaan varians, sehingga baris Welch yang dibaca.',
  noteEffects: 'd = d Cohen; g = g Hedges.',
  noteMannWhitney: 'Z dari pendekatan normal dengan koreksi angka sama; r = |Z|/\u221aN.',
  noteSensitivity: (groups) =>
    `Uji Mann\u2013Whitney U merupakan analisis sensitivitas: uji Shapiro\u2013Wilk menolak normalitas pada kelompok ${coreId.list(groups)}.`,

  statT: (t, df, welch, p, d) => `t(${welch ? I.num(df) : I.int(df)}) = ${I.num(t)}; ${I.p(p)}; d = ${I.num(d)}`,
  statMw: (u, z, p, r) => `U = ${I.num(u)}; Z = ${I.num(z)}; ${I.p(p)}; r = ${I.bounded(r)}`,
  statLevene: (f, df1, df2, p) => `F(${I.int(df1)}; ${I.int(df2)}) = ${I.num(f)}; ${I.p(p)}`,
  statShapiro: (w, p) => `W = ${I.num(w)}; ${I.p(p)}`,

  methodAuto:
    'Dua kelompok dibandingkan dengan uji t sampel independen bila uji Shapiro\u2013Wilk [@shapiro1965normality] tidak menolak normalitas pada kedua kelompok, dengan versi Student bila uji Levene yang berpusat pada rerata [@levene1960robust] tidak menolak kesamaan varians dan versi Welch bila menolaknya [@welch1947generalization], serta dengan uji Mann\u2013Whitney U bila normalitas ditolak [@mann1947test]. Ukuran efek uji t adalah d Cohen dan g Hedges [@cohen1988power], dan ukuran efek uji Mann\u2013Whitney adalah r = |Z|/\u221aN.',
  methodFixedT: (outcome, sensitivity, effects) =>
    `${coreId.cap(outcome)} dibandingkan antarkelompok dengan uji t sampel independen sesuai rencana analisis, dengan melaporkan versi Student dan versi Welch, yang tidak mengasumsikan kesamaan varians [@welch1947generalization]; uji Levene yang berpusat pada rerata [@levene1960robust] menentukan versi yang dibaca.${sensitivity ? ' Karena uji Shapiro\u2013Wilk [@shapiro1965normality] menolak normalitas pada sedikitnya satu kelompok, uji Mann\u2013Whitney U [@mann1947test] dilaporkan di samping uji t sebagai analisis sensitivitas.' : ' Normalitas dalam tiap kelompok diperiksa dengan uji Shapiro\u2013Wilk [@shapiro1965normality].'}${effects ? ` Ukuran efek adalah d Cohen dan g Hedges [@cohen1988power]${sensitivity ? ', serta r = |Z|/\u221aN untuk uji Mann\u2013Whitney' : ''}.` : ''}`,
  methodFixedMw: (outcome) =>
    `${coreId.cap(outcome)} dibandingkan antarkelompok dengan uji Mann\u2013Whitney U sesuai rencana analisis [@mann1947test]; ukuran efeknya r = |Z|/\u221aN.`,
  methodChange: (outcome) =>
    `Untuk membandingkan ${outcome}, skor perubahan tiap partisipan dihitung sebagai skor sesudah dikurangi skor sebelum, sehingga nilai negatif berarti penurunan.`,

  checkGroup: (group, stat) => `${group}: ${stat}`,
  checksAllPassed: (parts) =>
    `Uji Shapiro\u2013Wilk tidak menolak normalitas pada kedua kelompok (${parts.join('; ')})`,
  checksSomeFailed: (failed, failedParts, passed, passedParts) =>
    `Uji Shapiro\u2013Wilk menolak normalitas pada kelompok ${coreId.list(failed)} (${failedParts.join('; ')})` +
    (passed.length ? `, tetapi tidak pada kelompok ${coreId.list(passed)} (${passedParts.join('; ')})` : ''),
  checksUntestable: 'Normalitas tidak dapat diuji pada setiap kelompok',
  leveneClause: (passed, stat) => `uji Levene ${passed ? 'tidak menolak' : 'menolak'} kesamaan varians (${stat})`,
  leveneUndefined: 'uji Levene tidak terdefinisi karena simpangan tidak bervariasi',
  choiceAutoT: (variant) =>
    `Karena itu digunakan uji t sampel independen versi ${variant === 'student' ? 'Student (varians sama)' : 'Welch (varians tidak sama)'}.`,
  choiceAutoMw: 'Karena itu digunakan uji Mann\u2013Whitney U.',
  choiceFixedT: (variant, sensitivity) =>
    `${sensitivity ? 'Karena itu uji t sesuai rencana dilaporkan bersama uji Mann\u2013Whitney U sebagai analisis sensitivitas' : 'Hal ini mendukung uji t sesuai rencana'}; ${variant === 'student' ? 'versi Student yang dibaca' : 'versi Welch yang dibaca'}.`,
  choiceFixedMw: 'Uji Mann\u2013Whitney U sesuai rencana dilaporkan.',
  checksSentence: (normality, levene) => `${normality}, dan ${levene}.`,
  tResult: (outcome, g1, g2, m1, sd1, m2, sd2, significant, lower, stat, diff, lo, hi) =>
    (significant
      ? `${coreId.cap(outcome)} pada kelompok ${g1} (M = ${I.num(m1)}; SD = ${I.num(sd1)}) secara signifikan lebih ${lower ? 'rendah' : 'tinggi'} daripada kelompok ${g2} (M = ${I.num(m2)}; SD = ${I.num(sd2)}), ${stat}`
      : `${coreId.cap(outcome)} tidak berbeda secara signifikan antara kelompok ${g1} (M = ${I.num(m1)}; SD = ${I.num(sd1)}) dan kelompok ${g2} (M = ${I.num(m2)}; SD = ${I.num(sd2)}), ${stat}`) +
    `; selisih rerata ${I.num(diff)} poin, ${coreId.ci(lo, hi)}.`,
  otherVariant: (variant, t, df, p) =>
    variant === 'welch'
      ? `Versi Welch, yang tidak mengasumsikan kesamaan varians, menghasilkan t(${I.num(df)}) = ${I.num(t)}; ${I.p(p)}.`
      : `Versi Student, yang mengasumsikan kesamaan varians, menghasilkan t(${I.int(df)}) = ${I.num(t)}; ${I.p(p)}.`,
  mwResult: (outcome, g1, g2, md1, md2, significant, lower, stat) =>
    significant
      ? `${coreId.cap(outcome)} pada kelompok ${g1} (Median = ${I.num(md1)}) secara signifikan lebih ${lower ? 'rendah' : 'tinggi'} daripada kelompok ${g2} (Median = ${I.num(md2)}), ${stat}.`
      : `${coreId.cap(outcome)} tidak berbeda secara signifikan antara kelompok ${g1} (Median = ${I.num(md1)}) dan kelompok ${g2} (Median = ${I.num(md2)}), ${stat}.`,
  sensitivity: (same, stat) =>
    `Uji Mann\u2013Whitney U (analisis sensitivitas) ${same ? 'menghasilkan simpulan yang sama' : 'menghasilkan simpulan yang berbeda'}: ${stat}.`,
  tableRef: (ref) => `${ref} memuat hasil pengujian tersebut.`,
  abstractT: (outcome, g1, g2, significant, lower, stat) =>
    significant
      ? `${coreId.cap(outcome)} pada kelompok ${g1} secara signifikan lebih ${lower ? 'rendah' : 'tinggi'} daripada kelompok ${g2} (${stat}).`
      : `${coreId.cap(outcome)} tidak berbeda secara signifikan antara kelompok ${g1} dan ${g2} (${stat}).`,
  conclusion: (outcome, g1, g2, significant, lower, expected, asExpected) => {
    if (!significant)
      return `${coreId.cap(outcome)} tidak berbeda secara signifikan antara kelompok ${g1} dan ${g2}${expected ? '; data tidak mendukung hipotesis adanya perbedaan' : ''}.`;
    const support = expected === undefined ? '' : asExpected ? ', sesuai hipotesis' : ', berlawanan dengan hipotesis';
    return `${coreId.cap(outcome)} pada kelompok ${g1} secara signifikan lebih ${lower ? 'rendah' : 'tinggi'} daripada kelompok ${g2}${support}.`;
  },
  changeOutcome: (outcome) => `${outcome} (sesudah \u2212 sebelum)`,
  groupName: (label) => label,
  figure: figureId,
};
