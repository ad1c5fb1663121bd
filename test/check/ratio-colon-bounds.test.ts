/**
 * A ratio with its bounds after a colon, in one parenthesis: "(AOR 3.01: 1.46, 6.20)"
 * (recognisers/ratio-colon-bounds.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('"(AOR x: lower, upper)" (recognisers/ratio-colon-bounds.ts)', () => {
  it('reads each ratio with its interval, and holds it to the interval’s centre', () => {
    // √(1.40·5.10) = 2.672 (√(1.395·5.095) = 2.666 to √(1.405·5.105) = 2.678): 2.67 fits; √(1.10·6.90)
    // = 2.755 (2.748 to 2.762): 2.50 does not.
    const text =
      'Women who attended antenatal care (AOR 2.67: 1.40, 5.10) and those with a radio (AOR 2.50: (1.10, 6.90)) were more likely to deliver in a facility.';
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'consistent',
        'AOR = 2.67; CI 95% 1.40 – 5.10',
        'centre on the log scale √(lower·upper) = [2.666, 2.678]',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'AOR = 2.50; CI 95% 1.10 – 6.90',
        'centre on the log scale √(lower·upper) = [2.748, 2.762]',
      ],
    ]);
  });

  it('is not read without decimals, with the bounds reversed, or with more after the bounds', () => {
    expect(findings('Women who attended care (OR 3: 1, 6) delivered in a facility.')).toEqual([]);
    expect(findings('Women who attended care (AOR 2.67: 5.10, 1.40) delivered in a facility.')).toEqual([]);
    expect(findings('Women who attended care (AOR 2.67: 1.40, 5.10, p = 0.004) delivered in a facility.')).toEqual([]);
  });
});
