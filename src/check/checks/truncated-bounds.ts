/**
 * A ratio's interval whose printed numbers were cut, not rounded. Hand-copied output often
 * drops the digits after the last one printed: the Woolf interval of the 2×2 table 51, 29 /
 * 25, 47 is 1.6991–6.4335 around OR 3.3062, and a thesis prints it "3,31 1,69-6,43". Read as
 * rounded, 1.69 and 6.43 put the centre √(lower·upper) at 3.290–3.303, just short of 3.305; read
 * as cut, 1.69 stands for [1.69, 1.70) and the centre reaches 3.309. A printed positive x with d
 * decimals then stands for [x − h, x + 2h) (h = half a unit of the last digit): rounded or cut.
 * The misprints the symmetry test exists for (a digit swapped, a bound from another row) move
 * the centre far more than one unit of the last digit. That holds only while one unit is small
 * against the bound: bounds printed with fewer than three significant digits (0.3–1.3,
 * 0.55–1.86) would gain 2–30% of slack, enough to pass an OR misprinted by several percent
 * (wild5's 0.74 at 0.3–1.3, whose counts give 0.655), so they are read as rounded only.
 */
import type { Num } from '../types.ts';
import { overlaps, type Interval } from '../rounding.ts';

/** What a printed positive number stands for when it may have been rounded or cut. */
function roundedOrCut(n: Num): Interval {
  return [n.value - n.half, n.value + 2 * n.half];
}

/** Fewest units of its last printed digit a bound must hold to be read as possibly cut: three significant digits. */
const MIN_UNITS = 100;

/** Is the ratio at the log-scale centre of its interval once its printed numbers may have been cut? */
export function centredWhenCut(ratio: Num, lower: Num, upper: Num): boolean {
  if (lower.value < MIN_UNITS * 2 * lower.half || upper.value < MIN_UNITS * 2 * upper.half) return false;
  const lo = roundedOrCut(lower);
  const hi = roundedOrCut(upper);
  const centre: Interval = [Math.sqrt(Math.max(lo[0], 0) * Math.max(hi[0], 0)), Math.sqrt(lo[1] * hi[1])];
  return overlaps(centre, roundedOrCut(ratio));
}
