/**
 * Check 1: p against the test statistic and its degrees of freedom. The statistic is
 * rounded, so it stands for an interval and the recomputed p is a range; the reported p
 * is consistent when that range meets what the reported p stands for (`= .031` →
 * [.0305, .0315], `< .001` → below .001, `ns` → above alpha). A statistic given as a
 * bound (`t(28) < 2.20`) bounds p on one side only. A one-tailed reading (half the
 * two-tailed p of t, z or r) is used only when the sentence or the document says the test
 * was one-tailed or directional, as statcheck does. Impossible values (p above 1 or below
 * 0, |r| above 1) are inconsistent. Decision errors follow statcheck's definition: an
 * inconsistent p whose reported and recomputed (at the printed statistic) sides of alpha
 * differ, p = alpha counting as significant. `p = .000` is a reporting issue of its own.
 */
import type { TestReport } from '../types.ts';
import { absInterval, isZeroP, pInterval, type Interval } from '../rounding.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';
import { checkTWithoutDf } from './t-without-df.ts';
import { checkChiSquareWithoutDf } from './chi-square-without-df.ts';
import { checkFWithoutErrorDf } from './f-without-error-df.ts';
import { checkRWithoutDf } from './r-without-df.ts';
import { rBracketIsSampleSize } from './r-sample-size-df.ts';
import { lostLessThan } from './table-floor-p.ts';
import { namesAdjustedP } from './adjusted-p.ts';
import { pAboveOneNamesTest } from './p-above-one.ts';
import { SYMMETRIC, allowedRange, isDecisionError, pFits, pOf, statText } from './p-from-statistic.ts';

function checkTest(ctx: CheckContext, t: TestReport): Located | null {
  const p = t.p;
  if (!p) return null;
  const { m } = ctx;
  const reported = ctx.source.quote(Math.min(t.place.start, p.start), Math.max(t.place.end, p.end));
  const zero = isZeroP(p);
  const at = { ...t.place, start: Math.min(t.place.start, p.start), end: Math.max(t.place.end, p.end) };
  const impossible = (why: string) => makeFinding(ctx, 'p-value', 'inconsistent', at, reported, m.noneRecomputed, why);
  if ((p.op === '=' || p.op === '>' || p.op === '>=') && p.num.value > 1) return impossible(m.pAboveOne());
  if ((p.op === '<' || p.op === '<=') && p.num.value <= 0) return impossible(m.pBelowZero());
  if (t.kind === 'r' && t.op === '=' && Math.abs(t.value.value) > 1) return impossible(m.rOutOfRange());
  const dfNeeded = t.kind === 'F' ? 2 : t.kind === 'z' ? 0 : 1;
  if ((t.df?.length ?? 0) < dfNeeded || t.df?.some((d) => !(d > 0))) {
    const label = t.label;
    // A t's or χ²'s p can be impossible at every df, an F(1, ?)'s at every error df.
    const anyDf =
      t.df === null || t.df.length === 0
        ? (checkTWithoutDf(ctx, t, at, reported, zero) ?? checkChiSquareWithoutDf(ctx, t, at, reported, zero))
        : checkFWithoutErrorDf(ctx, t, at, reported, zero);
    if (anyDf) return anyDf;
    const bySample = t.df === null || t.df.length === 0 ? checkRWithoutDf(ctx, t, at, reported, zero) : null;
    if (bySample) return bySample;
    if (zero)
      return makeFinding(
        ctx,
        'p-value',
        'reporting-issue',
        at,
        reported,
        m.noneRecomputed,
        `${m.pZero()} ${m.pNoDf(label)}`,
      );
    return makeFinding(ctx, 'p-value', 'not-checkable', at, reported, m.noneRecomputed, m.pNoDf(label));
  }
  const stat = absInterval(t.value);
  if (t.kind === 'r' && stat[0] >= 1)
    return makeFinding(ctx, 'p-value', 'not-checkable', at, reported, m.noneRecomputed, m.rOutOfRange());
  const two = allowedRange(t, t.df);
  const one: Interval = [two[0] / 2, two[1] / 2];
  const symmetric = SYMMETRIC.has(t.kind);
  const statedOne = symmetric && (t.tails === 'one' || p.oneTailedLabel);
  const st = statText(ctx, t, stat);

  let verdict: 'consistent' | 'inconsistent' | 'decision-error';
  let explanation: string;
  let used: Interval;
  let tails: 'one' | 'two';
  if (statedOne && pFits(one, p)) {
    [verdict, explanation, used, tails] = ['consistent', m.pConsistentOneTailedStated(), one, 'one'];
  } else if (pFits(two, p)) {
    [verdict, explanation, used, tails] = ['consistent', m.pConsistent(), two, 'two'];
  } else if (lostLessThan(p, t.origin, two[1])) {
    const recomputed = m.pRecomputed(two[0], two[1], symmetric ? 'two' : null, st);
    return makeFinding(ctx, 'p-value', 'not-checkable', at, reported, recomputed, m.pTableFloor(p.num.raw));
  } else if (pInterval(p)[0] > two[1] && namesAdjustedP(ctx.source.text, at)) {
    const recomputed = m.pRecomputed(two[0], two[1], symmetric ? 'two' : null, st);
    return makeFinding(ctx, 'p-value', 'not-checkable', at, reported, recomputed, m.pAdjusted());
  } else {
    const bracketIsN = rBracketIsSampleSize(ctx, t, p, at, reported);
    if (bracketIsN) return bracketIsN;
    used = statedOne ? one : two;
    tails = statedOne ? 'one' : 'two';
    const computed = pOf(t.kind, Math.abs(t.value.value), t.df) / (tails === 'one' ? 2 : 1);
    if (isDecisionError(t, p, computed, ctx.alpha))
      [verdict, explanation] = [
        'decision-error',
        m.pDecisionError(ctx.alpha, computed <= ctx.alpha ? 'significant' : 'not-significant'),
      ];
    else if (symmetric && !statedOne && pFits(one, p))
      [verdict, explanation] = ['inconsistent', m.pOnlyOneTailedUnstated()];
    else [verdict, explanation] = ['inconsistent', m.pInconsistent()];
  }
  const recomputed = m.pRecomputed(used[0], used[1], symmetric ? tails : null, st);
  if (t.dfFromTwoByTwo) explanation += ` ${m.pDfFromTwoByTwo()}`;
  if (zero) {
    if (verdict === 'consistent')
      return makeFinding(ctx, 'p-value', 'reporting-issue', at, reported, recomputed, m.pZero());
    explanation += ` ${m.pZeroAlso()}`;
  }
  return makeFinding(ctx, 'p-value', verdict, at, reported, recomputed, explanation);
}

/** Right after a p: a comparison with a significance level (`< 0,05`, `> α = .01`). */
const COMPARED_WITH_LEVEL =
  /^\s*\)?\s*(?:<|>|≤|≥|<=|>=)\s*(?:\(?\s*(?:α|alpha)\s*=?\s*)?0?[.,](?:05|01|1|10|001)(?![\d])/iu;

export const pValueCheck: CheckUnit = {
  id: 'p-value',
  run(ctx) {
    const out: Located[] = [];
    for (const t of ctx.extraction.tests) {
      const f = checkTest(ctx, t);
      if (f) out.push(f);
    }
    // A p-value without a statistic can only be judged when it is printed as .000 or below it (a value above 1
    // without a statistic is more often a probability or a misread label than a p-value).
    for (const { p, place, attached } of ctx.extraction.pValues) {
      if (attached) continue;
      // …unless the text compares it with a level ("P value = 10,868 < 0,05"): then it is used as a p.
      // …or a clause names the test it is the p of (./p-above-one.ts).
      // "p < .000" needs no statistic to be wrong: no p lies below 0 (statcheck counts it an error).
      // Two zero decimals at least: "p < 0 , 0 5" is a level spaced apart, read as far as its 0.
      const judged =
        p.op === '=' &&
        p.num.value > 1 &&
        (COMPARED_WITH_LEVEL.test(ctx.source.text.slice(p.end, p.end + 40)) ||
          pAboveOneNamesTest(ctx.source.text, p.start))
          ? (['inconsistent', ctx.m.pAboveOne(), { ...place, end: Math.max(place.end, p.end) }] as const)
          : p.op === '<' && p.num.value === 0 && p.num.decimals >= 2
            ? (['inconsistent', ctx.m.pBelowZero(), place] as const)
            : isZeroP(p)
              ? (['reporting-issue', ctx.m.pZero(), place] as const)
              : null;
      if (!judged) continue;
      const [verdict, explanation, at] = judged;
      out.push(
        makeFinding(
          ctx,
          'p-value',
          verdict,
          at,
          ctx.source.quote(place.start, place.end),
          ctx.m.noneRecomputed,
          explanation,
        ),
      );
    }
    return out;
  },
};
