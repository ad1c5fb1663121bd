/**
 * The points of a normal Q–Q plot: the sorted observed values against the standard normal
 * quantiles of Blom's plotting positions, z_i = Φ⁻¹((i − 3/8)/(n + 1/4)) — SPSS's
 * default for its Normal Q–Q plot (PPLOT /TYPE=Q-Q /FRACTION=BLOM), and R's
 * qqnorm() for n ≤ 10 (ppoints uses a = 3/8 there, 1/2 above). Missing and non-finite
 * values are left out. With more values than `max`, the order statistics at evenly spaced
 * ranks (always the smallest and the largest) stand for the rest, each with its own z.
 */
import { normalQuantile } from './distributions.ts';
import type { NumericInput } from './types.ts';

export interface NormalScores {
  /** Standard normal quantiles (Blom), ascending. */
  z: number[];
  /** The observed values at those ranks, ascending. */
  value: number[];
  /** Values in the sample (more than `z.length` when the points are a subset). */
  n: number;
  sampled: boolean;
}

export function normalScores(values: NumericInput, max = Number.POSITIVE_INFINITY): NormalScores {
  const sorted: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number' && Number.isFinite(v)) sorted.push(v);
  }
  sorted.sort((a, b) => a - b);
  const n = sorted.length;
  const ranks =
    n <= max || max < 2
      ? sorted.map((_, i) => i)
      : Array.from({ length: max }, (_, k) => Math.round((k * (n - 1)) / (max - 1)));
  return {
    z: ranks.map((i) => normalQuantile((i + 1 - 3 / 8) / (n + 1 / 4))),
    value: ranks.map((i) => sorted[i]!),
    n,
    sampled: ranks.length < n,
  };
}
