/**
 * A run of p cells in a table row stored as text: "P, vs. controls 0.072 <0.0001 < 0.0001 <
 * 0.0001", one p per group. Read pairwise, "0.072 <0.0001" looks like a p compared with a level
 * by a false sign, and "0.0001 < 0.0001" like one compared with itself. A real comparison of a p
 * with the level ("p = 0,021 > 0,05") stands alone: its p follows a label or "=", not another
 * sign, and no further sign and number follow its level. So a comparison whose p comes right
 * after a comparison sign, or whose level is followed by another sign and a number, is a run of
 * cells, not a comparison.
 */

const SIGN_BEFORE = /[<>≤≥]\s*$/u;
const SIGN_NUMBER_AFTER = /^\s*[<>≤≥]\s*\d|^\s*[<>≤≥]\s*[.,]\d/u;

/** Does the comparison from `pStart` to `levelEnd` stand in a run of p cells (a sign before its p, or a sign and a number after its level)? */
export function inRunOfPCells(text: string, pStart: number, levelEnd: number): boolean {
  return (
    SIGN_BEFORE.test(text.slice(Math.max(0, pStart - 3), pStart)) ||
    SIGN_NUMBER_AFTER.test(text.slice(levelEnd, levelEnd + 6))
  );
}
