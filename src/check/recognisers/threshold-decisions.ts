/**
 * What prose statements of a coefficient against its threshold share ("Cronbach's Alpha 0,812 >
 * 0,70 maka reliabel", "VIF 1,550 < 10 sehingga tidak terjadi multikolinearitas"): the one
 * decision said after the comparison, and the decision record built from them. Used by
 * reliability-statements.ts and collinearity-statements.ts.
 */
import type { CriticalDecision, Num } from '../types.ts';
import type { Span } from './segments.ts';

/**
 * The first decision in `sentence` at or after `from` when every decision there says the same
 * (all negated by the pattern's group 1, or none), and no rule word stands before it: a
 * sentence that states a rule ("jika VIF < 10 maka …") reports no decision.
 */
export function agreedDecision(
  sentence: string,
  decision: RegExp,
  rule: RegExp,
  from: number,
): RegExpMatchArray | null {
  const decisions = [...sentence.matchAll(decision)].filter((d) => d.index! >= from);
  if (decisions.length === 0 || new Set(decisions.map((d) => Boolean(d[1]))).size > 1) return null;
  const d = decisions[0]!;
  if (rule.test(sentence.slice(0, d.index!))) return null;
  return d;
}

/**
 * A coefficient against its threshold with the decision `d` (found in `span`'s sentence), quoted
 * from `statementAt` (its offset in the sentence) to the end of the decision. A decision not
 * negated claims the effect the kind names (reliable, multicollinearity present).
 */
export function thresholdDecision(
  kind: CriticalDecision['kind'],
  stat: Num,
  threshold: Num,
  d: RegExpMatchArray,
  span: Span,
  statementAt: number,
): CriticalDecision {
  return {
    kind,
    stat,
    critical: threshold,
    significant: !d[1],
    decision: d[0],
    place: {
      start: span.start + statementAt,
      end: span.start + d.index! + d[0].length,
      quoteStart: span.start,
      quoteEnd: span.end,
    },
  };
}
