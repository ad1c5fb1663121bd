/**
 * Shares of two or more named groups in one sentence: "A total of 120 participants were
 * randomised, 60 in each group; 45 (75.0%) in the intervention group and 30 (50.0%) in the
 * control group completed follow-up". Each share is of its own group, not of the 120 the
 * sentence states: read against it, both would be false alarms. When at least two pairs are each
 * tied to a group ("in the … group/arm" after the pair, "the … group/arm" just before it), the
 * sentence's stated total is not theirs, nor one named before a count; a group size the sentence
 * states for every group ("60 in each group", "60 per arm") is. A sentence of group membership
 * ("90 (45.0%) were in the surgery group") keeps its total: those are shares of the sample.
 * The size per group is the total only when every pair of the sentence is tied to a group: one
 * that is not ("and 24 (7.5%) withdrew") may be of the sample, so the sentence is not checkable.
 */
import type { CountPct } from '../types.ts';

const GROUP_AFTER = /^[^\d;()]{0,12}?\b(?:in|among|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:group|arm)s?\b/iu;
const GROUP_BEFORE = /\b(?:group|arm)\s*(?:[:,]|had|was|were|with)?\s*(?:\(?\s*n\s*=\s*\d+\s*\)?\s*)?[,:]?\s*$/iu;
/** "90 (45.0%) were in the surgery group": membership of the group, a share of the whole sample. */
const MEMBERSHIP = /^\s*(?:were|was|are|is|belonged|allocated|assigned|randomi[sz]ed|enrolled)\b/iu;
const PER_GROUP = /\b(\d+)\s+(?:[\p{L}-]+\s+){0,2}?(?:in\s+each|per|each)\s+(?:group|arm)\b|\b(\d+)\s+each\b/iu;

/** The total of the pairs' groups: a stated size per group, null for none stated; undefined when the pairs are not of named groups. */
export function groupTotal(sentence: string, base: number, pairs: CountPct[]): number | null | undefined {
  if (pairs.length < 2) return undefined;
  let tied = 0;
  for (const p of pairs) {
    const after = sentence.slice(p.pct.end - base, p.pct.end - base + 60).replace(/^\s*%?\s*\)?/, '');
    const before = sentence.slice(Math.max(0, p.countStart - base - 40), p.countStart - base);
    if (MEMBERSHIP.test(after)) return undefined;
    if (GROUP_AFTER.test(after) || GROUP_BEFORE.test(before)) tied++;
  }
  if (tied < 2) return undefined;
  // A pair tied to no group ("… completed follow-up, and 24 (7.5%) withdrew") may be of the whole
  // sample or of a group: the size per group is not known to be its total.
  if (tied < pairs.length) return null;
  const m = PER_GROUP.exec(sentence);
  const size = m ? Number(m[1] ?? m[2]) : null;
  return size !== null && pairs.every((p) => p.count <= size) ? size : null;
}
