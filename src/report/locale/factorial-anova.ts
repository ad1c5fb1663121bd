/** Wording of the `factorial-anova` analysis (two-way ANOVA, Type III): English and Bahasa Indonesia. */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'factorial-anova';

const E = coreEn.fmt;

/** Clauses that hold commas of their own (APA statistics) are listed with semicolons. */
function semicolons(parts: string[], and: string): string {
  if (parts.length < 2) return parts.join('');
  return `${parts.slice(0, -1).join('; ')}; ${and} ${parts[parts.length - 1]}`;
}

export const en = {
  captionCells: (outcome: string, a: string, b: string) => `The ${outcome} by ${mid(a)} and ${mid(b)}`,
  captionAnova: (outcome: string) => `Two-way analysis of variance of the ${outcome}`,
  captionSimple: (outcome: string) => `Simple effects on the ${outcome}`,
  captionFigure: (outcome: string, a: string, b: string) =>
    `Mean ${outcome} by ${mid(a)} and ${mid(b)} (interaction plot)`,
  alt: (outcome: string, parts: string[]) => `Line chart of the mean ${outcome} per cell: ${parts.join('; ')}.`,
  altPart: (a: string, b: string, mean: string) => `${a}, ${b}: ${mean}`,
  axisMean: (outcome: string) => `Mean ${outcome}`,
  columns: {
    n: 'n',
    msd: 'M (SD)',
    source: 'Source',
    ss: 'SS',
    df: 'df',
    ms: 'MS',
    f: 'F',
    p: 'p',
    eta: 'Partial \u03b7\u00b2',
    effect: 'Effect',
  },
  testName: 'two-way analysis of variance',
  error: 'Error',
  total: 'Corrected total',
  interaction: (a: string, b: string) => `${a} \u00d7 ${b}`,
  within: (factor: string, other: string, level: string) => `${factor} within ${mid(other)} = ${level}`,
  noteLevene: (stat: string) => `Levene\u2019s test across the cells: ${stat}.`,
  noteTypeThree: 'Type III sums of squares; partial \u03b7\u00b2 = SS_effect/(SS_effect + SS_error).',
  noteSimple: 'Each simple effect is tested against the error mean square of the full model.',
  statF: (f: number, df1: number, df2: number, p: number, eta: number) =>
    `F(${E.int(df1)}, ${E.int(df2)}) = ${E.num(f)}, ${E.p(p)}, \u03b7p\u00b2 = ${E.bounded(eta)}`,
  statLevene: (f: number, df1: number, df2: number, p: number) =>
    `F(${E.int(df1)}, ${E.int(df2)}) = ${E.num(f)}, ${E.p(p)}`,
  method: (outcome: string, a: string, b: string) =>
    `The ${outcome} was analysed with a two-way analysis of variance with ${mid(a)} and ${mid(b)} as crossed factors and their interaction, using Type III sums of squares; effect sizes are partial \u03b7\u00b2 [@cohen1973eta]. Normality within each cell was checked with the Shapiro\u2013Wilk test [@shapiro1965normality] and equality of variances across the cells with Levene\u2019s test centred on the cell means [@levene1960robust]; when the interaction was significant, the simple effects of each factor within each level of the other were tested against the error term of the full model [@maxwell2018designing].`,
  checks: (normal: boolean, failed: string[], levene: string | null, leveneOk: boolean) =>
    `${normal ? 'The Shapiro\u2013Wilk test did not reject normality in any cell' : `The Shapiro\u2013Wilk test rejected normality in the ${coreEn.list(failed)} cell${failed.length > 1 ? 's' : ''}`}${levene ? `, and Levene\u2019s test ${leveneOk ? 'did not reject' : 'rejected'} equal variances across the cells, ${levene}` : ''}.`,
  caution: (normal: boolean, equal: boolean) =>
    normal && equal
      ? 'The assumptions of the F tests were therefore met.'
      : `The F tests have no rank-based counterpart for an interaction, so they are reported, but ${!equal ? 'with unequal variances across the cells ' : ''}${!equal && !normal ? 'and ' : ''}${!normal ? 'with non-normal cells ' : ''}their p-values should be read with caution.`,
  effects: (parts: string[]) => `The analysis showed ${semicolons(parts, 'and')}.`,
  mainEffect: (name: string, significant: boolean, stat: string) =>
    `${significant ? 'a significant' : 'no significant'} main effect of ${mid(name)}, ${stat}`,
  interactionEffect: (a: string, b: string, significant: boolean, stat: string) =>
    `${significant ? 'a significant' : 'no significant'} interaction of ${mid(a)} and ${mid(b)}, ${stat}`,
  simple: (parts: string[]) =>
    `Because the interaction was significant, simple effects were examined: ${coreEn.list(parts)}.`,
  simplePart: (factor: string, other: string, level: string, significant: boolean, stat: string) =>
    `${mid(factor)} ${significant ? 'had a significant effect' : 'had no significant effect'} when ${mid(other)} was ${level}, ${stat}`,
  tableRef: (cells: string, anova: string) => `${cells} shows the cells and ${anova} the tests.`,
  figureRef: (ref: string) => `${ref} plots the cell means.`,
  conclusion: (outcome: string, a: string, b: string, sigA: boolean, sigB: boolean, sigAB: boolean) =>
    sigAB
      ? `The effect of ${mid(a)} on the ${outcome} depended on ${mid(b)}.`
      : `The ${outcome} ${sigA ? 'differed significantly' : 'did not differ significantly'} by ${mid(a)} and ${sigB ? 'differed significantly' : 'did not differ significantly'} by ${mid(b)}, with no significant interaction.`,
};

const I = coreId.fmt;

export const id: typeof en = {
  captionCells: (outcome, a, b) => `${coreId.cap(outcome)} menurut ${mid(a)} dan ${mid(b)}`,
  captionAnova: (outcome) => `Analisis varians dua arah ${mid(outcome)}`,
  captionSimple: (outcome) => `Efek sederhana pada ${mid(outcome)}`,
  captionFigure: (outcome, a, b) => `Rerata ${mid(outcome)} menurut ${mid(a)} dan ${mid(b)} (plot interaksi)`,
  alt: (outcome, parts) => `Diagram garis rerata ${mid(outcome)} per sel: ${parts.join('; ')}.`,
  altPart: (a, b, mean) => `${a}, ${b}: ${mean}`,
  axisMean: (outcome) => `Rerata ${mid(outcome)}`,
  columns: {
    n: 'n',
    msd: 'M (SD)',
    source: 'Sumber',
    ss: 'JK',
    df: 'db',
    ms: 'RK',
    f: 'F',
    p: 'p',
    eta: '\u03b7\u00b2 parsial',
    effect: 'Efek',
  },
  testName: 'analisis varians dua arah',
  error: 'Galat',
  total: 'Total terkoreksi',
  interaction: (a, b) => `${a} \u00d7 ${b}`,
  within: (factor, other, level) => `${factor} pada ${mid(other)} = ${level}`,
  noteLevene: (stat) => `Uji Levene antarsel: ${stat}.`,
  noteTypeThree: 'Jumlah kuadrat tipe III; \u03b7\u00b2 parsial = JK_efek/(JK_efek + JK_galat).',
  noteSimple: 'Setiap efek sederhana diuji terhadap rerata kuadrat galat model lengkap.',
  statF: (f, df1, df2, p, eta) =>
    `F(${I.int(df1)}; ${I.int(df2)}) = ${I.num(f)}; ${I.p(p)}; \u03b7p\u00b2 = ${I.bounded(eta)}`,
  statLevene: (f, df1, df2, p) => `F(${I.int(df1)}; ${I.int(df2)}) = ${I.num(f)}; ${I.p(p)}`,
  method: (outcome, a, b) =>
    `${coreId.cap(outcome)} dianalisis dengan analisis varians dua arah dengan ${mid(a)} dan ${mid(b)} sebagai faktor bersilang beserta interaksinya, menggunakan jumlah kuadrat tipe III; ukuran efek adalah \u03b7\u00b2 parsial [@cohen1973eta]. Normalitas dalam tiap sel diperiksa dengan uji Shapiro\u2013Wilk [@shapiro1965normality] dan kesamaan varians antarsel dengan uji Levene yang berpusat pada rerata sel [@levene1960robust]; bila interaksi signifikan, efek sederhana tiap faktor pada tiap taraf faktor lainnya diuji terhadap galat model lengkap [@maxwell2018designing].`,
  checks: (normal, failed, levene, leveneOk) =>
    `${normal ? 'Uji Shapiro\u2013Wilk tidak menolak normalitas pada sel mana pun' : `Uji Shapiro\u2013Wilk menolak normalitas pada sel ${coreId.list(failed)}`}${levene ? `, dan uji Levene ${leveneOk ? 'tidak menolak' : 'menolak'} kesamaan varians antarsel (${levene})` : ''}.`,
  caution: (normal, equal) =>
    normal && equal
      ? 'Dengan demikian asumsi uji F terpenuhi.'
      : `Uji F tidak memiliki padanan berbasis peringkat untuk interaksi sehingga tetap dilaporkan, tetapi ${!equal ? 'karena varians antarsel tidak sama ' : ''}${!equal && !normal ? 'dan ' : ''}${!normal ? 'karena ada sel yang tidak normal ' : ''}nilai p-nya perlu dibaca dengan hati-hati.`,
  effects: (parts) => `Analisis menunjukkan ${semicolons(parts, 'dan')}.`,
  mainEffect: (name, significant, stat) =>
    `${significant ? 'efek utama' : 'tidak ada efek utama'} ${mid(name)} yang signifikan (${stat})`,
  interactionEffect: (a, b, significant, stat) =>
    `${significant ? 'interaksi' : 'tidak ada interaksi'} ${mid(a)} dan ${mid(b)} yang signifikan (${stat})`,
  simple: (parts) => `Karena interaksi signifikan, efek sederhana diperiksa: ${semicolons(parts, 'dan')}.`,
  simplePart: (factor, other, level, significant, stat) =>
    `${mid(factor)} ${significant ? 'berpengaruh signifikan' : 'tidak berpengaruh signifikan'} pada ${mid(other)} ${level} (${stat})`,
  tableRef: (cells, anova) => `${cells} menyajikan data tiap sel dan ${anova} menyajikan hasil uji.`,
  figureRef: (ref) => `${ref} menampilkan rerata tiap sel.`,
  conclusion: (outcome, a, b, sigA, sigB, sigAB) =>
    sigAB
      ? `Pengaruh ${mid(a)} terhadap ${mid(outcome)} bergantung pada ${mid(b)}.`
      : `${coreId.cap(outcome)} ${sigA ? 'berbeda secara signifikan' : 'tidak berbeda secara signifikan'} menurut ${mid(a)} dan ${sigB ? 'berbeda secara signifikan' : 'tidak berbeda secara signifikan'} menurut ${mid(b)}, tanpa interaksi yang signifikan.`,
};
