/**
 * The side of the level a ratio's interval puts it on, and the p its bounds alone imply.
 * A 95% interval that excludes 1 at every rounding of its bounds says p < .05 for the test
 * it inverts; the estimate, rounded on its own, need not sit at the interval's centre, so the
 * p recomputed from it (./confidence-interval.ts) may run far wider. A p from another test of
 * the same data (χ², exact) may differ from the interval's Wald p near the level, but not
 * cross it by more than a factor of two of what the bounds imply.
 */
import { normalTwoSided } from '../../stats/distributions.ts';
import type { Interval } from '../rounding.ts';

/**
 * The two-sided Wald p of ln(ratio) = 0 implied by the bounds alone, over their rounding
 * intervals: z = zc·(ln L + ln U)/(ln U − ln L), a linear-fractional function of (ln L, ln U),
 * so its extremes over the box are at its corners (and 0 when the centre can be 1).
 */
export function boundsOnlyWaldP(lower: Interval, upper: Interval, zc: number): Interval | null {
  if (!(lower[0] > 0) || !(upper[0] > lower[1])) return null;
  const zs: number[] = [];
  for (const l of lower)
    for (const u of upper) {
      const a = Math.log(l);
      const b = Math.log(u);
      zs.push(Math.abs((zc * (a + b)) / (b - a)));
    }
  const centreCanBeOne = Math.log(lower[0]) + Math.log(upper[0]) <= 0 && Math.log(lower[1]) + Math.log(upper[1]) >= 0;
  const zMin = centreCanBeOne ? 0 : Math.min(...zs);
  return [normalTwoSided(Math.max(...zs)), normalTwoSided(zMin)];
}
