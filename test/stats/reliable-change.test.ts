/** Jacobson & Truax (1991) reliable change index. */
import { describe, expect, it } from 'vitest';
import { reliableChange } from '../../src/stats/reliable-change.ts';
import { isFailure } from '../../src/stats/types.ts';

describe('reliableChange', () => {
  const result = reliableChange([24, 21, 18, null], [16, 15, 22, 20], { sd: 6.35, reliability: 0.78 });
  if (isFailure(result)) throw new Error(result.error.message);

  it('S_diff = √2 · SD · √(1 − r) = 4.2121 for SD 6.35 and reliability .78', () => {
    expect(result.sDiff.toFixed(4)).toBe('4.2121');
    expect(result.se).toBeCloseTo(6.35 * Math.sqrt(0.22), 12);
    expect(result.sDiff).toBeCloseTo(Math.SQRT2 * result.se, 12);
  });

  it('RCI per participant: 24→16, 21→15, 18→22', () => {
    const rci = result.participants.map((p) => p.rci);
    // Published rounding: −1.899, −1.425, +0.950 (the exact −6/4.21212 = −1.42446).
    [-1.899, -1.425, 0.95].forEach((v, i) => expect(Math.abs(rci[i]! - v)).toBeLessThan(1e-3));
    expect(rci[0]).toBeCloseTo(-8 / result.sDiff, 12);
    expect(result.participants.map((p) => p.change)).toEqual([-8, -6, 4]);
  });

  it('flags |RCI| > 1.96 as reliable and gives the direction of change', () => {
    expect(result.participants.map((p) => [p.reliable, p.direction])).toEqual([
      [false, 'decrease'],
      [false, 'decrease'],
      [false, 'increase'],
    ]);
    const big = reliableChange([30, 10], [20, 10], { sd: 6.35, reliability: 0.78 });
    if (isFailure(big)) throw new Error(big.error.message);
    expect(big.participants.map((p) => [p.rci < -1.96, p.reliable, p.direction])).toEqual([
      [true, true, 'decrease'],
      [false, false, 'none'],
    ]);
    expect(big.reliableDecrease).toBe(1);
    expect(big.noReliableChange).toBe(1);
  });

  it('skips incomplete pairs and counts them as missing', () => {
    expect(result.n).toBe(3);
    expect(result.missing).toBe(1);
    expect(result.participants.map((p) => p.row)).toEqual([0, 1, 2]);
  });

  it('rejects a reliability of 1 or more and a non-positive SD', () => {
    const a = reliableChange([1], [2], { sd: 6, reliability: 1 });
    const b = reliableChange([1], [2], { sd: 0, reliability: 0.8 });
    expect(isFailure(a) && a.error.code).toBe('invalid-argument');
    expect(isFailure(b) && b.error.code).toBe('invalid-argument');
  });
});
