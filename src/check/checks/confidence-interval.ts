/**
 * Check 5: confidence intervals. An estimate must lie inside its own interval; a ratio's
 * (Wald) interval is symmetric around it on the log scale (√(lower·upper) = OR) and a
 * mean's t- or z-based interval is centred on it; with SE and df its half-width is
 * t(crit)·SE; a logistic regression's Exp(B) is e^B. The reported p must agree with the
 * interval: for a ratio, the p a Wald interval implies (z = ln OR / SE, SE = (ln U − ln L)
 * / 2z(crit)), within a factor of two or 15% of its z (a p from another test of the same data); for a mean difference, the side of α the interval puts it on (it excludes 0
 * exactly when p < α, for a 100(1 − α)% interval).
 */
import { normalQuantile, normalTwoSided, tQuantile } from '../../stats/distributions.ts';
import type { EstimateReport, Verdict } from '../types.ts';
import { EPS, numInterval, overlaps, pInterval, rangeSide, reportedSide, type Interval } from '../rounding.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';
import { boundsOnlyWaldP } from './ratio-ci-side.ts';
import { withinWaldZ } from './ratio-p-near-z.ts';
import { adjustedRatioP } from './adjusted-ratio-p.ts';
import { lostLessThan } from './table-floor-p.ts';
import { namesAdjustedP } from './adjusted-p.ts';
import { namesExactInterval } from './exact-intervals.ts';
import { inNotWaldTable } from './not-wald-tables.ts';
import { inLikelihoodSkewedTable } from './likelihood-skewed-tables.ts';
import { zeroCellVariable } from './zero-cell-ratios.ts';

/** A test of the table's counts named in the sentence: Pearson's χ² (with or without Yates) or Fisher's exact test. */
const COUNT_TEST = /chi[\s-]*squares?|kai[\s-]*kuadrat|χ\s*²|χ2|\bx2\b|\bFisher|\bexact\s+test|uji\s+eksak|\bYates/iu;
import { centredWhenCut } from './truncated-bounds.ts';

const TINY = 1e-12;

/** t quantiles by level and df: a thesis repeats the same few, and each costs an iterative inversion. */
const quantiles = new Map<string, number>();
function tCritical(level: number, df: number): number {
  const key = `${level} ${df}`;
  let q = quantiles.get(key);
  if (q === undefined) quantiles.set(key, (q = tQuantile(1 - (1 - level / 100) / 2, df)));
  return q;
}

function logInterval(i: Interval): Interval {
  return [Math.log(Math.max(i[0], TINY)), Math.log(Math.max(i[1], TINY))];
}

function shape(ctx: CheckContext, e: EstimateReport): Located {
  const { m } = ctx;
  const ci = e.ci!;
  const est = numInterval(e.value);
  const lo = numInterval(ci.lower);
  const hi = numInterval(ci.upper);
  const problems: string[] = [];
  const computed: string[] = [];
  const reportedText = `${e.label} = ${e.value.raw}; ${m.ciName} ${ci.level}% ${ci.lower.raw} – ${ci.upper.raw}`;
  // "M = 92.80, SD = 9.65, 95% CI −14.10 to −0.30": no rounding puts a mean's own interval wholly
  // on the other side of zero; it is the interval of a difference the sentence reports.
  if (e.family === 'mean' && ((est[0] > 0 && hi[1] < 0) || (est[1] < 0 && lo[0] > 0)))
    return makeFinding(
      ctx,
      'confidence-interval',
      'not-checkable',
      { ...e.place, end: Math.max(e.place.end, ci.end) },
      reportedText,
      m.noneRecomputed,
      m.ciOtherSideOfZero(e.label),
    );
  const insideOk = est[1] >= lo[0] - EPS && est[0] <= hi[1] + EPS;
  if (!insideOk) problems.push(m.ciOutside(e.label));
  const exact = e.family === 'ratio' && namesExactInterval(ctx.source.text, e.place.quoteStart, e.place.quoteEnd);
  // A table whose intervals are mostly off-centre prints no Wald intervals (not-wald-tables.ts), nor
  // does one whose off-centre intervals all lean as likelihood-based ones do (likelihood-skewed-tables.ts).
  const notWald = e.family === 'ratio' && !exact && (inNotWaldTable(ctx, e) || inLikelihoodSkewedTable(ctx, e));
  let cut = false;
  if (e.family === 'ratio' && !exact) {
    const centre: Interval = [Math.sqrt(Math.max(lo[0], 0) * Math.max(hi[0], 0)), Math.sqrt(lo[1] * hi[1])];
    computed.push(m.ciCentre('ratio', centre[0], centre[1]));
    if (insideOk && !notWald && !overlaps(centre, est)) {
      // A variable with an empty cell has no finite Wald interval (zero-cell-ratios.ts).
      if (zeroCellVariable(ctx, e))
        return makeFinding(
          ctx,
          'confidence-interval',
          'not-checkable',
          { ...e.place, end: Math.max(e.place.end, ci.end) },
          reportedText,
          computed.join('; '),
          m.ciZeroCell(),
        );
      // Bounds cut rather than rounded (truncated-bounds.ts) are a way of printing, not an error.
      if (centredWhenCut(e.value, ci.lower, ci.upper)) cut = true;
      else problems.push(m.ciNotSymmetric('ratio', e.label));
    }
    if (e.coefficient) {
      const b = numInterval(e.coefficient);
      const expB: Interval = [Math.exp(b[0]), Math.exp(b[1])];
      computed.push(`e^B = ${m.range(expB[0], expB[1])}`);
      if (!overlaps(expB, est)) problems.push(m.ciExpB(m.num(Math.exp(e.coefficient.value))));
    }
  } else if (e.family === 'mean') {
    const centre: Interval = [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2];
    computed.push(m.ciCentre('mean', centre[0], centre[1]));
    if (insideOk && !overlaps(centre, est)) problems.push(m.ciNotSymmetric('mean', e.label));
    if (e.se && e.df !== undefined && e.df > 0) {
      const q = tCritical(ci.level, e.df);
      const se = numInterval(e.se);
      const expected: Interval = [q * se[0], q * se[1]];
      const half: Interval = [(hi[0] - lo[1]) / 2, (hi[1] - lo[0]) / 2];
      computed.push(`t(crit)·SE = ${m.range(expected[0], expected[1])}`);
      if (!overlaps(expected, half)) problems.push(m.ciWidth(m.num(q * e.se.value)));
    }
  } else {
    computed.push(m.ciInsideOnly());
  }
  const reported = reportedText;
  const place = { ...e.place, end: Math.max(e.place.end, ci.end) };
  if (problems.length === 0)
    return makeFinding(
      ctx,
      'confidence-interval',
      'consistent',
      place,
      reported,
      computed.join('; '),
      exact
        ? m.ciExactInterval()
        : notWald
          ? m.ciNotWaldTable()
          : cut
            ? m.ciCentredWhenCut()
            : m.ciConsistent(e.family),
    );
  return makeFinding(
    ctx,
    'confidence-interval',
    'inconsistent',
    place,
    reported,
    computed.join('; '),
    problems.join(' '),
  );
}

export function pAgainstCi(ctx: CheckContext, e: EstimateReport): Located | null {
  const { m, alpha } = ctx;
  const ci = e.ci!;
  const p = e.p!;
  const reported = `${e.label} = ${e.value.raw}; ${m.ciName} ${ci.level}% ${ci.lower.raw} – ${ci.upper.raw}; p ${p.op} ${p.num.raw}`;
  const place = { ...e.place, end: Math.max(e.place.end, ci.end, p.end) };
  const finding = (verdict: Verdict, recomputed: string, explanation: string): Located =>
    makeFinding(ctx, 'confidence-interval', verdict, place, reported, recomputed, explanation);
  const lo = numInterval(ci.lower);
  const hi = numInterval(ci.upper);
  const nullValue = e.family === 'ratio' ? 1 : 0;
  const excludes = lo[0] > nullValue + EPS || hi[1] < nullValue - EPS;
  const includes = lo[1] < nullValue - EPS && hi[0] > nullValue + EPS;
  if (e.family === 'ratio') {
    if (lo[1] <= 0) return null;
    // An exact or paired interval implies no Wald p (exact-intervals.ts).
    if (namesExactInterval(ctx.source.text, e.place.quoteStart, e.place.quoteEnd)) return null;
    // …nor does a table whose intervals are mostly off-centre (not-wald-tables.ts) or lean as
    // likelihood-based ones do (likelihood-skewed-tables.ts).
    if (inNotWaldTable(ctx, e) || inLikelihoodSkewedTable(ctx, e)) return null;
    // …nor an interval for a variable with an empty cell (zero-cell-ratios.ts).
    if (zeroCellVariable(ctx, e)) return null;
    const z = normalQuantile(1 - (1 - ci.level / 100) / 2);
    const lnL = logInterval(lo);
    const lnU = logInterval(hi);
    const seLo = (lnU[0] - lnL[1]) / (2 * z);
    const seHi = (lnU[1] - lnL[0]) / (2 * z);
    if (!(seLo > 0)) return null;
    // ln OR from the estimate and from the interval's centre: either may carry the rounding.
    const lnEst = logInterval(numInterval(e.value));
    const lnCentre: Interval = [(lnL[0] + lnU[0]) / 2, (lnL[1] + lnU[1]) / 2];
    const absLn = (i: Interval): Interval =>
      i[0] <= 0 && i[1] >= 0
        ? [0, Math.max(-i[0], i[1])]
        : [Math.min(Math.abs(i[0]), Math.abs(i[1])), Math.max(Math.abs(i[0]), Math.abs(i[1]))];
    const a = absLn(lnEst);
    const b = absLn(lnCentre);
    const lnAbs: Interval = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
    const pr: Interval = [normalTwoSided(lnAbs[1] / seLo), normalTwoSided(lnAbs[0] / seHi)];
    const recomputed = m.ciPRecomputed(pr[0], pr[1]);
    if (overlaps(pr, pInterval(p))) return finding('consistent', recomputed, m.ciPConsistent());
    if (lostLessThan(p, e.origin, pr[1])) return finding('not-checkable', recomputed, m.pTableFloor(p.num.raw));
    // A p adjusted for multiple comparisons is above its interval's; intervals are rarely adjusted (./adjusted-p.ts).
    if (pInterval(p)[0] > pr[1] && namesAdjustedP(ctx.source.text, place))
      return finding('not-checkable', recomputed, m.ciPAdjusted());
    // A p the sentence gives to a χ² or Fisher's exact test of the table is that test's, which is
    // more conservative than the Wald interval (an exact p of 0,068 beside 1,01–5,47).
    if (pInterval(p)[0] > pr[1] && COUNT_TEST.test(ctx.source.text.slice(e.place.quoteStart, e.place.quoteEnd)))
      return finding('not-checkable', recomputed, m.ciPOtherTest());
    const rs = reportedSide(p, alpha);
    const cs = rangeSide(pr, alpha);
    if (rs && cs && rs !== cs)
      return finding('decision-error', recomputed, m.ciPDecisionError(cs === 'significant', alpha, 1));
    // An interval that excludes (or includes) 1 at every rounding, at the level's own
    // confidence, puts p on that side of alpha: a p on the other side, beyond a factor of two
    // of what the bounds alone imply, is a decision error (./ratio-ci-side.ts).
    const bySide = excludes ? 'significant' : includes ? 'not-significant' : null;
    const bounds = boundsOnlyWaldP(lo, hi, z);
    if (
      bySide &&
      rs &&
      bySide !== rs &&
      bounds &&
      Math.abs(1 - ci.level / 100 - alpha) < 1e-9 &&
      !overlaps([bounds[0] / 2, Math.min(1, bounds[1] * 2)], pInterval(p))
    )
      return finding('decision-error', m.ciPRecomputed(bounds[0], bounds[1]), m.ciPDecisionError(excludes, alpha, 1));
    // A table's p often comes from another test of the same data (χ² of the counts, likelihood
    // ratio, exact), which need not match the Wald p of the printed interval: within a factor
    // of two of it, on the same side of alpha, it is not flagged…
    const nearWald = overlaps([pr[0] / 2, Math.min(1, pr[1] * 2)], pInterval(p));
    // …and once p is small, within 15% of the Wald z (ratio-p-near-z.ts).
    const nearWaldZ = !nearWald && withinWaldZ(pr, pInterval(p));
    // An adjusted ratio's p is its model's Wald p, as its interval is (adjusted-ratio-p.ts).
    if ((nearWald || nearWaldZ) && adjustedRatioP(ctx, e))
      return finding('inconsistent', recomputed, m.ciPAdjustedRatio());
    if (nearWald) return finding('consistent', recomputed, m.ciPNearWald());
    if (nearWaldZ) return finding('consistent', recomputed, m.ciPNearWaldZ());
    return finding('inconsistent', recomputed, m.ciPInconsistent());
  }
  if (e.family !== 'mean') return null;
  // A mean's interval decides significance only at its own level.
  if (Math.abs(1 - ci.level / 100 - alpha) > 1e-9) return null;
  if (!excludes && !includes) return null;
  const rs = reportedSide(p, alpha);
  if (!rs) return null;
  const recomputed = m.ciPSide(excludes, nullValue);
  const agree = (excludes && rs === 'significant') || (includes && rs === 'not-significant');
  if (agree) return finding('consistent', recomputed, m.ciPConsistent());
  return finding('decision-error', recomputed, m.ciPDecisionError(excludes, alpha, nullValue));
}

export const confidenceIntervalCheck: CheckUnit = {
  id: 'confidence-interval',
  run(ctx) {
    const out: Located[] = [];
    for (const e of ctx.extraction.estimates) {
      if (!e.ci) continue;
      if (e.family === 'ratio' && (e.ci.upper.value <= 0 || e.ci.lower.value < 0)) continue;
      const s = shape(ctx, e);
      out.push(s);
      if (e.p) {
        const f = pAgainstCi(ctx, e);
        // An interval already flagged for its shape is one misprint: its p is reported again
        // only when it is on the other side of alpha.
        if (f && !(s.finding.verdict === 'inconsistent' && f.finding.verdict === 'inconsistent')) out.push(f);
      }
    }
    return out;
  },
};
