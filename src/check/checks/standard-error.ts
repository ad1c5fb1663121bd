/**
 * Check 4: a standard error against SD/√n; a t statistic against the mean (difference),
 * its SD and n (t = M/(SD/√n)) or its SE (t = M/SE); a Wald statistic against (B/SE)².
 * Each reported number is rounded, so each recomputation is an interval, and the check
 * passes when it meets the reported value's interval.
 */
import { absInterval, numInterval, overlaps, type Interval } from '../rounding.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';

function divide(a: Interval, b: Interval): Interval {
  if (b[0] <= 0) return [a[0] / b[1], Infinity];
  return [a[0] / b[1], a[1] / b[0]];
}

export const standardErrorCheck: CheckUnit = {
  id: 'standard-error',
  run(ctx: CheckContext) {
    const { m } = ctx;
    const out: Located[] = [];
    for (const d of ctx.extraction.descriptives) {
      if (!d.sd || !d.se || d.n === null || d.n < 2) continue;
      const root = Math.sqrt(d.n);
      const sd = numInterval(d.sd);
      const expected: Interval = [Math.max(0, sd[0]) / root, sd[1] / root];
      const ok = overlaps(expected, numInterval(d.se));
      const reported = `SD = ${d.sd.raw}, SE = ${d.se.raw}, n = ${d.n}`;
      out.push(
        makeFinding(
          ctx,
          'standard-error',
          ok ? 'consistent' : 'inconsistent',
          d.place,
          reported,
          m.seRecomputed(expected[0], expected[1]),
          ok ? m.seConsistent() : m.seInconsistent(),
        ),
      );
    }
    for (const r of ctx.extraction.tFromMeans) {
      const mean = absInterval(r.mean);
      let expected: Interval;
      let basis: string;
      let kind: 'sd' | 'se';
      if (r.sd && r.n > 1) {
        kind = 'sd';
        expected = divide(mean, absInterval(r.sd)).map((x) => x * Math.sqrt(r.n)) as Interval;
        basis = `M = ${r.mean.raw}, SD = ${r.sd.raw}, n = ${r.n}`;
      } else if (r.se) {
        kind = 'se';
        expected = divide(mean, absInterval(r.se));
        basis = `M = ${r.mean.raw}, SE = ${r.se.raw}`;
      } else continue;
      const signClash = r.mean.value !== 0 && r.t.value !== 0 && Math.sign(r.mean.value) !== Math.sign(r.t.value);
      const ok = !signClash && overlaps(expected, absInterval(r.t));
      const reported = `t = ${r.t.raw}; ${basis}`;
      out.push(
        makeFinding(
          ctx,
          'standard-error',
          ok ? 'consistent' : 'inconsistent',
          r.place,
          reported,
          m.tMeanRecomputed(expected[0], expected[1], kind),
          ok ? m.tMeanConsistent() : m.tMeanInconsistent(),
        ),
      );
    }
    for (const w of ctx.extraction.walds) {
      const ratio = divide(absInterval(w.b), absInterval(w.se));
      const expected: Interval = [ratio[0] ** 2, ratio[1] ** 2];
      const ok = overlaps(expected, numInterval(w.wald));
      const reported = `B = ${w.b.raw}, SE = ${w.se.raw}, Wald = ${w.wald.raw}`;
      out.push(
        makeFinding(
          ctx,
          'standard-error',
          ok ? 'consistent' : 'inconsistent',
          w.place,
          reported,
          m.waldRecomputed(expected[0], expected[1]),
          ok ? m.waldConsistent() : m.waldInconsistent(),
        ),
      );
    }
    return out;
  },
};
