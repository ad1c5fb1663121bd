/**
 * An adjusted ratio's p is its regression model's Wald p, as its interval is, so the allowance
 * for a p from another test of the counts (a factor of two, 15% of z) does not cover it
 * (src/check/checks/adjusted-ratio-p.ts). The texts are written for this test.
 *
 * Hand computation for 1.52 (1.02, 2.27): SE = (ln 2.27 − ln 1.02) / (2 · 1.96) = 0.8000 / 3.92
 * = 0.2041, z = ln 1.52 / SE = 0.4187 / 0.2041 = 2.05, p = 0.040 (0.0364–0.0436 over the
 * rounding of the three printed values). A printed 0.025 is below that range, within a factor of
 * two of it. For 1.95 (1.21, 3.14): SE = (1.1442 − 0.1906) / 3.92 = 0.2433, z = 0.6678 / 0.2433
 * = 2.745, p = 0.0060: a printed 0.006 fits.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const pFindings = (text: string, lang: 'en' | 'id' = 'en') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'confidence-interval' && f.reported.includes('p ='))
    .map((f) => [f.verdict, f.reported, f.recomputed, f.explanation]);

const ADJUSTED_EN =
  "The reported p does not agree with the Wald p the interval implies, even allowing for rounding; an adjusted ratio's p and interval come from the same regression model's Wald test, so no other test of the data explains the difference.";
const NEAR_WALD_EN =
  'The reported p is within a factor of two of the p the interval implies (Wald); a p from another test of the same data (χ², likelihood ratio, exact) can differ that much.';
const AGREES_EN = 'The reported p agrees with the confidence interval.';

describe('adjusted ratios: p against the Wald p of the interval, within rounding only', () => {
  it('the adjusted column of a table with crude and adjusted ratios', () => {
    const text =
      'Table 2. Factors associated with hypertension\nVariable | Crude OR (95% CI) | Adjusted OR (95% CI) | p\nSmoking | 1.80 (1.10, 2.95) | 1.52 (1.02, 2.27) | 0.025\nAge > 50 | 2.10 (1.30, 3.39) | 1.95 (1.21, 3.14) | 0.006';
    expect(pFindings(text)).toEqual([
      [
        'inconsistent',
        'OR = 1.52; CI 95% 1.02 – 2.27; p = 0.025',
        'p from the interval (Wald) = 0.0364 to 0.0436',
        ADJUSTED_EN,
      ],
      [
        'consistent',
        'OR = 1.95; CI 95% 1.21 – 3.14; p = 0.006',
        'p from the interval (Wald) = 0.0056 to 0.0066',
        AGREES_EN,
      ],
    ]);
  });

  it('an "aOR" in a sentence, and "OR yang disesuaikan" in Indonesian', () => {
    expect(
      pFindings(
        'After adjustment for age and sex, smokers had higher odds of hypertension (aOR = 1.52, 95% CI 1.02–2.27, p = 0.025).',
      ),
    ).toEqual([
      [
        'inconsistent',
        'aOR = 1.52; CI 95% 1.02 – 2.27; p = 0.025',
        'p from the interval (Wald) = 0.0364 to 0.0436',
        ADJUSTED_EN,
      ],
    ]);
    expect(
      pFindings(
        'Setelah dikontrol umur, merokok berhubungan dengan hipertensi (OR yang disesuaikan = 1,52; IK 95% 1,02–2,27; p = 0,025).',
        'id',
      ),
    ).toEqual([
      [
        'inconsistent',
        'OR = 1,52; IK 95% 1,02 – 2,27; p = 0,025',
        'p dari interval (Wald) = 0,0364 sampai 0,0436',
        'Nilai p yang dilaporkan tidak sesuai dengan p Wald yang tersirat oleh intervalnya, meskipun pembulatan diperhitungkan; p dan interval rasio yang disesuaikan berasal dari uji Wald model regresi yang sama, sehingga perbedaannya tidak dapat dijelaskan oleh uji lain atas data itu.',
      ],
    ]);
  });

  it('keeps the allowance for an unadjusted ratio, a crude-only row, and a p for trend', () => {
    const near = [
      'consistent',
      'OR = 1.52; CI 95% 1.02 – 2.27; p = 0.025',
      'p from the interval (Wald) = 0.0364 to 0.0436',
      NEAR_WALD_EN,
    ];
    expect(pFindings('Smokers had higher odds of hypertension (OR = 1.52, 95% CI 1.02–2.27, p = 0.025).')).toEqual([
      near,
    ]);
    expect(
      pFindings(
        'Table 2. Factors associated with hypertension\nVariable | OR (95% CI) | p\nSmoking | 1.52 (1.02, 2.27) | 0.025',
      ),
    ).toEqual([near]);
    // The smoking row has only its crude ratio (smoking left the adjusted model): its p may be a χ² test's.
    expect(
      pFindings(
        'Table 2. Factors associated with hypertension\nVariable | Crude OR (95% CI) | p | Adjusted OR (95% CI) | p\nSmoking | 1.52 (1.02, 2.27) | 0.025 | |\nAge > 50 | 2.10 (1.30, 3.39) | 0.002 | 1.95 (1.21, 3.14) | 0.006',
      )[0],
    ).toEqual(near);
    // A p after the last quintile of a row of adjusted ratios is the trend's, not that ratio's.
    expect(
      pFindings(
        'Table 3. Hazard of death by quintile\nQuintile | Q1 | Q2 | Q3 | P for trend\nAdjusted HR (95% CI) | 1.00 | 0.90 (0.81, 1.00) | 1.52 (1.02, 2.27) | 0.025',
      ),
    ).toEqual([
      [
        'consistent',
        'HR = 1.52; CI 95% 1.02 – 2.27; p = 0.025',
        'p from the interval (Wald) = 0.0364 to 0.0436',
        NEAR_WALD_EN,
      ],
    ]);
  });
});
