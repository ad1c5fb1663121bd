/**
 * A decision from an F or χ² against a critical value stated with its level and df
 * (recognisers/critical-value-df-decisions.ts): with the df printed, the decision is judged from
 * the statistic's own p at those df, over the rounding of the printed statistic, so a critical
 * value looked up for the wrong df or level does not carry a wrong decision through. Consistent
 * when the p is on the decision's side of the stated level, inconsistent when it is on the other
 * side; a p range that straddles the level is not checkable. The true critical value is shown
 * beside the stated one. Reported under "conclusion".
 */
import { chiSquareUpperTail, fUpperTail } from '../../stats/distributions.ts';
import type { DfCriticalDecision } from '../types.ts';
import { numInterval } from '../rounding.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

function upperTail(d: DfCriticalDecision, x: number): number {
  return d.kind === 'F' ? fUpperTail(x, d.df[0]!, d.df[1]!) : chiSquareUpperTail(x, d.df[0]!);
}

/** The value whose upper tail is `alpha`, by bisection (the tail falls as the value grows). */
function criticalValue(d: DfCriticalDecision): number {
  let lo = 0;
  let hi = 1;
  while (upperTail(d, hi) > d.alpha && hi < 1e6) hi *= 2;
  for (let k = 0; k < 100; k++) {
    const mid = (lo + hi) / 2;
    if (upperTail(d, mid) > d.alpha) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export const criticalValueDfCheck: CheckUnit = {
  id: 'conclusion',
  run(ctx) {
    const out: Located[] = [];
    for (const d of ctx.extraction.dfCriticalDecisions ?? []) {
      const [lo, hi] = numInterval(d.stat);
      const pRange: [number, number] = [upperTail(d, hi), upperTail(d, Math.max(lo, 0))];
      const significant = pRange[1] <= d.alpha ? true : pRange[0] > d.alpha ? false : null;
      const verdict =
        significant === null ? 'not-checkable' : significant === d.significant ? 'consistent' : 'inconsistent';
      const label = d.kind === 'F' ? `F(${d.df.join(', ')})` : `χ²(${d.df[0]})`;
      const trueCritical = criticalValue(d);
      const [cLo, cHi] = numInterval(d.critical);
      const wrongCritical = trueCritical < cLo - 1e-9 || trueCritical > cHi + 1e-9;
      out.push(
        makeFinding(
          ctx,
          'conclusion',
          verdict,
          d.place,
          ctx.source.quote(d.place.start, d.place.end, 160),
          ctx.m.criticalDfRecomputed(
            label,
            d.stat.raw,
            ctx.m.pRange(pRange[0], pRange[1]),
            d.alpha,
            ctx.m.num(trueCritical, 3),
            d.critical.raw,
          ),
          verdict === 'consistent'
            ? ctx.m.criticalDfConsistent()
            : verdict === 'inconsistent'
              ? ctx.m.criticalDfContradicts(d.decision, significant === true, wrongCritical)
              : ctx.m.criticalDfStraddles(),
        ),
      );
    }
    return out;
  },
};
