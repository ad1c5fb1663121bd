/**
 * A p adjusted for multiple comparisons (Bonferroni, Holm, Šidák, Tukey, Scheffé, Games–Howell,
 * Dunn, a false discovery rate) is larger than the p of its statistic, by a factor the
 * statistic alone does not give: "Post hoc comparisons (Bonferroni-adjusted) showed that A
 * differed from B, t(20) = 2.50, p = .042" (the unadjusted p is .021). Where the sentence or the
 * text just before or after it in its paragraph names such an adjustment, a reported p above the
 * recomputed one is not checkable; one below it is still an error, since no adjustment makes a
 * p smaller.
 */
import type { Place } from '../types.ts';

const ADJUSTED =
  /\b(?:bonferroni|holm|[sš]id[aá]k|tukey|scheff[eé]|games[-–\s]howell|dunn(?:'s|ett)?|benjamini|hochberg|false\s+discovery|fdr|(?:adjusted|corrected)\s+(?:for\s+multiple|p\b|p[-\s]?values?)|p[-_.\s]?adj(?:usted)?|multiple[-\s]comparisons?\s+(?:correction|adjustment))/iu;
/** How far back, within the paragraph, the adjustment may be named. */
const REACH = 400;
/** …and how far after. */
const AFTER = 300;

export function namesAdjustedP(text: string, place: Place): boolean {
  let from = Math.max(0, place.quoteStart - REACH);
  const paragraph = text.lastIndexOf('\n\n', place.quoteStart);
  if (paragraph >= from) from = paragraph;
  // …or just after it, as R's emmeans prints "P value adjustment: tukey method" under its table.
  const end = Math.max(place.quoteEnd, place.end);
  let to = Math.min(text.length, end + AFTER);
  const next = text.indexOf('\n\n', end);
  if (next >= 0 && next < to) to = next;
  return ADJUSTED.test(text.slice(from, to));
}
