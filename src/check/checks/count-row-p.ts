/**
 * A p printed beside a two-group table's counts, no statistic (recognisers/count-row-p.ts): the
 * table seldom names the test of a categorical row, so the p is held to the three tests of a
 * 2 × 2 table that such tables print, Pearson's χ², Yates' corrected χ² and Fisher's exact test.
 * Consistent when the printed p fits one of them (a reporting issue when it is printed as zero). A p within a factor of two of one of them is
 * not judged (another test of the same counts, a mid-p or a likelihood ratio, may give it);
 * beyond that it is inconsistent, and a decision error when every one of the three puts p on the
 * other side of α.
 */
import { chiSquareUpperTail } from '../../stats/distributions.ts';
import { logGamma } from '../../stats/special.ts';
import { isZeroP, overlaps, pInterval, reportedSide, type Interval } from '../rounding.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

const logChoose = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);

/**
 * Pearson's χ²(1) p, with Yates' correction (R's chisq.test: |O − E| less min(½, |O − E|)), and
 * Fisher's exact two-sided p (R's fisher.test: every table of the same margins no more probable
 * than the observed one, within a relative 1e-7) of a 2 × 2 table. Computed here directly: the
 * general r × c routines walk a network, which a table of a thousand people makes slow.
 */
export function twoByTwoTests(table: [number, number][]): { pearson: number; yates: number; fisher: number } | null {
  const [[a, b], [c, d]] = table as [[number, number], [number, number]];
  const n = a + b + c + d;
  const rows = [a + b, c + d];
  const cols = [a + c, b + d];
  if (rows.some((r) => r === 0) || cols.some((k) => k === 0)) return null;
  const product = rows[0]! * rows[1]! * cols[0]! * cols[1]!;
  const diff = Math.abs(a * d - b * c) / n;
  const sumInverseE = (n * n * n) / product;
  const pearson = chiSquareUpperTail(diff * diff * sumInverseE, 1);
  const corrected = diff - Math.min(0.5, diff);
  const yates = chiSquareUpperTail(corrected * corrected * sumInverseE, 1);
  const logP = (x: number) => logChoose(cols[0]!, x) + logChoose(cols[1]!, rows[0]! - x) - logChoose(n, rows[0]!);
  const observed = logP(a);
  let fisher = 0;
  for (let x = Math.max(0, rows[0]! - cols[1]!); x <= Math.min(rows[0]!, cols[0]!); x++) {
    const lp = logP(x);
    if (lp <= observed + Math.log1p(1e-7)) fisher += Math.exp(lp);
  }
  return { pearson, yates, fisher: Math.min(1, fisher) };
}

export const countRowPCheck: CheckUnit = {
  id: 'p-value',
  run(ctx) {
    const out: Located[] = [];
    for (const r of ctx.extraction.countRowPs ?? []) {
      const res = twoByTwoTests(r.table);
      if (!res) continue;
      const tests = [res.pearson, res.yates, res.fisher];
      const printed = pInterval(r.p);
      const fits = tests.some((p) => overlaps([p, p], printed));
      const lo = Math.min(...tests);
      const hi = Math.max(...tests);
      const near: Interval = [lo / 2, Math.min(1, hi * 2)];
      const side = reportedSide(r.p, ctx.alpha);
      const otherSide = side === 'significant' ? lo > ctx.alpha : side === 'not-significant' ? hi <= ctx.alpha : false;
      // A p printed as zero that the counts bear out is still to be reported as a bound.
      const verdict = fits
        ? isZeroP(r.p)
          ? 'reporting-issue'
          : 'consistent'
        : overlaps(near, printed)
          ? 'not-checkable'
          : otherSide
            ? 'decision-error'
            : 'inconsistent';
      const explanation =
        verdict === 'reporting-issue'
          ? ctx.m.pZero()
          : verdict === 'consistent'
            ? ctx.m.countRowPConsistent()
            : verdict === 'not-checkable'
              ? ctx.m.countRowPNear()
              : verdict === 'decision-error'
                ? ctx.m.countRowPDecisionError(ctx.alpha, lo > ctx.alpha ? 'not-significant' : 'significant')
                : ctx.m.countRowPInconsistent();
      out.push(
        makeFinding(
          ctx,
          'p-value',
          verdict,
          r.place,
          `${r.table.map((row) => row.join(' : ')).join(' / ')}; p ${r.p.op} ${r.p.num.raw}`,
          ctx.m.countRowPRecomputed(r.table, res.pearson, res.yates, res.fisher),
          explanation,
        ),
      );
    }
    return out;
  },
};
