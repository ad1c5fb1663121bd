/**
 * A number printed with a % sign is a level or a share, never a ratio: in the table row
 * "95% confidence interval | 0.55–1.06 | 1.04–1.14 | …", whose hazard ratios stand on the row
 * above, the 95 is the interval's level, and it was read as "HR = 95" outside its interval.
 */
import type { Num } from '../types.ts';

export function printedAsPercent(text: string, n: Num): boolean {
  return /^\s*%/u.test(text.slice(n.end, n.end + 3));
}

/**
 * A bound printed with a % sign is a share or a change in percent, so two numbers one of which
 * carries it are not a ratio's interval: in a stepwise logistic table whose columns are an OR and
 * its change from the first model ("1,654 -3,78%"), the two were read as the interval 1,654 – 3,78.
 */
export function boundPrintedAsPercent(text: string, lower: Num, upper: Num): boolean {
  return printedAsPercent(text, lower) || printedAsPercent(text, upper);
}
