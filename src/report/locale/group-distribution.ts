/**
 * Wording of the figure of an outcome per group (src/report/figures/group-distribution.ts),
 * shared by the group-comparison and anova wording: caption, text alternative and the
 * sentence that points to it. Group labels arrive as the study wrote them and stay so.
 */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';

const E = coreEn.fmt;

/** What the alternative text says about one group. */
export interface GroupFigurePart {
  group: string;
  n: number;
  mean: number;
  lo: number;
  hi: number;
  median: number;
}

export const en = {
  caption: (outcome: string, by: string, box: boolean) =>
    box
      ? `Distribution of the ${outcome} by ${mid(by)} (boxes: median and interquartile range; whiskers: minimum to maximum; diamonds: means with 95% CI)`
      : `Mean ${outcome} by ${mid(by)} (error bars: 95% CI)`,
  alt: (outcome: string, box: boolean, parts: GroupFigurePart[]) =>
    `${box ? 'Box plot' : 'Chart of the means'} of the ${outcome} per group: ${parts
      .map(
        (p) =>
          `${p.group} (n = ${E.int(p.n)})${box ? `: median ${E.num(p.median)},` : ':'} mean ${E.num(p.mean)} ${coreEn.ciCell(p.lo, p.hi)}`,
      )
      .join('; ')}.`,
  ref: (ref: string, box: boolean) =>
    box
      ? `${ref} shows the distribution in each group with the means and their 95% confidence intervals.`
      : `${ref} shows the means with their 95% confidence intervals.`,
};

const I = coreId.fmt;

export const id: typeof en = {
  caption: (outcome, by, box) =>
    box
      ? `Sebaran ${outcome} menurut ${mid(by)} (kotak: median dan rentang antarkuartil; garis: minimum hingga maksimum; belah ketupat: rerata dengan IK 95%)`
      : `Rerata ${outcome} menurut ${mid(by)} (garis galat: IK 95%)`,
  alt: (outcome, box, parts) =>
    `${box ? 'Diagram kotak' : 'Diagram rerata'} ${outcome} per kelompok: ${parts
      .map(
        (p) =>
          `${p.group} (n = ${I.int(p.n)})${box ? `: median ${I.num(p.median)},` : ':'} rerata ${I.num(p.mean)} ${coreId.ciCell(p.lo, p.hi)}`,
      )
      .join('; ')}.`,
  ref: (ref, box) =>
    box
      ? `${ref} menampilkan sebaran pada tiap kelompok beserta rerata dan interval kepercayaan 95%.`
      : `${ref} menampilkan rerata beserta interval kepercayaan 95%.`,
};

/** The words of the figure in one language. */
export type GroupFigureWords = typeof en;
