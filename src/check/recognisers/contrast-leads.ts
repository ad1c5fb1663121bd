/**
 * Two readings of an English part of a sentence that the conclusion readers
 * (./english-conclusions.ts) cut at its contrast words, or of a sentence that opens with one:
 *
 * - a part that opens with its contrast word ("However, at the end of the study the groups were
 *   significantly different, p = .001"; "…, p = .743; however, at the end …") sets its finding
 *   against the part or sentence before it, not against another finding of its own: every
 *   decision word in it is about its own p. The opening word is no reason to leave it unread;
 * - after a part that decided "significant", a part whose verb is a bare negated auxiliary
 *   right before its p ("…improved significantly (p < .001), whereas the control group did not
 *   (p = .684)") denies that same finding, by ellipsis: not significant.
 */

/** A contrast word (and its comma) opening a part, blanked so that only the part's own words are weighed. */
const LEADING_CONTRAST = /^\s*(?:however|in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand)\s*,\s*/iu;

/** The part's text with an opening contrast word blanked out (same length, so places stay). */
export function withoutLeadingContrast(part: string): string {
  return part.replace(LEADING_CONTRAST, (m) => ' '.repeat(m.length));
}

/** "did not", "was not", "were not" right before the p's parenthesis or comma, nothing after the verb. */
export const BARE_NEGATED_AUXILIARY = /\b(?:did|does|do|was|were|is|are)\s+not\s*(?=[(,[]\s*(?:p|P)\b)/u;
