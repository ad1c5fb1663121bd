/**
 * A share of a subgroup named in the same sentence: "Of the 250 participants, 120 (48.0%) were
 * women, and 60 (50.0%) of these were married" — 60 is half of the 120 women, not 24% of the 250
 * the sentence states. A pair followed by "of these / of them / of whom / of those", or
 * preceded by "of these, / among them / among these", is a share of the count before it:
 * of the sentence's pair before it, or, when the sentence has none, of no total it states (the
 * pair is then not read).
 */
import type { CountPct } from '../types.ts';

const AFTER = /^\s*\)?\s*(?:of|among)\s+(?:these|them|those|whom)\b/iu;
const BEFORE = /\b(?:of|among)\s+(?:these|them|those|whom)\b[\s,:;]*$/iu;

/**
 * Gives each subgroup share of `pairs` (offsets from `base` into `sentence`) the count of the
 * sentence's pair before it as its own total; returns the pairs that have no such count to be
 * read against, which the caller leaves out.
 */
export function subgroupShares(sentence: string, base: number, pairs: CountPct[]): Set<CountPct> {
  const unread = new Set<CountPct>();
  const sorted = [...pairs].sort((a, b) => a.countStart - b.countStart);
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    const before = sentence.slice(prev ? prev.pct.end - base : 0, p.countStart - base);
    const after = sentence.slice(p.pct.end - base, p.pct.end - base + 30).replace(/^\s*%/, '');
    if (!AFTER.test(after) && !BEFORE.test(before)) return;
    if (prev && p.count <= prev.count) p.ownTotal = prev.count;
    else unread.add(p);
  });
  return unread;
}
