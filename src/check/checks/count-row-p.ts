/**
 * A p printed beside a two-group table's counts, no statistic (recognisers/count-row-p.ts): the
 * table seldom names the test of a categorical row, so the p is held to the three tests of a
 * 2 × 2 table that such tables print, Pearson's χ², Yates' corrected χ² and Fisher's exact test.
 * Consistent when the printed p fits one of them. A p within a factor of two of one of them is
 * not judged (another test of the same counts, a mid-p or a likelihood ratio, may give it);
 * beyond that it is inconsistent, and a decision error when every one of the three puts p on the
 * other side of α.
 */
import { chiSquareFromTable } from '../../stats/chi-square.ts';
import { overlaps, pInterval, reportedSide, type Interval } from '../rounding.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

export const countRowPCheck: CheckUnit = {
  id: 'p-value',
  run(ctx) {
    const out: Located[] = [];
    for (const r of ctx.extraction.countRowPs ?? []) {
      const res = chiSquareFromTable(r.table);
      if ('error' in res || !res.yates || res.fisherP === null) continue;
      const tests = [res.p, res.yates.p, res.fisherP];
      const printed = pInterval(r.p);
      const fits = tests.some((p) => overlaps([p, p], printed));
      const lo = Math.min(...tests);
      const hi = Math.max(...tests);
      const near: Interval = [lo / 2, Math.min(1, hi * 2)];
      const side = reportedSide(r.p, ctx.alpha);
      const otherSide = side === 'significant' ? lo > ctx.alpha : side === 'not-significant' ? hi <= ctx.alpha : false;
      const verdict = fits
        ? 'consistent'
        : overlaps(near, printed)
          ? 'not-checkable'
          : otherSide
            ? 'decision-error'
            : 'inconsistent';
      const explanation =
        verdict === 'consistent'
          ? ctx.m.countRowPConsistent()
          : verdict === 'not-checkable'
            ? ctx.m.countRowPNear()
            : verdict === 'decision-error'
              ? ctx.m.pDecisionError(ctx.alpha, lo > ctx.alpha ? 'not-significant' : 'significant')
              : ctx.m.countRowPInconsistent();
      out.push(
        makeFinding(
          ctx,
          'p-value',
          verdict,
          r.place,
          `${r.table.map((row) => row.join(' : ')).join(' / ')}; p ${r.p.op} ${r.p.num.raw}`,
          ctx.m.countRowPRecomputed(r.table, res.p, res.yates.p, res.fisherP),
          explanation,
        ),
      );
    }
    return out;
  },
};
