/** reportedP: the exact p when a rank test has one, else the asymptotic p. */
import { describe, expect, it } from 'vitest';
import { reportedP, reportedPMethod } from '../../src/analysis/reported-p.ts';
import { mannWhitney } from '../../src/stats/mann-whitney.ts';
import { isFailure } from '../../src/stats/types.ts';

describe('reportedP', () => {
  it('reads the exact p of a small sample without ties', () => {
    // U = 0 for fully separated groups of 3 and 3: exact two-sided p = 2/C(6, 3) = .1.
    const r = mannWhitney([1, 2, 3, 4, 5, 6], ['a', 'a', 'a', 'b', 'b', 'b']);
    if (isFailure(r)) throw new Error(r.error.message);
    expect(r.pExact).toBeCloseTo(0.1, 12);
    expect(reportedP(r)).toBe(r.pExact);
    expect(reportedPMethod(r)).toBe('exact');
  });

  it('falls back to the asymptotic p when there is no exact one', () => {
    const r = { pExact: null, pAsymptotic: 0.0117 };
    expect(reportedP(r)).toBe(0.0117);
    expect(reportedPMethod(r)).toBe('asymptotic');
  });
});
