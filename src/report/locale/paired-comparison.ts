/**
 * Wording of the `paired-comparison` analysis added after the core messages (en.ts/id.ts
 * hold the original ones): the difference column, the before–after correlation, the
 * comparison within groups and the chart by group.
 */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'paired-comparison';

const E = coreEn.fmt;

export const en = {
  columnDifference: 'Difference M (SD)',
  correlationPart: (group: string, r: number, df: number, p: number) =>
    group
      ? `${group} group (r(${E.int(df)}) = ${E.bounded(r)}, ${E.p(p)})`
      : `r(${E.int(df)}) = ${E.bounded(r)}, ${E.p(p)}`,
  noteCorrelation: (parts: string[]) => `Correlation of the scores before and after: ${coreEn.list(parts)}.`,
  methodWithinGroups: (by: string) => `The comparison was made separately in each ${mid(by)}.`,
  captionFigureBy: (outcome: string, before: string, after: string, by: string) =>
    `Mean ${outcome} ${before} and ${after} by ${mid(by)} (error bars: 95% CI)`,
  altFigureBy: (outcome: string, parts: string[]) =>
    `Line chart of the mean ${outcome} before and after: ${parts.join('; ')}.`,
  altPart: (group: string, m1: string, m2: string) => `${group} ${m1} before, ${m2} after`,
  /** A sentence about one group: "In the intervention group, the stress score …". */
  inGroup: (group: string, sentence: string) => `In the ${group} group, ${mid(sentence)}`,
  /** The table alone, with `figure: false` (with the figure: `pairedRefs` in en.ts). */
  tableRef: (table: string) => `${table} summarises the comparison.`,
};

const I = coreId.fmt;

export const id: typeof en = {
  columnDifference: 'Selisih M (SD)',
  correlationPart: (group, r, df, p) =>
    group
      ? `kelompok ${group} (r(${I.int(df)}) = ${I.bounded(r)}; ${I.p(p)})`
      : `r(${I.int(df)}) = ${I.bounded(r)}; ${I.p(p)}`,
  noteCorrelation: (parts) => `Korelasi skor sebelum dan sesudah: ${coreId.list(parts)}.`,
  methodWithinGroups: (by) => `Perbandingan dilakukan secara terpisah pada setiap ${mid(by)}.`,
  captionFigureBy: (outcome, before, after, by) =>
    `Rerata ${outcome} ${before} dan ${after} menurut ${mid(by)} (garis galat: IK 95%)`,
  altFigureBy: (outcome, parts) => `Diagram garis rerata ${outcome} sebelum dan sesudah: ${parts.join('; ')}.`,
  altPart: (group, m1, m2) => `${group} ${m1} sebelum, ${m2} sesudah`,
  inGroup: (group, sentence) => `Pada kelompok ${group}, ${mid(sentence)}`,
  tableRef: (table) => `${table} merangkum perbandingan tersebut.`,
};
