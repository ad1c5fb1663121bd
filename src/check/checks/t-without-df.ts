/**
 * A t printed without its degrees of freedom ("t hitung = 2,45 dengan p = 0,02"). Its p cannot
 * be recomputed, but it can still be impossible: the two-tailed p of a given |t| moves only
 * between its value at df = 1 (the heaviest tails) and the normal limit, so a p outside what
 * every df from 1 to infinity allows is inconsistent whatever the df was. Any df counts (Welch's
 * df need not be whole), so the allowed p is the hull of the ranges over df; a p that some df
 * (or, for t, a one-tailed reading at some df) would give stays not checkable. A decision error
 * is reported only when the recomputed p at the printed t lies on the other side of alpha at
 * every df.
 */
import { absInterval, type Interval } from '../rounding.ts';
import type { TestReport } from '../types.ts';
import { makeFinding, type CheckContext, type Located } from './check.ts';
import { isDecisionError, pFits, pOf, statText } from './p-from-statistic.ts';

/** df at which the p range is taken: dense where p changes fast with df, then towards the normal limit. */
const DF_GRID: readonly number[] = [
  ...Array.from({ length: 60 }, (_, i) => 1 + i * 0.5),
  ...Array.from({ length: 70 }, (_, i) => 31 + i),
  120,
  150,
  200,
  300,
  500,
  1000,
  1e4,
  1e6,
];

/** The hull of the two-tailed p a t's printed value (and bound) allows over every df ≥ 1. */
function anyDfRange(t: TestReport): Interval {
  const stat = absInterval(t.value);
  let lo = 1;
  let hi = 0;
  for (const d of DF_GRID) {
    const low = t.op === '<' ? pOf('t', stat[0], [d]) : t.op === '>' ? 0 : pOf('t', stat[1], [d]);
    const high = t.op === '<' ? 1 : t.op === '>' ? pOf('t', stat[1], [d]) : pOf('t', stat[0], [d]);
    lo = Math.min(lo, low);
    hi = Math.max(hi, high);
  }
  return [lo, hi];
}

/**
 * The finding for a t without df whose p no df allows; null when some df allows it (the caller
 * then reports it as not checkable).
 */
export function checkTWithoutDf(
  ctx: CheckContext,
  t: TestReport,
  at: TestReport['place'],
  reported: string,
  zero: boolean,
): Located | null {
  const p = t.p;
  // A whole number after "t" is too often something else (a time, a count) to call it impossible.
  if (t.kind !== 't' || !p || p.ns || t.value.decimals === 0) return null;
  const two = anyDfRange(t);
  const one: Interval = [two[0] / 2, two[1] / 2];
  if (pFits(two, p) || pFits(one, p)) return null;
  const statedOne = t.tails === 'one' || p.oneTailedLabel;
  const used = statedOne ? one : two;
  const { m } = ctx;
  const label = t.label;
  const printed = Math.abs(t.value.value);
  const atPrinted = DF_GRID.map((d) => pOf('t', printed, [d]) / (statedOne ? 2 : 1));
  const side = (c: number) => isDecisionError(t, p, c, ctx.alpha);
  let explanation: string;
  let verdict: 'inconsistent' | 'decision-error';
  if (atPrinted.every(side)) {
    verdict = 'decision-error';
    explanation = m.pDecisionErrorAnyDf(
      label,
      ctx.alpha,
      atPrinted[0]! <= ctx.alpha ? 'significant' : 'not-significant',
    );
  } else {
    verdict = 'inconsistent';
    explanation = m.pInconsistentAnyDf(label);
  }
  if (zero) explanation += ` ${m.pZeroAlso()}`;
  const recomputed = m.pRecomputedAnyDf(
    used[0],
    used[1],
    statedOne ? 'one' : 'two',
    statText(ctx, t, absInterval(t.value)),
  );
  return makeFinding(ctx, 'p-value', verdict, at, reported, recomputed, explanation);
}
