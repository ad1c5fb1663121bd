/**
 * One error, one flag. A conclusion that contradicts the p it cites, where that p is itself a
 * decision error of its statistic ("did not differ, χ2(2) = 2.1, p = .035": χ2 gives p ≈ .35),
 * agrees with the recomputed p: the misprint is the p, which the p-value check already
 * reports. Flagging the sentence's conclusion too would count one error twice and point the
 * reader at the one part of the sentence that is right.
 */
import type { Located } from './check.ts';
import { partitionPoint } from '../sorted.ts';

export function withoutRestatedErrors(located: Located[]): Located[] {
  const pDecisionErrors = located.filter(
    (l) => l.finding.check === 'p-value' && l.finding.verdict === 'decision-error',
  );
  if (pDecisionErrors.length === 0) return located;
  // The ends sorted, each conclusion looks for one by binary search: a search of all of them
  // for each conclusion made a long text's check quadratic.
  const ends = pDecisionErrors.map(({ finding: p }) => p.end).sort((a, b) => a - b);
  return located.filter(({ finding: c }) => {
    if (c.check !== 'conclusion' || c.verdict !== 'inconsistent') return true;
    // The p's finding ends at the p, which lies inside the conclusion's sentence.
    const first = firstAbove(ends, c.start);
    return !(first < ends.length && ends[first]! <= c.end);
  });
}

/** Index of the first of the sorted numbers above `x` (their length when none is). */
const firstAbove = (sorted: number[], x: number): number => partitionPoint(sorted, (v) => v <= x);
