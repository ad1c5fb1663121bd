/**
 * Q–Q plot points against R 4 (run for this test): sort(qqnorm(c(3, 1, 2, NA, 5, 4))$x)
 * (ppoints uses Blom's a = 3/8 for n ≤ 10) = −1.1797611, −0.4972006, 0, 0.4972006,
 * 1.1797611; a subset keeps the smallest and largest values.
 */
import { describe, expect, it } from 'vitest';
import { normalScores } from '../../src/stats/normal-scores.ts';

describe('normalScores', () => {
  it('gives Blom’s normal quantiles beside the sorted values, missing values left out', () => {
    const q = normalScores([3, 1, 2, null, 5, 4]);
    expect(q.value).toEqual([1, 2, 3, 4, 5]);
    expect(q.n).toBe(5);
    expect(q.sampled).toBe(false);
    const r = [-1.1797611, -0.4972006, 0, 0.4972006, 1.1797611];
    q.z.forEach((z, i) => expect(z).toBeCloseTo(r[i]!, 6));
  });

  it('keeps evenly spaced order statistics, the extremes included, beyond the limit', () => {
    const values = Array.from({ length: 101 }, (_, i) => 100 - i);
    const q = normalScores(values, 11);
    expect(q.value).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(q.sampled).toBe(true);
    expect(q.n).toBe(101);
    // The median of 101 values sits at Blom position (51 − 3/8)/(101 + 1/4) = 0.5 exactly.
    expect(q.z[5]).toBe(0);
    // R: qnorm((1 - 3/8) / (101 + 1/4)) = −2.5021065.
    expect(q.z[0]).toBeCloseTo(-2.5021065, 6);
  });
});
