/**
 * Wording of the category data check (analysis type `category-agreement`) in English and
 * Bahasa Indonesia: one sentence for the methods saying whether the computed categories
 * agreed with the recorded ones, and where they did not.
 */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence } from '../../text.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'category-agreement';

const fe = coreEn.fmt;
const fi = coreId.fmt;

export const en = {
  allAgree: (n: number, pairs: number) =>
    `As a data check, the categories computed from the item responses were compared with the categories recorded in the data file; they agreed for all ${fe.int(n)} participants in each of the ${fe.int(pairs)} comparisons.`,
  disagree: (items: string[]) =>
    `As a data check, the categories computed from the item responses were compared with the categories recorded in the data file; they disagreed for ${coreEn.list(items)}. These rows need to be checked before the results are interpreted.`,
  item: (recorded: string, k: number, rows: number[]) =>
    `${midSentence(recorded)} (${fe.int(k)} participant${k === 1 ? '' : 's'}; data rows ${rows.map((r) => fe.int(r)).join(', ')})`,
};

export const id: typeof en = {
  allAgree: (n: number, pairs: number) =>
    `Sebagai pemeriksaan data, kategori yang dihitung dari jawaban butir dibandingkan dengan kategori yang tercatat dalam berkas data; keduanya sama untuk seluruh ${fi.int(n)} responden pada masing-masing dari ${fi.int(pairs)} perbandingan.`,
  disagree: (items: string[]) =>
    `Sebagai pemeriksaan data, kategori yang dihitung dari jawaban butir dibandingkan dengan kategori yang tercatat dalam berkas data; keduanya berbeda pada ${coreId.list(items)}. Baris-baris tersebut perlu diperiksa sebelum hasil ditafsirkan.`,
  item: (recorded: string, k: number, rows: number[]) =>
    `${midSentence(recorded)} (${fi.int(k)} responden; baris data ${rows.map((r) => fi.int(r)).join(', ')})`,
};
