/**
 * Shares under a group size that some rows fall short of. A table whose notes say data are
 * missing ("slight variations in the number of patients who provided information"), or a row
 * analysed with fewer cases, prints shares of totals at or below the group's size, and those
 * totals are not printed. A share that fits the size is still read as of it, and one that no total
 * up to the size can give (57.0% of a count of 279 needs 489 or 490 people, in a group of 477)
 * is wrong whatever is missing; any other share may be of the smaller total and is not judged.
 */
import { EPS } from '../rounding.ts';
import { matches } from '../checks/percentages.ts';
import type { Num } from '../types.ts';

/** No total up to the group's size gives this share of this count: only a larger group could. */
export function aboveSize(count: number, pct: Num, size: number): boolean {
  return (100 * count) / (pct.value + pct.half) > size + EPS;
}

/** Whether a share of a group with missing data can be judged against the group's size. */
export function judgedDespiteMissing(count: number, pct: Num, size: number): boolean {
  return count <= size && (matches(count, size, pct) || aboveSize(count, pct, size));
}
