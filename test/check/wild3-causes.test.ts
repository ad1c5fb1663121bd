/**
 * False alarms found on the wild3 precision corpus (test/check/external/wild3-*.yaml, its
 * development part), each fixed in general and tested here on text written for the test in
 * the style of the corpus quote that showed it. Each case lists every finding naskah
 * reports, exactly; the recomputations are stated beside them.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('the upper limit of a parenthesised interval before the next cell is no comparison (recognisers/paren-interval-bounds.ts)', () => {
  it('"0.81 (0.76, 0.87) <0.001" is a hazard ratio, its 95% CI and the P for trend, while "(p = 0.21) < 0.05" is still a false comparison', () => {
    const text =
      'Table 2. Hazard ratios for death by tertile of serum ferritin\nTertile 1 Tertile 2 Tertile 3 P for trend\nAge-adjusted HR (95% CI) 1.00 0.92 (0.86, 0.98) 0.81 (0.76, 0.87) <0.001\nThe difference between groups was not significant (p = 0.21) < 0.05 was the level used.\n';
    // √(0.86·0.98) = 0.918 and √(0.76·0.87) = 0.813: both centred on their HR. Before the fix,
    // "0.87) <0.001" was also read as the false comparison "0.87 < 0.001".
    expect(findings(text, 'en')).toEqual([
      [
        'confidence-interval',
        'consistent',
        'HR = 0.92; CI 95% 0.86 – 0.98',
        'centre on the log scale √(lower·upper) = [0.9130, 0.9231]',
      ],
      [
        'confidence-interval',
        'consistent',
        'HR = 0.81; CI 95% 0.76 – 0.87',
        'centre on the log scale √(lower·upper) = [0.8081, 0.8182]',
      ],
      [
        'confidence-interval',
        'consistent',
        'HR = 0.81; CI 95% 0.76 – 0.87; p < 0.001',
        'p from the interval (Wald) = 4.5 × 10^-12 to 9.6 × 10^-8',
      ],
      ['conclusion', 'inconsistent', '0.21) < 0.05', '0.21 > 0.05'],
    ]);
  });

  it('the same with decimal commas and a semicolon between the limits: "0,81 (0,76; 0,87) <0,001"', () => {
    const text =
      'Tabel 3. Rasio hazard menurut tertil\nHR (IK 95%) 1,00 0,92 (0,86; 0,98) 0,81 (0,76; 0,87) <0,001\nNilai p (0,21) < 0,05 sehingga hubungan dinyatakan bermakna.\n';
    // Before the fix, "0,87) <0,001" was read as the false comparison "0,87 < 0,001"; 0,21 > 0,05 is still flagged.
    expect(findings(text, 'id')).toEqual([['conclusion', 'inconsistent', '0,21) < 0,05', '0,21 > 0,05']]);
  });
});
