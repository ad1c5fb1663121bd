/**
 * Wording of contingency tables (analysis type `contingency`) in English and Bahasa
 * Indonesia: the table of counts and percentages, the choice between the χ² test and
 * Fisher's exact test from the expected counts, and the APA statistic
 * (`χ²(1, N = 135) = 3.45, p = .063, V = .16`; Indonesian `χ²(1; N = 135) = 3,45; p = 0,063; V = 0,16`).
 */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence } from '../../text.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'contingency';

const fe = coreEn.fmt;
const fi = coreId.fmt;
// A label mid-sentence: lower-cased first letter, acronyms kept (SDS, PSS-10).
const lower = midSentence;

const belowFiveEn = (cells: number, percent: number) =>
  cells === 0
    ? 'None of the expected counts was below 5'
    : `Of the expected counts, ${fe.int(cells)} (${fe.num(percent, 1)}%) ${cells === 1 ? 'was' : 'were'} below 5`;
const belowFiveId = (cells: number, percent: number) =>
  cells === 0
    ? 'Tidak ada frekuensi harapan yang kurang dari 5'
    : `Sebanyak ${fi.int(cells)} frekuensi harapan (${fi.num(percent, 1)}%) kurang dari 5`;

export const en = {
  columns: { total: coreEn.columns.total, nPercent: 'n (%)' },
  caption: (row: string, column: string) => `${row} by ${lower(column)}`,
  statChi: (chi2: number, df: number, n: number, p: number, v: number | null) =>
    `χ²(${fe.int(df)}, N = ${fe.int(n)}) = ${fe.num(chi2)}, ${fe.p(p)}${v === null ? '' : `, V = ${fe.bounded(v)}`}`,
  statFisher: (p: number, v: number | null) =>
    `Fisher’s exact test, ${fe.p(p)}${v === null ? '' : `, V = ${fe.bounded(v)}`}`,
  statYates: (chi2: number, p: number) => `Yates-corrected χ²(1) = ${fe.num(chi2)}, ${fe.p(p)}`,
  notes: {
    row: 'Percentages within rows.',
    column: 'Percentages within columns.',
    chi: (stat: string) => `Pearson’s χ² test: ${stat}.`,
    fisher: (stat: string, percent: number) =>
      `${coreEn.cap(stat)}; ${fe.num(percent, 1)}% of the expected counts were below 5.`,
    yates: (stat: string) => `${stat}.`,
  },
  methods: (row: string, column: string) =>
    `The association between ${lower(row)} and ${lower(column)} was tested with the χ² test of independence [@pearson1900criterion], or with Fisher’s exact test [@fisher1922contingency] when more than 20% of the expected counts were below 5; for a 2 × 2 table the Yates-corrected χ² is also given. The effect size is Cramér’s V [@cramer1946methods].`,
  methodsFixed: (row: string, column: string, test: string) =>
    `The association between ${lower(row)} and ${lower(column)} was tested with the ${test}, as planned; the expected counts were checked.`,
  // A sentence never starts with a numeral, and no count reads as "0" (APA 7, 6.32–6.33).
  check: (cells: number, percent: number, passed: boolean) =>
    `${belowFiveEn(cells, percent)}${passed ? ', so the χ² test was used.' : ', more than 20%, so Fisher’s exact test was used.'}`,
  checkFixed: (cells: number, percent: number) => `${belowFiveEn(cells, percent)}.`,
  result: (row: string, column: string, significant: boolean, stat: string, ref: string) =>
    `${coreEn.cap(lower(row))} and ${lower(column)} were ${significant ? 'significantly associated' : 'not significantly associated'}, ${stat} (${ref}).`,
  conclusion: (row: string, column: string, significant: boolean) =>
    significant
      ? `${coreEn.cap(lower(row))} was associated with ${lower(column)}.`
      : `The data show no association between ${lower(row)} and ${lower(column)}.`,
  figure: {
    caption: (caption: string, within: string) =>
      `${caption} (bars: percentages within each ${lower(within)} group; numbers: counts)`,
    axis: (within: string) => `Percentage within each ${lower(within)} group`,
    alt: (of: string, within: string, groups: { group: string; parts: string[] }[]) =>
      `Bar chart of the percentages of ${lower(of)} within each ${lower(within)} group: ${groups.map((g) => `${g.group}: ${g.parts.join(', ')}`).join('; ')}.`,
    altPart: (category: string, n: number, pct: number) => `${category} ${fe.int(n)} (${fe.pct(pct)}%)`,
    ref: (ref: string) => `${ref} shows the percentages.`,
  },
  failed: (message: string) => `The contingency table could not be tested: ${message}.`,
};

export const id: typeof en = {
  columns: { total: coreId.columns.total, nPercent: 'n (%)' },
  caption: (row: string, column: string) => `${row} menurut ${lower(column)}`,
  statChi: (chi2: number, df: number, n: number, p: number, v: number | null) =>
    `χ²(${fi.int(df)}; N = ${fi.int(n)}) = ${fi.num(chi2)}; ${fi.p(p)}${v === null ? '' : `; V = ${fi.bounded(v)}`}`,
  statFisher: (p: number, v: number | null) =>
    `uji eksak Fisher, ${fi.p(p)}${v === null ? '' : `; V = ${fi.bounded(v)}`}`,
  statYates: (chi2: number, p: number) => `χ² dengan koreksi Yates (1) = ${fi.num(chi2)}; ${fi.p(p)}`,
  notes: {
    row: 'Persentase dalam baris.',
    column: 'Persentase dalam kolom.',
    chi: (stat: string) => `Uji χ² Pearson: ${stat}.`,
    fisher: (stat: string, percent: number) =>
      `${coreId.cap(stat)}; ${fi.num(percent, 1)}% frekuensi harapan di bawah 5.`,
    yates: (stat: string) => `${coreId.cap(stat)}.`,
  },
  methods: (row: string, column: string) =>
    `Hubungan antara ${lower(row)} dan ${lower(column)} diuji dengan uji χ² independensi [@pearson1900criterion], atau dengan uji eksak Fisher [@fisher1922contingency] bila lebih dari 20% frekuensi harapan kurang dari 5; untuk tabel 2 × 2 juga dilaporkan χ² dengan koreksi Yates. Ukuran efeknya adalah V Cramér [@cramer1946methods].`,
  methodsFixed: (row: string, column: string, test: string) =>
    `Hubungan antara ${lower(row)} dan ${lower(column)} diuji dengan ${test} sesuai rencana; frekuensi harapan diperiksa.`,
  check: (cells: number, percent: number, passed: boolean) =>
    `${belowFiveId(cells, percent)}${passed ? ', sehingga digunakan uji χ².' : ', lebih dari 20%, sehingga digunakan uji eksak Fisher.'}`,
  checkFixed: (cells: number, percent: number) => `${belowFiveId(cells, percent)}.`,
  result: (row: string, column: string, significant: boolean, stat: string, ref: string) =>
    `${coreId.cap(lower(row))} dan ${lower(column)} ${significant ? 'berhubungan secara signifikan' : 'tidak berhubungan secara signifikan'}, ${stat} (${ref}).`,
  conclusion: (row: string, column: string, significant: boolean) =>
    significant
      ? `${coreId.cap(lower(row))} berhubungan dengan ${lower(column)}.`
      : `Data tidak menunjukkan hubungan antara ${lower(row)} dan ${lower(column)}.`,
  figure: {
    caption: (caption: string, within: string) =>
      `${caption} (batang: persentase dalam tiap kelompok ${lower(within)}; angka: frekuensi)`,
    axis: (within: string) => `Persentase dalam tiap kelompok ${lower(within)}`,
    alt: (of: string, within: string, groups: { group: string; parts: string[] }[]) =>
      `Diagram batang persentase ${lower(of)} dalam tiap kelompok ${lower(within)}: ${groups.map((g) => `${g.group}: ${g.parts.join(', ')}`).join('; ')}.`,
    altPart: (category: string, n: number, pct: number) => `${category} ${fi.int(n)} (${fi.pct(pct)}%)`,
    ref: (ref: string) => `${ref} menyajikan persentasenya.`,
  },
  failed: (message: string) => `Tabel kontingensi tidak dapat diuji: ${message}.`,
};
