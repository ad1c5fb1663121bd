/**
 * An interval bound whose decimal point was lost in print (./ratio-rows.ts): "0.928
 * (0784–1.099)". No whole number is printed with a leading zero, so "0784" is 0.784 with its
 * point dropped, not a bound of 784 above the upper one (a reversed interval, to be flagged).
 * The point is put back only where there is no doubt where it went: a leading 0, then as many
 * digits as the other bound has decimals.
 */
import type { Num } from '../types.ts';

const LEADING_ZERO_WHOLE = /^0(\d+)$/;

/** `bound` with its lost point restored after the leading 0, when `other` shows how many decimals it had; else `bound`. */
export function withLostPoint(bound: Num, other: Num): Num {
  const m = LEADING_ZERO_WHOLE.exec(bound.raw);
  if (!m || m[1]!.length !== other.decimals) return bound;
  const decimals = m[1]!.length;
  return { ...bound, value: Number(`0.${m[1]}`), decimals, half: 0.5 * 10 ** -decimals };
}
