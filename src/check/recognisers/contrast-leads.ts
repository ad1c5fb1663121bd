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
const LEADING_CONTRAST =
  /^\s*(?:(?:however|nevertheless|nonetheless|conversely|in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand)\s*,|but\b)\s*/iu;

/** The part's text with an opening contrast word blanked out (same length, so places stay). */
export function withoutLeadingContrast(part: string): string {
  return part.replace(LEADING_CONTRAST, (m) => ' '.repeat(m.length));
}

/** "did not", "was not", "were not" right before the p's parenthesis or comma, nothing after the verb. */
export const BARE_NEGATED_AUXILIARY = /\b(?:did|does|do|was|were|is|are)\s+not\s*(?=[(,[]\s*(?:p|P)\b)/u;

/**
 * A part that goes on with the finding of the part before, by ellipsis, after a semicolon: "The
 * scores differed between A and B, t = …, p = .003; and between A and C, t = …, p = .03"; "There
 * were no differences in X, F < 0.57, p > .56; or in Y, F < 1.18, p > .31". It has no decision
 * of its own and takes the one before.
 */
const CONTINUATION_LEAD = /^\s*(?:and|or|nor|as\s+well\s+as)\b(?!\s+(?:not|no)\b)/iu;
/** A verb of its own makes the part a finding of its own ("; and group B showed a small gain, p = .30"). */
const OWN_VERB =
  /\b(?:is|are|was|were|be|been|being|has|have|had|did|does|do|shows?|showed|shown|finds?|found|reveal(?:s|ed)?|indicat(?:es|ed)|appear(?:s|ed)?|seem(?:s|ed)?|remain(?:s|ed)?|gain(?:s|ed)?|los[te]s?|rose|fell|declined?|increased|decreased|improved|reduced|changed|predicted|correlated)\b/iu;

/** The continuation word of a part that has no verb of its own before its statistics, or null. */
export function continuation(part: string): RegExpExecArray | null {
  const lead = CONTINUATION_LEAD.exec(part);
  if (!lead) return null;
  // The words before the part's first statistic (a value after "=", "<" or ">", or a parenthesis).
  const words = part.slice(0, part.search(/[=<>(]/u) < 0 ? part.length : part.search(/[=<>(]/u));
  return OWN_VERB.test(words) ? null : lead;
}

/** A part opening with "but" (split off at a semicolon) whose "not"/"no" then opens its words. */
export const ELLIPTICAL_NOT_AFTER_CONTRAST = /(?<=^\s*)(?:not|no)\b/iu;

/**
 * A semicolon between the statistics of one result ("we found no group difference, M1 = 13.79,
 * SD1 = 7.01; M2 = 15.70, SD2 = 7.26; t(40) = 0.87, p = 0.39") parts no findings: what follows
 * it is a statistic's label and its value (`M2 =`, `SD =`, `t(40) =`, `p <`), not a clause.
 */
const STATISTIC_NEXT = /^\s*\p{L}[\p{L}\d₀-₉'’]{0,4}\s*(?:\([^()]{0,20}\))?\s*[=<>≤≥]/u;

/** Whether the text after a semicolon goes on with the statistics before it. */
export const statisticsGoOn = (after: string): boolean => STATISTIC_NEXT.test(after);
