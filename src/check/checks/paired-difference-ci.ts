/**
 * The 95% CI printed beside a mean difference and the SD of the differences, for one stated n
 * (recognisers/paired-difference-rows.ts): difference ± t(.975, n − 1)·SD/√n, each bound over the
 * rounding of the printed difference and SD, against the printed bound's own rounding.
 */
import { tQuantile } from '../../stats/distributions.ts';
import { readPairedDifferenceRows } from '../recognisers/paired-difference-rows.ts';
import { EPS, numInterval, type Interval } from '../rounding.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

const meets = (a: Interval, b: Interval) => a[0] <= b[1] + EPS && b[0] <= a[1] + EPS;

export const pairedDifferenceCiCheck: CheckUnit = {
  id: 'confidence-interval',
  run(ctx) {
    const out: Located[] = [];
    for (const r of readPairedDifferenceRows(ctx.source.text)) {
      if (!r.ci) continue;
      const [d0, d1] = numInterval(r.diff);
      const [s0, s1] = numInterval(r.sd);
      if (s0 <= 0) continue;
      const q = -tQuantile(0.025, r.n - 1);
      const half: Interval = [(q * s0) / Math.sqrt(r.n), (q * s1) / Math.sqrt(r.n)];
      const lower: Interval = [d0 - half[1], d1 - half[0]];
      const upper: Interval = [d0 + half[0], d1 + half[1]];
      const ok = meets(lower, numInterval(r.ci.lo)) && meets(upper, numInterval(r.ci.hi));
      out.push(
        makeFinding(
          ctx,
          'confidence-interval',
          ok ? 'consistent' : 'inconsistent',
          r.ci.place,
          `${r.diff.raw} (95% CI ${r.ci.lo.raw} to ${r.ci.hi.raw}), SD = ${r.sd.raw}, n = ${r.n}`,
          ctx.m.pairedDiffCiRecomputed(lower, upper, r.n),
          ok ? ctx.m.pairedDiffCiConsistent() : ctx.m.pairedDiffCiInconsistent(),
        ),
      );
    }
    return out;
  },
};
