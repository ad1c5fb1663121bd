/**
 * A 2 × 2 block whose statistic column holds the χ² on its first row and the p on its second
 * (recognisers/chi-square-over-p.ts): the χ² has 1 df and is checked against that p. The
 * χ²(1) tail probabilities were computed in R 4 with pchisq(x, 1, lower.tail = FALSE) at the
 * ends of each printed χ²'s rounding interval. Each case lists every p-value finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const pFindings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'p-value')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

describe('a χ² on the first row of a 2 × 2 block, its p on the second', () => {
  it('reads each block with 1 df, in cells split by bars', () => {
    // Smokers 30 of 60 and 20 of 50: χ²(1) 2.395–2.405 gives p .1209–.1217, printed 0.121.
    // Married 18 of 50 and 16 of 50: χ²(1) 0.0445–0.0455 gives p .8311–.8329, printed 0.380.
    const text =
      '| Characteristic | Group A | Group B | χ2/p |\n| Smoker (n %) | 30 50.0 | 20 40.0 | χ2 2.40 | Non-smoker (n %) | 30 50.0 | 30 60.0 | 0.121 | Married (n %) | 18 (36.0) | 16 (32.0) | χ2 0.045 | Single (n %) | 32 (64.0) | 34 (68.0) | 0.380 |';
    expect(pFindings(text)).toEqual([
      [
        'consistent',
        '2.40 | Non-smoker (n %) | 30 50.0 | 30 60.0 | 0.121',
        'p = 0.1209 to 0.1217 for |χ²(1)| ∈ [2.395, 2.405]',
      ],
      [
        'inconsistent',
        '0.045 | Single (n %) | 32 (64.0) | 34 (68.0) | 0.380',
        'p = 0.8311 to 0.8329 for |χ²(1)| ∈ [0.0445, 0.0455]',
      ],
    ]);
  });

  it('reads nothing when the shares are not the two categories of each group', () => {
    // 30/(30 + 25) = 54.5, not 50.0: the rows are not one variable's two categories.
    const text = '| Yes (n %) | 30 50.0 | 20 40.0 | χ2 2.40 | No (n %) | 25 41.7 | 30 60.0 | 0.121 |';
    expect(pFindings(text)).toEqual([]);
  });

  it('reads nothing when the header does not say the column holds p’s (an effect size under the χ²)', () => {
    // The same block as above, under a column of χ² and φ: 0.141 is φ, not the χ²'s p.
    const text =
      '| Characteristic | Group A | Group B | χ2/φ |\n| Smoker (n %) | 30 50.0 | 20 40.0 | χ2 2.40 | Non-smoker (n %) | 30 50.0 | 30 60.0 | 0.141 |';
    expect(pFindings(text)).toEqual([]);
    expect(pFindings(text.replace('χ2/φ', 'Statistic'))).toEqual([]);
  });
});
