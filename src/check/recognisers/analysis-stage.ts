/**
 * Which stage of an analysis a sentence reports: a bivariate (crude) result or a multivariate
 * (adjusted) one. A ratio printed in both stages may carry the same value by chance, but its
 * crude p (chi-square, Fisher) is not the p of the adjusted interval, so two mentions of one
 * ratio are one result only when their sentences do not name different stages.
 */

const BIVARIATE = /bivariat|crude|unadjusted|tidak\s+disesuaikan|belum\s+disesuaikan|\bCOR\b/iu;
const MULTIVARIATE =
  /multivariat|multivariabel|multivariable|(?<!un|tidak\s|belum\s)(?:adjusted|disesuaikan)|\baOR\b|regresi\s+logistik\s+(?:ganda|berganda)|multiple\s+logistic|model\s+akhir|final\s+model/iu;
/** A sentence ends at a full stop, ! or ? before a capital, or at a line break. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})|\n/gu;
/** How far back a sentence's start is looked for. */
const REACH = 400;

export type AnalysisStage = 'bivariate' | 'multivariate' | null;

/** The stage named in the sentence up to `at`: null when it names none, or both. */
export function analysisStage(text: string, at: number): AnalysisStage {
  const from = Math.max(0, at - REACH);
  let start = from;
  for (const m of text.slice(from, at).matchAll(SENTENCE_END)) start = from + m.index! + m[0].length;
  const sentence = text.slice(start, at);
  const bi = BIVARIATE.test(sentence);
  const multi = MULTIVARIATE.test(sentence);
  return bi === multi ? null : bi ? 'bivariate' : 'multivariate';
}

/** Do two places lie in sentences that name different stages of the analysis? */
export function differentStages(text: string, a: number, b: number): boolean {
  const sa = analysisStage(text, a);
  const sb = analysisStage(text, b);
  return sa !== null && sb !== null && sa !== sb;
}
