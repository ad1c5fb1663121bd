/**
 * "no" naming a condition rather than negating a finding: "the sugar and no sugar conditions",
 * "the music vs. no-music groups". Experimental write-ups (and the APA templates students copy)
 * name a control condition by what it lacks, and a conclusion reader that takes every "no" for
 * a negation leaves "There was a significant difference in the scores for sugar (M=4.2, SD=1.3)
 * and no sugar (M=2.2, SD=0.84) conditions; t(8)=2.89, p = 0.20" unread. The "no" counts as a
 * label only after "and", "or", "vs."/"versus" or "the", with one or two words before
 * "condition(s)" or "group(s)": "No group differed" and "no treatment group differed" (no word
 * before them joining a pair of conditions) stay negations.
 */
const NO_CONDITION =
  /\b(?:and|or|versus|vs\.?|the)\s+(no)[\s-]+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?(?:\s*\([^()]{0,60}\))?\s+(?:conditions?|groups?)\b/dgiu;

/** The starts of the "no"s in a sentence that name a condition. */
export function conditionLabelNos(sentence: string): Set<number> {
  const starts = new Set<number>();
  for (const m of sentence.matchAll(NO_CONDITION)) starts.add(m.indices![1]![0]);
  return starts;
}
