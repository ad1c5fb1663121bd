/**
 * Check 9: descriptive figures that cannot all be true. A mean must lie within the
 * minimum and maximum reported with it; an SD cannot exceed the largest SD data with that
 * mean, minimum and maximum can have: the Bhatia–Davis bound, variance ≤ (max − M)(M − min)
 * for the population, times n/(n − 1) for the sample SD (2 when n is not reported, its
 * largest value). A maximum printed right after its minimum cannot be below it. Every number
 * is taken at the rounding edge that favours the author.
 */
import { EPS, numInterval } from '../rounding.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

export const descriptivesCheck: CheckUnit = {
  id: 'descriptives',
  run(ctx) {
    const { m } = ctx;
    const out: Located[] = [];
    for (const d of ctx.extraction.descriptives) {
      if (!d.min || !d.max || d.kind !== 'mean') continue;
      const lo = numInterval(d.min);
      const hi = numInterval(d.max);
      const mean = numInterval(d.mean);
      const range = m.descRange(d.min.raw, d.max.raw);
      const reported = `M = ${d.mean.raw}, ${range}${d.sd ? `, SD = ${d.sd.raw}` : ''}`;
      if (lo[0] > hi[1]) {
        // A maximum printed right after its minimum ("nilai minimum 6.9038 dan nilai maksimum
        // 1.8962") cannot be below it; apart, they may be of different data.
        const paired = d.max.start > d.min.end && d.max.start - d.min.end <= 40;
        if (paired)
          out.push(makeFinding(ctx, 'descriptives', 'inconsistent', d.place, reported, range, m.descMaxBelowMin()));
        continue;
      }
      if (mean[1] < lo[0] - EPS || mean[0] > hi[1] + EPS) {
        out.push(makeFinding(ctx, 'descriptives', 'inconsistent', d.place, reported, range, m.descMeanOutside()));
        continue;
      }
      if (!d.sd) {
        out.push(makeFinding(ctx, 'descriptives', 'consistent', d.place, reported, range, m.descMeanInside()));
        continue;
      }
      // The mean inside its rounding interval that makes (max − M)(M − min) largest.
      const mid = (lo[0] + hi[1]) / 2;
      const best = Math.min(Math.max(mid, mean[0]), mean[1]);
      const factor = d.n !== null && d.n > 1 ? d.n / (d.n - 1) : 2;
      const maxSd = Math.sqrt(Math.max(0, factor * (hi[1] - best) * (best - lo[0])));
      const ok = numInterval(d.sd)[0] <= maxSd + EPS;
      out.push(
        makeFinding(
          ctx,
          'descriptives',
          ok ? 'consistent' : 'inconsistent',
          d.place,
          reported,
          m.descSdMax(maxSd, d.n),
          ok ? m.descSdPossible() : m.descSdTooLarge(),
        ),
      );
    }
    return out;
  },
};
