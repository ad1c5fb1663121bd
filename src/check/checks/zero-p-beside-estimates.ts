/**
 * `p = .000` beside an estimate: a table row's odds ratio with its interval and a p printed as
 * .000 (or 0.00). The p-value check reports a zero p only when it is the p of a test statistic or
 * stands alone; a p that a recogniser gave to a ratio, a mean or a coefficient row was judged
 * against the interval and nowhere said to be printed as zero, which no p is.
 */
import { isZeroP } from '../rounding.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

export const zeroPBesideEstimatesCheck: CheckUnit = {
  id: 'p-value',
  run(ctx) {
    const ofTests = new Set(ctx.extraction.tests.flatMap((t) => (t.p ? [t.p.start] : [])));
    const seen = new Set<number>();
    const out: Located[] = [];
    // Unattached p's are the p-value check's own; a test's p is reported with its test.
    const candidates = [
      ...ctx.extraction.estimates.flatMap((e) => (e.p ? [{ p: e.p, place: e.place }] : [])),
      ...ctx.extraction.pValues.filter((v) => v.attached),
    ];
    for (const { p, place } of candidates) {
      if (!isZeroP(p) || ofTests.has(p.start) || seen.has(p.start)) continue;
      seen.add(p.start);
      out.push(
        makeFinding(
          ctx,
          'p-value',
          'reporting-issue',
          { ...place, start: p.start, end: p.end },
          ctx.source.quote(p.start, p.end),
          ctx.m.noneRecomputed,
          ctx.m.pZero(),
        ),
      );
    }
    return out;
  },
};
