/**
 * A two-sample t against the two groups' means, SDs and sizes: Student's pooled t,
 * |M₁ − M₂| / √(s²p(1/n₁ + 1/n₂)) with s²p = ((n₁ − 1)s₁² + (n₂ − 1)s₂²)/(n₁ + n₂ − 2), or
 * Welch's, |M₁ − M₂| / √(s₁²/n₁ + s₂²/n₂). Either grows with |M₁ − M₂| and falls with each SD,
 * so over the rounding of the printed means and SDs each is an interval from its corners.
 * Consistent when the reported t meets either. With no group sizes printed (independent
 * groups said so), every split of the df + 2 participants into two groups of at least two is
 * tried: inconsistent only when the t lies outside everything they give, else not checkable
 * (which split is the study's is not known). Reported under "standard-error", the check
 * of t against means and SDs.
 */
import type { Num, TwoGroupTReport } from '../types.ts';
import { absInterval, overlaps, type Interval } from '../rounding.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

export const positive = (n: Num): Interval | null =>
  n.value - n.half > 0 ? [n.value - n.half, n.value + n.half] : null;

/** |M₁ − M₂| over the means' rounding. */
export function differenceOf(a: Num, b: Num): Interval {
  const d = Math.abs(a.value - b.value);
  const slack = a.half + b.half;
  return [Math.max(0, d - slack), d + slack];
}

/** The pooled and the Welch t ranges for group sizes n1, n2. */
export function tRanges(diff: Interval, s1: Interval, s2: Interval, n1: number, n2: number): [Interval, Interval] {
  const k = 1 / n1 + 1 / n2;
  const pooledVar = (a: number, b: number) => ((n1 - 1) * a * a + (n2 - 1) * b * b) / (n1 + n2 - 2);
  const pooled: Interval = [
    diff[0] / Math.sqrt(pooledVar(s1[1], s2[1]) * k),
    diff[1] / Math.sqrt(pooledVar(s1[0], s2[0]) * k),
  ];
  const welch: Interval = [
    diff[0] / Math.sqrt((s1[1] * s1[1]) / n1 + (s2[1] * s2[1]) / n2),
    diff[1] / Math.sqrt((s1[0] * s1[0]) / n1 + (s2[0] * s2[0]) / n2),
  ];
  return [pooled, welch];
}

function judge(r: TwoGroupTReport): {
  verdict: 'consistent' | 'inconsistent' | 'not-checkable';
  range: Interval;
  sizes: [number, number] | null;
} | null {
  const [g1, g2] = r.groups as [TwoGroupTReport['groups'][0], TwoGroupTReport['groups'][0]];
  const s1 = positive(g1.sd);
  const s2 = positive(g2.sd);
  if (!s1 || !s2) return null;
  const diff = differenceOf(g1.mean, g2.mean);
  const reported = absInterval(r.t);
  const splits: [number, number][] =
    g1.n !== null && g2.n !== null
      ? [[g1.n, g2.n]]
      : Array.from({ length: Math.max(0, r.df - 1) }, (_, i) => [i + 2, r.df - i] as [number, number]);
  if (splits.length === 0) return null;
  let range: Interval = [Infinity, -Infinity];
  let ok = false;
  for (const [n1, n2] of splits) {
    for (const i of tRanges(diff, s1, s2, n1, n2)) {
      range = [Math.min(range[0], i[0]), Math.max(range[1], i[1])];
      if (overlaps(i, reported)) ok = true;
    }
  }
  const sized = splits.length === 1;
  // Without printed sizes, a t between what two splits give is no evidence either way: only a t
  // that no split comes near is inconsistent.
  const verdict = ok && sized ? 'consistent' : sized || !overlaps(range, reported) ? 'inconsistent' : 'not-checkable';
  return { verdict, range, sizes: sized ? splits[0]! : null };
}

export const twoGroupTCheck: CheckUnit = {
  id: 'standard-error',
  run(ctx) {
    const out: Located[] = [];
    for (const r of ctx.extraction.twoGroupTs ?? []) {
      const j = judge(r);
      if (!j) continue;
      const [g1, g2] = r.groups as [TwoGroupTReport['groups'][0], TwoGroupTReport['groups'][0]];
      const df = ctx.m.num(r.df, Number.isInteger(r.df) ? 0 : 2);
      const reported = `t(${df}) = ${r.t.raw}; M = ${g1.mean.raw}, SD = ${g1.sd.raw}; M = ${g2.mean.raw}, SD = ${g2.sd.raw}`;
      out.push(
        makeFinding(
          ctx,
          'standard-error',
          j.verdict,
          r.place,
          reported,
          ctx.m.tTwoGroupsRecomputed(j.range[0], j.range[1], j.sizes, r.df + 2),
          j.verdict === 'consistent'
            ? ctx.m.tTwoGroupsConsistent()
            : j.verdict === 'inconsistent'
              ? ctx.m.tTwoGroupsInconsistent()
              : ctx.m.tTwoGroupsNoSizes(),
        ),
      );
    }
    return out;
  },
};
