/**
 * An F with one numerator df and no error df (a source-table row whose error row is not printed,
 * recognisers/source-rows-without-error.ts). F(1, d) is t² with d df, so its p falls as the error
 * df grows, from its value at d = 1 to the χ²(1) limit: a p outside that range fits no error df
 * and is inconsistent. A decision error only when the p at the printed F lies on the other side of
 * alpha at both ends (so at every error df). F's with more numerator df are left not checkable.
 */
import { fUpperTail, normalTwoSided } from '../../stats/distributions.ts';
import { absInterval, type Interval } from '../rounding.ts';
import type { TestReport } from '../types.ts';
import { makeFinding, type CheckContext, type Located } from './check.ts';
import { isDecisionError, pFits, statText } from './p-from-statistic.ts';

/** p of F(1, d) at d = 1 (largest) and as d grows without bound (smallest). */
function ends(f: number): [number, number] {
  return [normalTwoSided(Math.sqrt(f)), fUpperTail(f, 1, 1)];
}

export function checkFWithoutErrorDf(
  ctx: CheckContext,
  t: TestReport,
  at: TestReport['place'],
  reported: string,
  zero: boolean,
): Located | null {
  const p = t.p;
  if (t.kind !== 'F' || t.op !== '=' || t.df?.length !== 1 || t.df[0] !== 1 || !p || p.ns) return null;
  const stat = absInterval(t.value);
  const range: Interval = [ends(stat[1])[0], ends(stat[0])[1]];
  if (pFits(range, p)) return null;
  const { m } = ctx;
  const printed = ends(Math.abs(t.value.value));
  const decision = printed.every((c) => isDecisionError(t, p, c, ctx.alpha));
  let explanation = decision
    ? m.pDecisionErrorAnyErrorDf(ctx.alpha, printed[0] <= ctx.alpha ? 'significant' : 'not-significant')
    : m.pInconsistentAnyErrorDf();
  if (zero) explanation += ` ${m.pZeroAlso()}`;
  const recomputed = m.pRecomputedAnyErrorDf(range[0], range[1], statText(ctx, t, stat));
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
