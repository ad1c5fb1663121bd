/**
 * One error, one flag. A conclusion that contradicts the p it cites, where that p is itself a
 * decision error of its statistic ("did not differ, χ2(2) = 2.1, p = .035": χ2 gives p ≈ .35),
 * agrees with the recomputed p: the misprint is the p, which the p-value check already
 * reports. Flagging the sentence's conclusion too would count one error twice and point the
 * reader at the one part of the sentence that is right.
 */
import type { Located } from './check.ts';

export function withoutRestatedErrors(located: Located[]): Located[] {
  const pDecisionErrors = located.filter(
    (l) => l.finding.check === 'p-value' && l.finding.verdict === 'decision-error',
  );
  if (pDecisionErrors.length === 0) return located;
  return located.filter(({ finding: c }) => {
    if (c.check !== 'conclusion' || c.verdict !== 'inconsistent') return true;
    // The p's finding ends at the p, which lies inside the conclusion's sentence.
    return !pDecisionErrors.some(({ finding: p }) => p.end > c.start && p.end <= c.end);
  });
}
