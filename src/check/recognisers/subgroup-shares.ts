/**
 * A share of a subgroup named in the same sentence: "Of the 250 participants, 120 (48.0%) were
 * women, and 60 (50.0%) of these were married" — 60 is half of the 120 women, not 24% of the 250
 * the sentence states. A pair followed by "of these / of them / of whom / of those", or
 * preceded by "of these, / among them / among these", is a share of the count before it: the
 * last whole number the sentence prints before it (a pair's count, "120 were women", "A total of
 * 400 mothers, of these, …"), not a share or a year. Without one the pair is not read, nor
 * when two counts could be "these": two pairs before it, or a pair and a number printed after
 * that pair ("412 (33.0%) of the 1,250 women were anaemic, and among them 103 (25.0%)").
 */
import type { CountPct } from '../types.ts';
import { parallelSubgroupPair, trailingAnaphor } from './parallel-subgroup-shares.ts';

const AFTER = /^\s*\)?\s*(?:of|among)\s+(?:these|them|those|whom)\b/iu;
/** A whole number not followed by % and not a decimal: "120", "1,250". */
const COUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d)(?!\s*%)/gu;
const YEAR = /^(?:19|20)\d\d$/;
const BEFORE = /\b(?:of|among)\s+(?:these|them|those|whom)\b[\s,:;]*$/iu;

/**
 * Gives each subgroup share of `pairs` (offsets from `base` into `sentence`) the count of the
 * sentence's pair before it as its own total; returns the pairs that have no such count to be
 * read against, which the caller leaves out.
 */
export function subgroupShares(sentence: string, base: number, pairs: CountPct[]): Set<CountPct> {
  const unread = new Set<CountPct>();
  const afterOf = (q: CountPct) => sentence.slice(q.pct.end - base, q.pct.end - base + 30).replace(/^\s*%/, '');
  // In the order printed, so that a parallel pair's group is known before the next (./parallel-subgroup-shares.ts).
  for (const p of [...pairs].sort((a, b) => a.countStart - b.countStart)) {
    const at = p.countStart - base;
    const prevEnd = Math.max(0, ...pairs.filter((q) => q.countStart < p.countStart).map((q) => q.pct.end - base));
    const after = afterOf(p);
    if (!AFTER.test(after) && !BEFORE.test(sentence.slice(prevEnd, at))) continue;
    // "455 (36.5%) of them …, 425 (34.1%) of them …": of the first one's group, not of 455.
    const parallel = parallelSubgroupPair(sentence, base, p, pairs, (q) => trailingAnaphor(afterOf(q), AFTER));
    if (parallel) {
      if (parallel.ownTotal !== null && !unread.has(parallel) && parallel.ownTotal >= p.count)
        p.ownTotal = parallel.ownTotal;
      else unread.add(p);
      continue;
    }
    let referent: number | null = null;
    let referentAt = -1;
    for (const m of sentence.slice(0, at).matchAll(COUNT)) {
      if (YEAR.test(m[1]!)) continue;
      referent = Number(m[1]!.replace(/,/g, ''));
      referentAt = m.index!;
    }
    // Two pairs before it ("600 (48.0%) … and 650 (52.0%) …; 150 (25.0%) of these primiparous
    // women"), or a pair and a number after it ("412 (33.0%) of the 1,250 women …, and among them
    // 103"): "these" may be either, so the share is not read.
    const before = pairs.filter((q) => q.countStart < p.countStart);
    const ambiguous = before.length >= 2 || (before.length === 1 && referentAt >= before[0]!.pct.end - base);
    if (referent !== null && referent >= p.count && !ambiguous) p.ownTotal = referent;
    else unread.add(p);
  }
  return unread;
}
