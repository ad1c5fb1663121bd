/**
 * A χ² printed without its degrees of freedom ("χ2 = 0.15 P = 0.64"). Its p cannot be
 * recomputed, but it can still be impossible: for a given χ² the upper-tail p only grows with
 * the df, from its value at df = 1 towards 1, so a p below what df = 1 allows is too small for
 * every df. A p above that floor is left not checkable (some df, whole or not, gives it). A
 * decision error is reported only when even df = 1 puts the recomputed p above alpha while the
 * reported p is below it. Wald statistics are left out: a "Wald" column is as often the Wald z
 * (whose p is that of z, smaller than the χ²(1) p of the same number) as the Wald χ².
 */
import { absInterval, type Interval } from '../rounding.ts';
import type { TestReport } from '../types.ts';
import { makeFinding, type CheckContext, type Located } from './check.ts';
import { isDecisionError, pFits, pOf, statText } from './p-from-statistic.ts';

/** The p a χ²'s printed value (and bound) allows over every df ≥ 1. */
function anyDfRange(t: TestReport): Interval {
  const stat = absInterval(t.value);
  if (t.op === '<') return [pOf('chi2', stat[0], [1]), 1];
  if (t.op === '>') return [0, 1];
  return [pOf('chi2', stat[1], [1]), 1];
}

/**
 * The finding for a χ² without df whose p no df allows; null when some df allows it (the
 * caller then reports it as not checkable).
 */
export function checkChiSquareWithoutDf(
  ctx: CheckContext,
  t: TestReport,
  at: TestReport['place'],
  reported: string,
  zero: boolean,
): Located | null {
  const p = t.p;
  // A whole number after χ² is too often something else (a count, a df) to call it impossible.
  if (t.kind !== 'chi2' || !p || p.ns || t.value.decimals === 0 || /^wald/i.test(t.label)) return null;
  const range = anyDfRange(t);
  if (pFits(range, p)) return null;
  const { m } = ctx;
  const atPrinted = pOf('chi2', Math.abs(t.value.value), [1]);
  // The p at df = 1 is the smallest any df gives, so only a "significant" report can be a decision error.
  const decision = atPrinted > ctx.alpha && isDecisionError(t, p, atPrinted, ctx.alpha);
  let explanation = decision
    ? m.pDecisionErrorAnyDf(t.label, ctx.alpha, 'not-significant')
    : m.pInconsistentAnyDf(t.label);
  if (zero) explanation += ` ${m.pZeroAlso()}`;
  const recomputed = m.pRecomputedAnyDfUpperTail(range[0], range[1], statText(ctx, t, absInterval(t.value)));
  return makeFinding(
    ctx,
    'p-value',
    decision ? 'decision-error' : 'inconsistent',
    at,
    reported,
    recomputed,
    explanation,
  );
}
