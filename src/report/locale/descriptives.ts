/** Wording of the `descriptives` analysis beyond the core messages: sentences for tables split by group. */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';
import type { GroupFigurePart } from './group-distribution.ts';

const E = coreEn.fmt;
const I = coreId.fmt;

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'descriptives';

export const en = {
  groupClause: (group: string, parts: string[]) => `in the ${group} group, ${coreEn.list(parts)}`,
  byGroup: (clauses: string[], ref: string) => `${coreEn.cap(clauses.join('; '))} (${ref}).`,
  figure: {
    caption: (labels: string[], by: string | null) =>
      `Distribution of ${coreEn.list(labels.map(mid))}${by ? ` by ${mid(by)}` : ''} (boxes: median and interquartile range; whiskers: minimum to maximum; diamonds: means with 95% CI)`,
    alt: (panels: { variable: string; parts: GroupFigurePart[] }[]) =>
      `Box plots: ${panels
        .map(
          (v) =>
            `${v.variable}${v.parts
              .map(
                (p, i) =>
                  `${p.group ? `${i ? ',' : ':'} ${p.group}` : ''} (n = ${E.int(p.n)}): median ${E.num(p.median)}, mean ${E.num(p.mean)} ${coreEn.ciCell(p.lo, p.hi)}`,
              )
              .join('')}`,
        )
        .join('; ')}.`,
    ref: (ref: string) => `${ref} shows the distributions with the means and their 95% confidence intervals.`,
  },
};

export const id: typeof en = {
  groupClause: (group, parts) => `pada kelompok ${group}, ${coreId.list(parts)}`,
  byGroup: (clauses, ref) => `${coreId.cap(clauses.join('; '))} (${ref}).`,
  figure: {
    caption: (labels, by) =>
      `Sebaran ${coreId.list(labels.map(mid))}${by ? ` menurut ${mid(by)}` : ''} (kotak: median dan rentang antarkuartil; garis: minimum hingga maksimum; belah ketupat: rerata dengan IK 95%)`,
    alt: (panels) =>
      `Diagram kotak: ${panels
        .map(
          (v) =>
            `${v.variable}${v.parts
              .map(
                (p, i) =>
                  `${p.group ? `${i ? ',' : ':'} ${p.group}` : ''} (n = ${I.int(p.n)}): median ${I.num(p.median)}, rerata ${I.num(p.mean)} ${coreId.ciCell(p.lo, p.hi)}`,
              )
              .join('')}`,
        )
        .join('; ')}.`,
    ref: (ref) => `${ref} menampilkan sebarannya beserta rerata dan interval kepercayaan 95%.`,
  },
};
