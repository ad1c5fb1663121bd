/**
 * "Variable Improved patients (N = 6) Non-improved patients (N = 4) p-value (t-test) Mean age
 * (year) 55.33 ± 21.38 60.25 ± 14.10": a table header that gives each column's group size before
 * a row of means. The n nearest to the row's first mean is the last column's, not its own, and a
 * GRIM test of 55.33 with n = 4 (it needs n = 3 or 6) flagged a correct mean. With two or more
 * different sizes before a mean and none after it, the text does not say which group the mean is
 * of, so it is given no n.
 */

/** `before`: the sizes stated before the mean (after the previous mean); `after`: how many after it. */
export function groupOfMeanUnknown(before: number[], after: number): boolean {
  return after === 0 && new Set(before).size >= 2;
}
