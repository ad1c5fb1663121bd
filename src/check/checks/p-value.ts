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
import { chiSquareUpperTail, fUpperTail, normalTwoSided, tTwoSided } from '../../stats/distributions.ts';
import type { PReport, StatKind, TestReport } from '../types.ts';
import { EPS, absInterval, isZeroP, overlaps, pInterval, type Interval } from '../rounding.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';
import { checkTWithoutDf } from './t-without-df.ts';

/** p of a statistic's absolute value: two-tailed for t, z and r; upper tail for F and χ². */
export function pOf(kind: StatKind, x: number, df: number[] | null): number {
  switch (kind) {
    case 't':
      return tTwoSided(x, df![0]!);
    case 'z':
      return normalTwoSided(x);
    case 'r': {
      const d = df![0]!;
      if (x >= 1) return 0;
      return tTwoSided(x * Math.sqrt(d / (1 - x * x)), d);
    }
    case 'F':
      return fUpperTail(x, df![0]!, df![1]!);
    case 'chi2':
      return chiSquareUpperTail(x, df![0]!);
  }
}

/** The range of p over the rounding interval of the statistic (p falls as |statistic| grows). */
export function pRange(kind: StatKind, stat: Interval, df: number[] | null): Interval {
  const hi = kind === 'r' ? Math.min(stat[1], 1) : stat[1];
  return [pOf(kind, hi, df), pOf(kind, stat[0], df)];
}

/**
 * The p range a reported statistic allows: its rounding interval for `=`; for a bound, p
 * on one side of the p at the bound's far rounding edge (`t < 2.20` → p ≥ p(2.195)).
 */
function allowedRange(t: TestReport, df: number[] | null): Interval {
  const stat = absInterval(t.value);
  if (t.op === '<') return [pOf(t.kind, stat[0], df), 1];
  if (t.op === '>') return [0, pOf(t.kind, Math.min(stat[1], t.kind === 'r' ? 1 : Infinity), df)];
  return pRange(t.kind, stat, df);
}

/** Relative slack for a bound printed from a computed p with 15 digits (`p < 0.0324934361512094`): a tie at that bound is not inside it. */
const BOUND_SLACK = 1e-14;

/** Whether a recomputed p range agrees with the reported p. */
export function pFits(range: Interval, p: PReport): boolean {
  const v = p.num.value;
  switch (p.op) {
    case '<':
    case '<=':
      return range[0] < v * (1 - BOUND_SLACK);
    case '>':
    case '>=':
      return range[1] > v * (1 + BOUND_SLACK);
    default:
      return overlaps(range, pInterval(p));
  }
}

/** statcheck's decision error, at the p of the printed statistic (`computed`), p = alpha significant. */
export function isDecisionError(t: TestReport, p: PReport, computed: number, alpha: number): boolean {
  const v = p.num.value;
  const lt = p.op === '<' || p.op === '<=';
  const gt = p.op === '>' || p.op === '>=';
  const a = alpha + EPS;
  if (t.op === '=') {
    if (lt) return v <= a && computed > alpha;
    if (gt) return v >= alpha - EPS && computed <= alpha;
    return (v <= a && computed > alpha) || (v > a && computed <= alpha);
  }
  if (t.op === '<') return !gt && v <= a && computed >= alpha;
  if (lt) return false;
  if (gt) return v >= alpha - EPS && computed <= alpha;
  return v > a && computed <= alpha;
}

const SYMMETRIC: ReadonlySet<StatKind> = new Set(['t', 'z', 'r']);

export function statText(ctx: CheckContext, t: TestReport, interval: Interval): string {
  const df = t.df
    ? `(${t.df.map((d) => ctx.m.num(d, Number.isInteger(d) ? 0 : 2)).join(ctx.lang === 'id' ? '; ' : ', ')})`
    : '';
  const label =
    t.kind === 'chi2' && t.label !== 'Wald' && !t.label.startsWith('Q')
      ? 'χ²'
      : t.label.replace(/^nilai\s+/i, '').replace(/\s.*$/, '');
  const d = t.value.decimals + 1;
  if (t.op !== '=') return `|${label}${df}| ${t.op} ${ctx.m.num(Math.abs(t.value.value), t.value.decimals)}`;
  return `|${label}${df}| ∈ ${ctx.m.range(interval[0], interval[1], d)}`;
}

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
    // A t's p can be impossible at every df.
    const anyDf = t.df === null || t.df.length === 0 ? checkTWithoutDf(ctx, t, at, reported, zero) : null;
    if (anyDf) return anyDf;
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
  } else {
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
    // A p-value without a statistic can only be judged when it is printed as .000 (a value above 1
    // without a statistic is more often a probability or a misread label than a p-value).
    for (const { p, place, attached } of ctx.extraction.pValues) {
      if (attached) continue;
      // …unless the text compares it with a level ("P value = 10,868 < 0,05"): then it is used as a p.
      if (p.op === '=' && p.num.value > 1 && COMPARED_WITH_LEVEL.test(ctx.source.text.slice(p.end, p.end + 40))) {
        out.push(
          makeFinding(
            ctx,
            'p-value',
            'inconsistent',
            { ...place, end: Math.max(place.end, p.end) },
            ctx.source.quote(place.start, place.end),
            ctx.m.noneRecomputed,
            ctx.m.pAboveOne(),
          ),
        );
        continue;
      }
      if (!isZeroP(p)) continue;
      out.push(
        makeFinding(
          ctx,
          'p-value',
          'reporting-issue',
          place,
          ctx.source.quote(place.start, place.end),
          ctx.m.noneRecomputed,
          ctx.m.pZero(),
        ),
      );
    }
    return out;
  },
};
