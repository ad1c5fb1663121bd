/**
 * Wording of crude odds ratios (analysis type `odds-ratios`) in English and Bahasa
 * Indonesia: table headings and notes, the forest plot, and the sentences of the methods,
 * results, abstract and conclusion. Numbers arrive as numbers and are formatted here.
 * English follows APA 7 (`OR = 6.56, 95% CI [1.19, 36.14], p = .031`); Indonesian uses the
 * decimal comma and `;` between statistics (`OR = 6,56; IK 95% [1,19; 36,14]; p = 0,031`).
 */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence } from '../../text.ts';
import { typed } from './format.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'odds-ratios';

/** One comparison as the sentences need it: a level against the reference, with labels. */
export interface ComparisonText {
  variable: string;
  level: string;
  reference: string;
  or: number;
  lo: number;
  hi: number;
  p: number;
}

const fe = coreEn.fmt;
const fi = coreId.fmt;
// A label mid-sentence: lower-cased first letter, acronyms kept (SDS, PSS-10).
const lower = midSentence;

const statEn = coreEn.statOddsRatio;
const statId = coreId.statOddsRatio;

const compEn = (c: ComparisonText) =>
  `${lower(c.variable)} (${c.level} vs ${c.reference}: ${statEn(c.or, c.lo, c.hi, c.p)})`;
const compId = (c: ComparisonText) =>
  `${lower(c.variable)} (${c.level} dibanding ${c.reference}: ${statId(c.or, c.lo, c.hi, c.p)})`;

export const en = {
  stat: statEn,
  /** "low qualitative-workload stress": the case level with the outcome. */
  caseOf: (outcome: string, caseLevel: string) => `${caseLevel} ${lower(outcome)}`,
  columns: {
    factor: 'Factor',
    category: 'Category',
    nPercent: 'n (%)',
    or: 'OR',
    ci: coreEn.columns.ci,
    p: coreEn.columns.p,
  },
  /** Heading over the outcome groups' columns. */
  outcomeHead: (outcome: string) => `${outcome}, n (%)`,
  reference: `${fe.num(1)} (reference)`,
  dash: '—',
  caption: (caseWords: string) => `Crude odds ratios of ${caseWords} by factor`,
  notes: {
    row: 'n (%) = number of participants in each outcome group and percentage of the category (row percentage).',
    column: 'n (%) = number of participants and percentage of the outcome group (column percentage).',
    or: (caseWords: string) =>
      `OR = crude odds ratio of ${caseWords} against the reference category; CI = Woolf (Wald) confidence interval; p from the Wald test.`,
    zeroCell: (items: string[]) => `— = not estimable because a cell count is zero: ${coreEn.list(items)}.`,
    singleLevel: (variable: string, level: string) =>
      `${variable}: all participants were in one category (${level}); no odds ratio can be estimated.`,
    noObservations: (variable: string) => `${variable}: no observations.`,
  },
  figureCaption: (caseWords: string, alpha: string) =>
    `Crude odds ratios of ${caseWords} with 95% confidence intervals (logarithmic scale; dashed line: OR = 1; filled squares: p < ${alpha})`,
  figureAxis: 'Odds ratio (log scale)',
  figureEstimates: 'OR [95% CI]',
  figureAlt: (caseWords: string, n: number) =>
    `Forest plot of ${n} crude odds ratios of ${caseWords} with 95% confidence intervals on a logarithmic axis.`,
  methods: (caseWords: string) =>
    `The association of each factor with ${caseWords} was expressed as a crude odds ratio (OR) of each category against the reference category, with the Woolf (Wald) 95% confidence interval; p-values are from the Wald test, the same as a logistic regression with that factor alone [@hosmer2013logistic]. Where a cell count was zero the OR was not estimated (no continuity correction).`,
  groupShows: (ref: string, caption: string) => coreEn.tableShows(ref, caption),
  figureShows: (ref: string) => `${ref} shows the crude odds ratios with their 95% confidence intervals.`,
  significant: (caseWords: string, higher: ComparisonText[], lowerOdds: ComparisonText[], group: string) => {
    const parts: string[] = [];
    if (higher.length) parts.push(`higher for ${coreEn.list(higher.map(compEn))}`);
    if (lowerOdds.length) parts.push(`lower for ${coreEn.list(lowerOdds.map(compEn))}`);
    return `${group ? `Among the ${lower(group)}, the` : 'The'} odds of ${caseWords} were significantly ${parts.join(' and ')}.`;
  },
  noneSignificant: (caseWords: string, group: string) =>
    `${group ? `None of the ${lower(group)}` : 'None of the factors'} was significantly associated with ${caseWords} (p ≥ ${fe.bounded(0.05)} for every comparison).`,
  othersNot: (group: string) =>
    `The other ${group ? lower(group) : 'factors'} were not significantly associated with it.`,
  notEstimable: (variables: string[]) =>
    `${coreEn.cap(coreEn.list(variables.map(lower)))} could not be analysed because all participants were in one category.`,
  zeroCells: (items: string[]) =>
    `For ${coreEn.list(items.map(lower))} a cell count was zero, so no odds ratio was estimated.`,
  abstract: (caseWords: string, comps: ComparisonText[]) =>
    comps.length
      ? `In the crude analysis, ${caseWords} was significantly associated with ${coreEn.list(comps.map(compEn))}.`
      : `In the crude analysis, no factor was significantly associated with ${caseWords}.`,
  conclusion: (caseWords: string, variables: string[]) =>
    variables.length
      ? `Without adjustment, ${coreEn.list(variables.map(lower))} ${variables.length === 1 ? 'was' : 'were'} associated with ${caseWords}.`
      : `Without adjustment, none of the factors was associated with ${caseWords}.`,
  failed: (message: string) => `The odds ratios could not be computed: ${message}.`,
  errors: typed<Record<string, string>>({
    'group-levels': 'the outcome must have exactly two categories, one of them the case level',
    'invalid-argument': 'no predictors were named',
  }),
};

export const id: typeof en = {
  stat: statId,
  caseOf: (outcome: string, caseLevel: string) => `${lower(outcome)} ${caseLevel}`,
  columns: {
    factor: 'Faktor',
    category: 'Kategori',
    nPercent: 'n (%)',
    or: 'OR',
    ci: coreId.columns.ci,
    p: coreId.columns.p,
  },
  outcomeHead: (outcome: string) => `${outcome}, n (%)`,
  reference: `${fi.num(1)} (rujukan)`,
  dash: '—',
  caption: (caseWords: string) => `Rasio odds kasar ${caseWords} menurut faktor`,
  notes: {
    row: 'n (%) = jumlah responden pada tiap kelompok variabel terikat dan persentasenya dalam kategori (persentase baris).',
    column: 'n (%) = jumlah responden dan persentasenya dalam kelompok variabel terikat (persentase kolom).',
    or: (caseWords: string) =>
      `OR = rasio odds kasar ${caseWords} terhadap kategori rujukan; IK = interval kepercayaan Woolf (Wald); p dari uji Wald.`,
    zeroCell: (items: string[]) => `— = tidak dapat diestimasi karena ada sel bernilai nol: ${coreId.list(items)}.`,
    singleLevel: (variable: string, level: string) =>
      `${variable}: semua responden berada pada satu kategori (${level}); rasio odds tidak dapat diestimasi.`,
    noObservations: (variable: string) => `${variable}: tidak ada pengamatan.`,
  },
  figureCaption: (caseWords: string, alpha: string) =>
    `Rasio odds kasar ${caseWords} dengan interval kepercayaan 95% (skala logaritmik; garis putus-putus: OR = 1; kotak terisi: p < ${alpha})`,
  figureAxis: 'Rasio odds (skala log)',
  figureEstimates: 'OR [IK 95%]',
  figureAlt: (caseWords: string, n: number) =>
    `Diagram hutan (forest plot) ${n} rasio odds kasar ${caseWords} dengan interval kepercayaan 95% pada sumbu logaritmik.`,
  methods: (caseWords: string) =>
    `Hubungan setiap faktor dengan ${caseWords} dinyatakan sebagai rasio odds (OR) kasar setiap kategori terhadap kategori rujukan, dengan interval kepercayaan (IK) 95% Woolf (Wald); nilai p berasal dari uji Wald, sama dengan regresi logistik dengan faktor itu saja [@hosmer2013logistic]. Bila ada sel bernilai nol, OR tidak diestimasi (tanpa koreksi kontinuitas).`,
  groupShows: (ref: string, caption: string) => coreId.tableShows(ref, caption),
  figureShows: (ref: string) => `${ref} menampilkan rasio odds kasar beserta interval kepercayaan 95%-nya.`,
  significant: (caseWords: string, higher: ComparisonText[], lowerOdds: ComparisonText[], group: string) => {
    const parts: string[] = [];
    if (higher.length) parts.push(`lebih tinggi pada ${coreId.list(higher.map(compId))}`);
    if (lowerOdds.length) parts.push(`lebih rendah pada ${coreId.list(lowerOdds.map(compId))}`);
    return `${group ? `Di antara ${lower(group)}, odds` : 'Odds'} ${caseWords} secara signifikan ${parts.join(' serta ')}.`;
  },
  noneSignificant: (caseWords: string, group: string) =>
    `${group ? `Tidak ada ${lower(group)} yang` : 'Tidak ada faktor yang'} berhubungan secara signifikan dengan ${caseWords} (p ≥ ${fi.bounded(0.05)} pada setiap perbandingan).`,
  othersNot: (group: string) =>
    `${group ? coreId.cap(lower(group)) : 'Faktor'} lainnya tidak berhubungan secara signifikan.`,
  notEstimable: (variables: string[]) =>
    `${coreId.cap(coreId.list(variables.map(lower)))} tidak dapat dianalisis karena semua responden berada pada satu kategori.`,
  zeroCells: (items: string[]) =>
    `Pada ${coreId.list(items.map(lower))} terdapat sel bernilai nol sehingga rasio odds tidak diestimasi.`,
  abstract: (caseWords: string, comps: ComparisonText[]) =>
    comps.length
      ? `Pada analisis kasar, ${caseWords} berhubungan secara signifikan dengan ${coreId.list(comps.map(compId))}.`
      : `Pada analisis kasar, tidak ada faktor yang berhubungan secara signifikan dengan ${caseWords}.`,
  conclusion: (caseWords: string, variables: string[]) =>
    variables.length
      ? `Tanpa penyesuaian, ${coreId.list(variables.map(lower))} berhubungan dengan ${caseWords}.`
      : `Tanpa penyesuaian, tidak ada faktor yang berhubungan dengan ${caseWords}.`,
  failed: (message: string) => `Rasio odds tidak dapat dihitung: ${message}.`,
  errors: {
    'group-levels': 'variabel terikat harus memiliki tepat dua kategori, salah satunya kategori kasus',
    'invalid-argument': 'tidak ada prediktor yang disebutkan',
  },
};
