/**
 * A normality or homogeneity finding stated first and its test after it, as English methods
 * sections write it: "Attitude scores were approximately normally distributed with Shapiro-Wilk
 * test value of statistic of 0.958 and p-value <0.001", "Variances were homogeneous (Levene's
 * test, p = 0.41)". ./assumption-conclusions.ts reads the p cited before the decision; this is
 * the p after it, read only when the words between name the assumption test and no other test's
 * statistic (t, F, r, z, χ²), and the rest of the sentence cites exactly one p, with its sign
 * ("p = 0.38", "p-value <0.001"): a bare "p 0,05" is often the level whose sign was lost, and a
 * p printed as a lower bound, "p > 0.05", says too little.
 */
import type { Num } from '../types.ts';
import { parseNum } from './numbers.ts';

const TRAILING_P =
  /(?<![\p{L}\p{N}])(?:p(?:[-\s]?value)?|sig\.?)\s*(=|<|≤|:|of|was|is)\s*(0?[.,]\d+|1[.,]0+)(?![\p{N}]|[.,]\d)/giu;
const TEST_NAMES =
  /normality|normalitas|shapiro|kolmogorov|smirnov|lilliefors|levene|homogeneity|homogenitas|bartlett|anderson[\s-]*darling|jarque/iu;
const OTHER_STATISTIC = /(?<![\p{L}])(?:t|F|r|z|χ\s*²|χ2|x2|chi[\s-]*squared?)\s*(?:\(|=)/u;

/** The one p after a decision (`from`, an offset in `sentence`), with where it is in the text (`at` + offset). */
export function pCitedAfter(sentence: string, at: number, from: number): { p: Num; alpha: null; start: number } | null {
  const tail = sentence.slice(from);
  const ps = [...tail.matchAll(TRAILING_P)];
  if (ps.length !== 1) return null;
  const m = ps[0]!;
  const between = tail.slice(0, m.index);
  if (!TEST_NAMES.test(between) || OTHER_STATISTIC.test(between)) return null;
  const p = parseNum(m[2]!, at + from + m.index! + m[0].lastIndexOf(m[2]!));
  if (!p || p.value > 1 || p.decimals === 0) return null;
  return { p, alpha: null, start: p.start };
}
