/**
 * A ratio whose digits run straight into the count cells before it, where a page stores a
 * table's row without separators: "Quintile 1561042.15 (1.30, 3.57)" is quintile 1, counts 56
 * and 104, then OR 2.15. Unlike a label's one or two digits (./glued-ratio-labels.ts), the counts
 * may have any number of digits, so where they end cannot be read: such a ratio is not checked.
 * It is taken for one when its integer part has three digits or more, it lies outside its own
 * interval, and dropping some of its leading digits leaves a value at the interval's centre on
 * the log scale, within the rounding of what is printed (2.15 against √(1.30·3.57) = 2.154). A
 * ratio of three digits outside its interval with no such tail is a misprint and stays checked.
 */
import { numInterval, overlaps } from '../rounding.ts';
import type { Num } from '../types.ts';
import { centreRange } from './glued-ratio-labels.ts';
import { parseNum } from './numbers.ts';

const MIN_GLUED_DIGITS = 3;

/** Whether a ratio as read is counts run into a ratio, which cannot be told apart. */
export function runsIntoCounts(value: Num, lower: Num, upper: Num): boolean {
  const digits = /^\d+/.exec(value.raw)?.[0];
  if (!digits || digits.length < MIN_GLUED_DIGITS) return false;
  const [lo, hi] = numInterval(value);
  if (hi >= lower.value - lower.half && lo <= upper.value + upper.half) return false;
  const centre = centreRange(lower, upper);
  for (let k = 1; k < digits.length; k++) {
    const rest = value.raw.slice(k);
    if (/^0\d/.test(rest)) continue;
    const shorter = parseNum(rest, value.start + k);
    if (shorter && overlaps(numInterval(shorter), centre)) return true;
  }
  return false;
}
