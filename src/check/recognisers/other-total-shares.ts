/**
 * A group named in prose and split into its categories with percentages whose % signs were lost:
 * "dari 18 responden … sebanyak 2 orang 6,9 ada … dan sebanyak 16 orang 14,4 tidak …". The
 * counts make up the whole group (2 + 16 = 18), so shares of the group would add up to 100; these
 * add up to 21,3. They are the shares of other totals, a cross table's column shares restated
 * (2 of the column's 29 is 6,9%), and the sentence does not say which: they are not read as
 * shares of the group when each is some whole total's share of its count. A split whose shares
 * add up to 100 is of the group, and is checked; so is one with a share no whole total gives
 * its count ("dari 74 kasus, 70 orang 68,9": 70/101 = 69,31, 70/102 = 68,63), a misprint.
 */
// Not checks/table-restated-prose-shares.ts: this needs no table but two or more shares making up the group; that one drops a lone share ("%" or not) only when a column printed before it holds it.
import type { CountPct } from '../types.ts';
import { addsTo100, anyTotalFits } from '../checks/percentages.ts';

/** Whether pairs that make up a whole group of n have shares that cannot be of n. */
export function sharesOfAnotherTotal(pairs: CountPct[], n: number): boolean {
  if (pairs.length < 2) return false;
  const sum = pairs.reduce((s, p) => s + p.count, 0);
  return sum === n && !addsTo100(pairs.map((p) => p.pct)) && pairs.every((p) => anyTotalFits(p.count, p.pct));
}
