/** Wording of the `frequencies` analysis beyond the core messages: sentences for tables split by group. */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'frequencies';

const E = coreEn.fmt;

export const en = {
  allSame: (n: number, subjects: string, label: string, category: string) =>
    `All ${E.int(n)} ${subjects} had the same ${mid(label)}: ${category}.`,
  numericPart: (group: string, m: number, sd: number | null, min: number, max: number) =>
    `${group} group M = ${E.num(m)} (SD = ${E.num(sd)}), range ${E.num(min, Number.isInteger(min) ? 0 : 2)}\u2013${E.num(max, Number.isInteger(max) ? 0 : 2)}`,
  groupCategories: (group: string, counts: string[]) => `${group} group ${coreEn.list(counts)}`,
  byGroupLine: (label: string, parts: string[]) => `${coreEn.cap(label)}: ${parts.join('; ')}.`,
  notePercentWithin: 'Percentages within each group.',
  notePercentValid: 'Percentages of the valid n; missing values are counted in their own row.',
  figureAxis: 'Percentage of valid n',
  figureCaption: (caption: string) => `${caption} (bars: percentages of the valid n; numbers: counts)`,
  figureAlt: (parts: string[]) => `Bar chart of the percentages per category: ${parts.join('; ')}.`,
  figureAltPart: (where: string, category: string, n: number, pct: number) =>
    `${where ? `${where}, ` : ''}${category} ${E.int(n)} (${E.pct(pct)}%)`,
  figureRef: (ref: string) => `${ref} shows the percentages.`,
};

const I = coreId.fmt;

export const id: typeof en = {
  allSame: (n, subjects, label, category) =>
    `Seluruh ${I.int(n)} ${subjects} memiliki ${mid(label)} yang sama, yaitu ${category}.`,
  numericPart: (group, m, sd, min, max) =>
    `kelompok ${group} M = ${I.num(m)} (SD = ${I.num(sd)}), rentang ${I.num(min, Number.isInteger(min) ? 0 : 2)}\u2013${I.num(max, Number.isInteger(max) ? 0 : 2)}`,
  groupCategories: (group, counts) => `kelompok ${group} ${coreId.list(counts)}`,
  byGroupLine: (label, parts) => `${coreId.cap(label)}: ${parts.join('; ')}.`,
  notePercentWithin: 'Persentase dalam tiap kelompok.',
  notePercentValid: 'Persentase dari n sah; data yang hilang dihitung pada barisnya sendiri.',
  figureAxis: 'Persentase dari n sah',
  figureCaption: (caption) => `${caption} (batang: persentase dari n sah; angka: frekuensi)`,
  figureAlt: (parts) => `Diagram batang persentase per kategori: ${parts.join('; ')}.`,
  figureAltPart: (where, category, n, pct) => `${where ? `${where}, ` : ''}${category} ${I.int(n)} (${I.pct(pct)}%)`,
  figureRef: (ref) => `${ref} menyajikan persentasenya.`,
};
