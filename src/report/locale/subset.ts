/**
 * Wording of an analysis run on a subset (`filter:` on any entry, and each level of a
 * generic `by:`): the condition in words, where a sentence names it, the methods
 * sentences. English and Bahasa Indonesia.
 */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';

/** "a, b or c" */
function orList(items: string[], or: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}

/** Not an analysis type: the wording every type shares when it runs on a subset. */
export const key = 'subset';

export interface SubsetPart {
  /** The condition in words, e.g. "Species: Adélie" or "Age ≥ 35". */
  words: string;
  n: number;
}

export const en = {
  /** `species == Adelie` → "Species: Adélie". */
  equal: (label: string, value: string) => `${label}: ${value}`,
  notEqual: (label: string, value: string) => `${label}: other than ${value}`,
  anyOf: (label: string, values: string[]) => `${label}: ${orList(values, 'or')}`,
  /** A number as the study wrote it, with the language's decimal mark. */
  number: (text: string) => text,
  and: 'and',
  or: 'or',
  not: (inner: string) => `not (${inner})`,
  /** Placed in a sentence that reports a result of the subset. */
  within: (words: string) => `in the subset ${words}`,
  /** First sentence of the results of an analysis run on a subset. */
  lead: (words: string, n: number) => `The following results concern the subset ${words} (n = ${coreEn.fmt.int(n)}).`,
  caption: (caption: string, words: string) => `${caption} (${words})`,
  /** Methods: an analysis run on one subset only; `name` (its caption) when no sentence of its own precedes. */
  subset: (words: string, n: number, name?: string) =>
    `${name ? `The analysis \u201c${name}\u201d` : 'This analysis'} used only the subset ${words} (n = ${coreEn.fmt.int(n)}).`,
  /** Methods: the same analysis written once for several subsets (and possibly the whole sample). */
  subsets: (parts: SubsetPart[], whole: boolean, name?: string) =>
    `${name ? `The analysis \u201c${name}\u201d was run` : whole ? 'Besides the whole sample, it was run' : 'It was run'} ${name && whole ? 'on the whole sample and separately in the subsets' : 'separately in the subsets'} ${coreEn.list(parts.map((p) => `${p.words} (n = ${coreEn.fmt.int(p.n)})`))}.`,
  /** Methods: a generic `by:`, the same analysis per level of a variable. */
  byLevels: (analysis: string, label: string, parts: SubsetPart[]) =>
    `The analysis \u201c${analysis}\u201d was run separately for each level of ${label}: ${coreEn.list(parts.map((p) => `${p.words} (n = ${coreEn.fmt.int(p.n)})`))}.`,
  byCaption: (caption: string, label: string) => `${caption}, by ${label}`,
};

export const id: typeof en = {
  equal: (label, value) => `${label}: ${value}`,
  notEqual: (label, value) => `${label}: selain ${value}`,
  anyOf: (label, values) => `${label}: ${orList(values, 'atau')}`,
  number: (text) => text.replace('.', ','),
  and: 'dan',
  or: 'atau',
  not: (inner) => `bukan (${inner})`,
  within: (words) => `pada subkelompok ${words}`,
  lead: (words, n) => `Hasil berikut berasal dari subkelompok ${words} (n = ${coreId.fmt.int(n)}).`,
  caption: (caption, words) => `${caption} (${words})`,
  subset: (words, n, name) =>
    `${name ? `Analisis \u201c${name}\u201d` : 'Analisis ini'} hanya menggunakan subkelompok ${words} (n = ${coreId.fmt.int(n)}).`,
  subsets: (parts, whole, name) =>
    `${!name && whole ? 'Selain pada seluruh sampel, analisis ini' : name ? `Analisis \u201c${name}\u201d` : 'Analisis ini'} dilakukan ${name && whole ? 'pada seluruh sampel dan terpisah pada subkelompok' : 'terpisah pada subkelompok'} ${coreId.list(parts.map((p) => `${p.words} (n = ${coreId.fmt.int(p.n)})`))}.`,
  byLevels: (analysis, label, parts) =>
    `Analisis \u201c${analysis}\u201d dilakukan terpisah untuk setiap kategori ${label}: ${coreId.list(parts.map((p) => `${p.words} (n = ${coreId.fmt.int(p.n)})`))}.`,
  byCaption: (caption, label) => `${caption} menurut ${label}`,
};
