/**
 * A number printed with a % sign is a level or a share, never a ratio: in the table row
 * "95% confidence interval | 0.55–1.06 | 1.04–1.14 | …", whose hazard ratios stand on the row
 * above, the 95 is the interval's level, and it was read as "HR = 95" outside its interval.
 */
import type { Num } from '../types.ts';

export function printedAsPercent(text: string, n: Num): boolean {
  return /^\s*%/u.test(text.slice(n.end, n.end + 3));
}
