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
  /\b(and|or|versus|vs\.?|the)\s+(no)[\s-]+(\p{L}[\p{L}-]*)(?:\s+\p{L}[\p{L}-]*)?(?:\s*\([^()]{0,60}\))?\s+(?:conditions?|groups?)\b/dgiu;
/** How far before "and no X" its partner condition X is looked for. */
const PARTNER_REACH = 80;

/**
 * The starts of the "no"s in a sentence that name a condition. After "and", "or" or "vs." the
 * condition must have its partner named before it ("sugar and no sugar", "music vs. no-music"):
 * "scores improved, and no age groups differed" is a negation.
 */
export function conditionLabelNos(sentence: string): Set<number> {
  const starts = new Set<number>();
  for (const m of sentence.matchAll(NO_CONDITION)) {
    if (m[1]!.toLowerCase() !== 'the') {
      const word = m[3]!.toLowerCase();
      const before = sentence.slice(Math.max(0, m.index! - PARTNER_REACH), m.index!).toLowerCase();
      if (
        !new RegExp(String.raw`(?<![\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'u').test(before)
      )
        continue;
    }
    starts.add(m.indices![2]![0]);
  }
  return starts;
}
