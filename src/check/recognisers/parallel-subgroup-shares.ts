/**
 * "Of 1,200 students, 300 (25.0%) of them walked to school, 420 (35.0%) of them cycled": pairs
 * that each end in the same "of them" are parallel shares of one group, the one the first pair's
 * "them" names. The second's "them" is not the first pair's count (300), though that is the last
 * whole number before it, which ./subgroup-shares.ts would otherwise take.
 */
import type { CountPct } from '../types.ts';

/** "of them", "among these", … right after a pair's closing bracket, lower-cased and spaced alike. */
export function trailingAnaphor(after: string, form: RegExp): string | null {
  const m = form.exec(after);
  return m
    ? m[0]
        .replace(/^[\s)]+/u, '')
        .replace(/\s+/gu, ' ')
        .toLowerCase()
    : null;
}

/**
 * The pair before `p` whose share ends in the same anaphor as `p`'s, with no number printed
 * between the two (a number between them could be the new antecedent); null when there is none.
 */
export function parallelSubgroupPair(
  sentence: string,
  base: number,
  p: CountPct,
  pairs: CountPct[],
  anaphorAfter: (q: CountPct) => string | null,
): CountPct | null {
  const own = anaphorAfter(p);
  if (own === null) return null;
  const before = pairs.filter((q) => q.countStart < p.countStart).sort((a, b) => b.countStart - a.countStart)[0];
  if (!before || anaphorAfter(before) !== own) return null;
  if (/\d/u.test(sentence.slice(before.pct.end - base, p.countStart - base).replace(/^\s*%?\s*\)/u, ''))) return null;
  return before;
}
