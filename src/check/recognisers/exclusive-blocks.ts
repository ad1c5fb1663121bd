/**
 * A column block of a published table (row-shares.ts: the pairs of one column in consecutive
 * rows whose percentages add up to 100) is one variable's categories, of one total, only if the
 * same rows are an exhaustive set in the table's other groups as well. Rows of conditions that
 * are not exclusive (under "Comorbidity, n (%)": CVD, diabetes, depression, cancer) can add up
 * to about 100 in one column by chance (48 + 23 + 14 + 13) and not in another column of the
 * same kind (4 + 15 + 16 + 12 of 209 patients); their shares are of each group's n, not of the
 * block's sum.
 *
 * Another column is of the same kind, column shares, when one total gives all its shares in
 * these rows (8 (4), 32 (15), 34 (16), 25 (12): each is of 209). Row shares (HTN 32 (16.1) of a
 * row's 199) or shares of each row's own count (ever tested 746 (53.9) of 1384) have no common
 * total and say nothing about the block. A misprinted share in the other column (a slipped
 * digit) moves its sum by little, so that column disagrees only when its sum is off 100 by more
 * than MISPRINT percentage points beyond its rounding.
 */
import { EPS } from '../rounding.ts';
import type { Num } from '../types.ts';

const MISPRINT = 5;

interface Share {
  count: number;
  pct: Num;
}

/** Is there one whole-number total (at least the largest count) of which every count gives its printed share? */
function commonTotal(shares: Share[]): boolean {
  let lo = Math.max(...shares.map((s) => s.count));
  let hi = Infinity;
  for (const { count, pct } of shares) {
    lo = Math.max(lo, (100 * count) / (pct.value + pct.half));
    if (pct.value - pct.half > EPS) hi = Math.min(hi, (100 * count) / (pct.value - pct.half));
  }
  return Math.floor(hi + EPS) >= Math.ceil(lo - EPS);
}

/**
 * Given each row's pairs and the block's column `k`: does no other column of column shares, with
 * a pair in every row of the block, show that these rows are not an exhaustive set?
 */
export function addsUpInOtherColumns(rows: Share[][], k: number): boolean {
  const width = Math.min(...rows.map((pairs) => pairs.length));
  for (let j = 0; j < width; j++) {
    if (j === k) continue;
    const shares = rows.map((pairs) => pairs[j]!);
    if (!commonTotal(shares)) continue;
    const sum = shares.reduce((s, p) => s + p.pct.value, 0);
    const slack = shares.reduce((s, p) => s + p.pct.half, 0);
    if (Math.abs(sum - 100) > slack + MISPRINT) return false;
  }
  return true;
}
