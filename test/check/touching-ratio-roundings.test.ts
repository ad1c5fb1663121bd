/**
 * Two ratios whose printed values only touch at a rounding boundary are two results, not one
 * reported twice (checks/repeated-values.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('ratios sharing a bound, their values a rounding step apart (checks/repeated-values.ts)', () => {
  it('1.25 and 1.24 meet only at 1.245: two age groups, no repetition', () => {
    // √(1.07·1.47) = 1.2541 and √(1.07·1.44) = 1.2413: both intervals fit their ratios (the printed
    // centre ranges run over the bounds' rounding: √(1.065·1.435) = 1.236 to √(1.075·1.445) = 1.246).
    expect(
      findings(
        'Risk rose with age: 60-69 years, OR = 1.25 (95% CI 1.07 to 1.47); 70-79 years, OR = 1.24 (95% CI 1.07 to 1.44).',
      ),
    ).toEqual([
      [
        'confidence-interval',
        'consistent',
        'OR = 1.25; CI 95% 1.07 – 1.47',
        'centre on the log scale √(lower·upper) = [1.249, 1.259]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 1.24; CI 95% 1.07 – 1.44',
        'centre on the log scale √(lower·upper) = [1.236, 1.246]',
      ],
    ]);
  });

  it('the same ratio and lower bound with another upper bound is still one result with two values', () => {
    expect(
      findings(
        'In the abstract, OR = 1.25 (95% CI 1.07 to 1.47). In the results, OR = 1.25 (95% CI 1.07 to 1.44).',
      ).filter((f) => f[0] === 'repeated-values'),
    ).toEqual([
      [
        'repeated-values',
        'inconsistent',
        'OR = 1.25 (95% CI 1.07 to 1.47 | OR = 1.25 (95% CI 1.07 to 1.44',
        'also reported at line 1',
      ],
    ]);
  });
});
