/**
 * A hyphen that is a minus sign, not a range's dash, between two numbers of a table row
 * (./ratio-rows.ts). Columns set apart by spaces, as Stata and flipbook text print them, put a
 * negative number after a p: "0.000        -.0188729" is a p of 0.000 and a marginal effect of
 * −0.0189, not an interval from 0 to 0.0189. A range's dash stands between its bounds with
 * space on both sides or none; one with space before it and none after is the sign of the
 * number it touches.
 */
import type { Num } from '../types.ts';

const SIGN_OF_NEXT = /^\s+-$/;

/** Whether the text between `lower` and `upper` is a minus sign glued to `upper`, not a range dash. */
export function dashIsMinusSign(text: string, lower: Num, upper: Num): boolean {
  return SIGN_OF_NEXT.test(text.slice(lower.end, upper.start));
}
