/**
 * Rounding as intervals. A value printed with k decimals stands for every value within
 * ±0.5·10^-k of it; a check passes when what can be recomputed from the reported numbers
 * (an interval, because they are rounded too) meets what was reported.
 */
import type { Num, PReport } from './types.ts';

export type Interval = [number, number];

/** Slack for floating-point noise at interval edges (0.045 is not exactly representable). */
export const EPS = 1e-9;

export function numInterval(n: Num): Interval {
  return [n.value - n.half, n.value + n.half];
}

/** Interval of |value|, never below 0. */
export function absInterval(n: Num): Interval {
  const a = Math.abs(n.value);
  return [Math.max(0, a - n.half), a + n.half];
}

/** What a reported p stands for: `= .031` → [.0305, .0315]; `< .001` → [0, .001]; `> .05` → [.05, 1]. */
export function pInterval(p: PReport): Interval {
  const v = p.num.value;
  switch (p.op) {
    case '<':
    case '<=':
      return [0, v];
    case '>':
    case '>=':
      return [v, 1];
    default:
      return [Math.max(0, v - p.num.half), Math.min(1, v + p.num.half)];
  }
}

export function overlaps(a: Interval, b: Interval, eps = EPS): boolean {
  return a[0] <= b[1] + eps && b[0] <= a[1] + eps;
}

export function inside(x: number, i: Interval, eps = EPS): boolean {
  return x >= i[0] - eps && x <= i[1] + eps;
}

/** `p = .000` (or `p = 0`): printed as zero, which no p-value is. */
export function isZeroP(p: PReport): boolean {
  return p.op === '=' && p.num.value === 0;
}

export type Side = 'significant' | 'not-significant';

/** Which side of alpha the reported p puts the result on; null when it does not say (`p < .10` at α = .05). */
export function reportedSide(p: PReport, alpha: number): Side | null {
  const v = p.num.value;
  if (p.op === '=') return v <= alpha + EPS ? 'significant' : 'not-significant';
  if (p.op === '<' || p.op === '<=') return v <= alpha + EPS ? 'significant' : null;
  return v >= alpha - EPS ? 'not-significant' : null;
}

/** Which side of alpha a recomputed p range is on; null when it straddles alpha. */
export function rangeSide(range: Interval, alpha: number): Side | null {
  if (range[1] <= alpha) return 'significant';
  if (range[0] > alpha) return 'not-significant';
  return null;
}

/**
 * Does a printed p, read as the interval its rounding allows, lie wholly on one side of alpha
 * and the recomputed range wholly on the other (a decision error, when the p does not fit)?
 */
export function printedAndRecomputedSidesDiffer(p: PReport, range: Interval, alpha: number): boolean {
  const printed = rangeSide(pInterval(p), alpha);
  const recomputed = rangeSide(range, alpha);
  return printed !== null && recomputed !== null && printed !== recomputed;
}
