/**
 * Whether a number printed in the cell before an interval cell can be that interval's ratio
 * (./ratio-rows.ts). A table may print its counts, shares and ratios on one line and their
 * `(n = 78/99)` and `(1.2-1.8)` on the next, so the number right before an interval cell can
 * be the last of another column's counts. A ratio's cell holds the ratio alone; when the
 * number is the denominator of a fraction (`78/99`), or shares its pipe cell with another
 * number or with `=`, which cell is the ratio of that interval is not known, and none is read.
 */
import type { Num } from '../types.ts';

/** A fraction's denominator: `78/99`, `78 / 99`. */
const AFTER_SLASH = /\/\s*$/;

/** Whether the number `value`, read from the cell before an interval's, may be its ratio. */
export function mayBeRatioOfNextCell(text: string, value: Num): boolean {
  if (AFTER_SLASH.test(text.slice(Math.max(0, value.start - 4), value.start))) return false;
  const lineStart = text.lastIndexOf('\n', value.start - 1) + 1;
  const nextLine = text.indexOf('\n', value.end);
  const lineEnd = nextLine < 0 ? text.length : nextLine;
  const before = text.slice(lineStart, value.start);
  const after = text.slice(value.end, lineEnd);
  const open = before.lastIndexOf('|');
  const close = after.indexOf('|');
  // Not a pipe row: its cells are not known, and the denominator test above is all there is.
  if (open < 0 || close < 0) return true;
  const rest = before.slice(open + 1) + after.slice(0, close);
  return !/[\d=/]/.test(rest);
}
