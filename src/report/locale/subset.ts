/** Wording of an analysis run on a subset (`filter:` on any entry): English and Bahasa Indonesia. */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';

export const en = {
  subset: (filter: string, n: number) =>
    `This analysis used only the participants for whom \`${filter}\` holds (n = ${coreEn.fmt.int(n)}).`,
};

export const id: typeof en = {
  subset: (filter, n) =>
    `Analisis ini hanya menggunakan partisipan yang memenuhi \`${filter}\` (n = ${coreId.fmt.int(n)}).`,
};
