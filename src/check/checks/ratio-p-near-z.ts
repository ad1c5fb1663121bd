/**
 * A ratio's p from another test of the same counts can be far smaller than the Wald p of its
 * printed interval once p is small: the Pearson χ² (score) test gains on the Wald test in the
 * tails. For the 2×2 table 12, 2 / 6, 20 the χ² p is 0.00015 and the Wald p of the Woolf
 * interval 0.0008: a factor of five, yet their z are 3.80 and 3.35. Where the Wald p is below
 * 0.01 (there a factor of two in p is only a few per cent in z), a printed p whose z is up to
 * 15% above the Wald z (on the same side of alpha) is not flagged. A printed p above the Wald p
 * keeps the factor-of-two rule, and so do larger p (there a factor of two is already about 12%
 * in z).
 */
import { normalQuantile } from '../../stats/distributions.ts';
import { overlaps, type Interval } from '../rounding.ts';

export const WALD_Z_TOLERANCE = 0.15;
const SMALL_P = 0.01;

/** The two-sided z of a p (infinite for p = 0). */
const zOf = (p: number): number => (p <= 0 ? Number.POSITIVE_INFINITY : normalQuantile(1 - Math.min(p, 1) / 2));

/** Is a printed p (as an interval) below a small Wald p range `wald`, within 15% of its z? */
export function withinWaldZ(wald: Interval, printed: Interval): boolean {
  if (wald[1] >= SMALL_P) return false;
  const z: Interval = [zOf(wald[1]), zOf(wald[0])];
  const zp: Interval = [zOf(printed[1]), zOf(printed[0])];
  return overlaps([z[0], z[1] * (1 + WALD_Z_TOLERANCE)], zp);
}
