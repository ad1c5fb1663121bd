/**
 * A negative number after a p in space-aligned columns is not an interval's upper bound
 * (recognisers/minus-not-range.ts, used by ratio-rows.ts). Text written for this test, in the
 * layout of Stata's logit output copied as text; exact findings asserted.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'confidence-interval')
    .map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a minus sign after a p in space-aligned columns (recognisers/minus-not-range.ts)', () => {
  it('does not read "0.000   -.0421" as an interval from 0 to 0.0421', () => {
    const text = [
      'Table 4. Logit model of adoption',
      'Variable   Coefficient   Odds Ratio     P-value   Marginal effect',
      '  Age      -0.8125       .4437          0.000     -.0421',
      '  Income   0.2210        1.2473         0.041     .0117',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('still reads a range dash with space on both sides, and finds the ratio outside it', () => {
    // 0.44 lies outside 0.50–0.90; bounds that print as 0.50 and 0.90 put the centre on the
    // log scale between √(0.495·0.895) = 0.6656 and √(0.505·0.905) = 0.6760.
    const text = ['Odds ratios', 'Age   0.44   0.50 - 0.90'].join('\n');
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'inconsistent',
        'OR = 0.44; CI 95% 0.50 – 0.90',
        'centre on the log scale √(lower·upper) = [0.6656, 0.6760]',
      ],
    ]);
  });
});
