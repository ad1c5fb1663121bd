/**
 * A sentence that opens with a link to the one before ("However, after the intervention there
 * was a significant increase …", "In contrast, …"): the contrast is with the previous sentence,
 * not between two findings of this one, so it says nothing about which finding the sentence's
 * p belongs to. The conclusion readers look for contrast words after this opening.
 */
const OPENING_LINK =
  /^\s*(?:however|nevertheless|nonetheless|in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand|conversely)\s*,\s*/iu;

/** The sentence (or part) without its opening link word, as a string of the same end. */
export function withoutOpeningLink(sentence: string): string {
  const m = OPENING_LINK.exec(sentence);
  return m ? sentence.slice(m[0].length) : sentence;
}
