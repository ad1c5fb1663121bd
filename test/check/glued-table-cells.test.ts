/**
 * Table cells that page text runs together or qualifies (fresh8/fresh9 false alarms): counts run
 * into the ratio after them, shares a table says are weighted, and columns padded to decimals.
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'en' | 'id' = 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('counts run into the ratio after them (recognisers/counts-glued-ratios.ts)', () => {
  it('is not read, while a three-digit misprint with no fitting tail stays checked', () => {
    // Quintile 1, counts 56 and 104, AOR 2.15: √(1.30·3.57) = 2.154, so the tail 2.15 fits.
    // 215.0 against the same interval: neither 15.0 nor 5.0 is at 2.154, so it is a misprint.
    const text =
      'Table 3. Factors associated with stunting\nVariable Stunted Not stunted AOR (95% CI) P value\nWealth index\n Quintile 1561042.15 (1.30, 3.57)P = 0.003\n Quintile 274863.44 (2.10, 5.66)P < 0.0001\n Quintile 5321281.00\n Rural 215.0 (1.30, 3.57)P = 0.003\n';
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'inconsistent',
        'OR = 215.0; CI 95% 1.30 – 3.57',
        'centre on the log scale √(lower·upper) = [2.149, 2.160]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 215.0; CI 95% 1.30 – 3.57; p = 0.003',
        'p from the interval (Wald) = 1.9 × 10^-97 to 0.0032',
      ],
    ]);
  });
});
