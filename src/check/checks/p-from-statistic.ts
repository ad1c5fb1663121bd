/**
 * The p a test statistic implies, as a range over the statistic's rounding, and whether a
 * reported p fits it: shared by the p-value check and the t-without-df check (a module of its
 * own so that neither imports the other).
 */
import { chiSquareUpperTail, fUpperTail, normalTwoSided, tTwoSided } from '../../stats/distributions.ts';
import type { PReport, StatKind, TestReport } from '../types.ts';
import { EPS, absInterval, overlaps, pInterval, type Interval } from '../rounding.ts';
import type { CheckContext } from './check.ts';

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
export function allowedRange(t: TestReport, df: number[] | null): Interval {
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

export const SYMMETRIC: ReadonlySet<StatKind> = new Set(['t', 'z', 'r']);

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
