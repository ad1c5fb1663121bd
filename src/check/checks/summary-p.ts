/**
 * A p printed beside two groups' means and SDs, without a t, in a table whose notes say its
 * continuous variables were compared by t tests (recognisers/summary-p-rows.ts): the p of
 * Student's pooled t with n₁ + n₂ − 2 df, or of Welch's t, over the rounding of the printed
 * means and SDs. Welch's df lie between min(n₁, n₂) − 1 and n₁ + n₂ − 2, and a smaller df only
 * raises p, so Welch's p is taken over that whole span: the check errs towards "consistent".
 * Consistent when the reported p meets either range; inconsistent when it meets neither (a
 * decision error when the two sides of α differ). In a table that says data are missing, the
 * groups may be smaller than their header sizes, which moves p: a p that fits is still
 * consistent, one that does not is not reported (it proves nothing).
 */
import { tTwoSided } from '../../stats/distributions.ts';
import type { SummaryPReport } from '../types.ts';
import { printedAndRecomputedSidesDiffer, type Interval } from '../rounding.ts';
import { pFits } from './p-from-statistic.ts';
import { differenceOf, positive, tRanges } from './two-group-t.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

function judge(r: SummaryPReport): { fits: boolean; range: Interval } | null {
  const [g1, g2] = r.groups;
  const s1 = positive(g1.sd);
  const s2 = positive(g2.sd);
  if (!s1 || !s2) return null;
  const [pooled, welch] = tRanges(differenceOf(g1.mean, g2.mean), s1, s2, g1.n, g2.n);
  const df = g1.n + g2.n - 2;
  const studentP: Interval = [tTwoSided(pooled[1], df), tTwoSided(pooled[0], df)];
  const welchP: Interval = [tTwoSided(welch[1], df), tTwoSided(welch[0], Math.min(g1.n, g2.n) - 1)];
  const range: Interval = [Math.min(studentP[0], welchP[0]), Math.max(studentP[1], welchP[1])];
  const fits = pFits(studentP, r.p) || pFits(welchP, r.p);
  return { fits, range };
}

export const summaryPCheck: CheckUnit = {
  id: 'p-value',
  run(ctx) {
    const out: Located[] = [];
    for (const r of ctx.extraction.summaryPs ?? []) {
      const j = judge(r);
      if (!j || (!j.fits && r.missingData)) continue;
      const [g1, g2] = r.groups;
      // Both sides of α over everything recomputed, against the printed p's side.
      const decisionError = !j.fits && printedAndRecomputedSidesDiffer(r.p, j.range, ctx.alpha);
      const verdict = j.fits ? 'consistent' : decisionError ? 'decision-error' : 'inconsistent';
      const op = r.p.op === '=' ? '=' : r.p.op;
      out.push(
        makeFinding(
          ctx,
          'p-value',
          verdict,
          r.place,
          `M = ${g1.mean.raw}, SD = ${g1.sd.raw}; M = ${g2.mean.raw}, SD = ${g2.sd.raw}; p ${op} ${r.p.num.raw}`,
          ctx.m.summaryPRecomputed(j.range[0], j.range[1], g1.n, g2.n),
          verdict === 'consistent' ? ctx.m.summaryPConsistent() : ctx.m.summaryPInconsistent(),
        ),
      );
    }
    return out;
  },
};
