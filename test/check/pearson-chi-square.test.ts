import { describe, expect, it } from 'vitest';
import { pearsonChiSquare } from '../../src/check/recognisers/pearson-chi-square.ts';

describe("Pearson's χ² of printed counts (recognisers/pearson-chi-square.ts)", () => {
  it('matches R: chisq.test(matrix(c(10, 30, 20, 40), 2), correct = FALSE) gives X-squared = 0.79365', () => {
    // Expected counts 12, 18, 28, 42: 4/12 + 4/18 + 4/28 + 4/42 = 0.793651.
    expect(
      pearsonChiSquare([
        [10, 20],
        [30, 40],
      ]),
    ).toBeCloseTo(0.793651, 6);
  });

  it('is null when a row or a column holds no count', () => {
    expect(
      pearsonChiSquare([
        [0, 0],
        [30, 40],
      ]),
    ).toBeNull();
    expect(
      pearsonChiSquare([
        [0, 20],
        [0, 40],
      ]),
    ).toBeNull();
  });
});
