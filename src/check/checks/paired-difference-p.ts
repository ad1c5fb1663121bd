/**
 * A p printed beside a mean difference and the SD of the differences, without its t
 * (recognisers/paired-difference-rows.ts): the p of the paired t = difference/(SD/√n) with
 * n − 1 df, over the rounding of the printed difference and SD. Consistent when the reported p
 * meets that range; inconsistent when it does not (a decision error when the two sides of α
 * differ).
 */
import { tTwoSided } from '../../stats/distributions.ts';
import { readPairedDifferenceRows } from '../recognisers/paired-difference-rows.ts';
import { absInterval, numInterval, printedAndRecomputedSidesDiffer, type Interval } from '../rounding.ts';
import { pFits } from './p-from-statistic.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

export const pairedDifferencePCheck: CheckUnit = {
  id: 'p-value',
  run(ctx) {
    const out: Located[] = [];
    for (const r of readPairedDifferenceRows(ctx.source.text)) {
      const [d0, d1] = absInterval(r.diff);
      const [s0, s1] = numInterval(r.sd);
      if (s0 <= 0) continue;
      const se = (s: number) => s / Math.sqrt(r.n);
      const t: Interval = [d0 / se(s1), d1 / se(s0)];
      const range: Interval = [tTwoSided(t[1], r.n - 1), tTwoSided(t[0], r.n - 1)];
      const fits = pFits(range, r.p);
      const decisionError = !fits && printedAndRecomputedSidesDiffer(r.p, range, ctx.alpha);
      const verdict = fits ? 'consistent' : decisionError ? 'decision-error' : 'inconsistent';
      out.push(
        makeFinding(
          ctx,
          'p-value',
          verdict,
          r.place,
          `${r.diff.raw}, SD = ${r.sd.raw}, n = ${r.n}; p ${r.p.op} ${r.p.num.raw}`,
          ctx.m.pairedDiffPRecomputed(range[0], range[1], r.n),
          fits ? ctx.m.pairedDiffPConsistent() : ctx.m.pairedDiffPInconsistent(),
        ),
      );
    }
    return out;
  },
};
