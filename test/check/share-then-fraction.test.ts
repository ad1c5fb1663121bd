/**
 * A share printed before its count over its total, "37.6 % (104/277)"
 * (recognisers/share-then-fraction.ts), and an interval named with its abbreviation after it,
 * "95% confidence interval (CI): 1.2, 17.9" (recognisers/intervals.ts). Each case lists every
 * finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('"share% (count/total)" (recognisers/share-then-fraction.ts)', () => {
  it('holds the share to its count over its total', () => {
    // 21/60 = 35.00; 47/153 = 30.72, printed 31.2; 9 of 40 = 22.50.
    const text =
      'In the survey, 35.0% (21/60) of the farms kept goats, 31.2 % (47/153) kept sheep and 22.5% (9 of 40) kept both.';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '35.0% (21/60)', '21/60 = 35.00% of the total 60 printed with it'],
      ['percentages', 'inconsistent', '31.2 % (47/153)', '47/153 = 30.72% of the total 153 printed with it'],
      ['percentages', 'consistent', '22.5% (9 of 40)', '9/40 = 22.50% of the total 40 printed with it'],
    ]);
  });

  it('reads a count and total grouped in thousands as the language groups them', () => {
    // 1,527/6,528 = 23.392, printed 23.3 (cut, not rounded); 2,104/5,260 = 40.000.
    expect(findings('Hypertension was found in 23.3% (1,527/6,528) of men and 40.0% (2,104/5,260) of women.')).toEqual([
      ['percentages', 'inconsistent', '23.3% (1,527/6,528)', '1527/6528 = 23.39% of the total 6528 printed with it'],
      ['percentages', 'consistent', '40.0% (2,104/5,260)', '2104/5260 = 40.00% of the total 5260 printed with it'],
    ]);
    const id = checkText('Hipertensi ditemukan pada 23,3% (1.527/6.528) laki-laki.', { lang: 'id' }).findings;
    expect(id.map((f) => [f.check, f.verdict, f.reported, f.recomputed])).toEqual([
      [
        'percentages',
        'inconsistent',
        '23,3% (1.527/6.528)',
        '1527/6528 = 23,39% dari total 6528 yang ditulis bersamanya',
      ],
    ]);
  });

  it('is not read when the count exceeds the total, or for two years (a period, not a share)', () => {
    expect(findings('Prices rose 12% (253/187) in the period.')).toEqual([]);
    expect(findings('Prices rose 12% (2018/2019) in the period.')).toEqual([]);
  });
});

describe('"95% confidence interval (CI): lower, upper" (recognisers/intervals.ts)', () => {
  it('reads the interval after the name’s abbreviation', () => {
    // √(1.2·17.9) = 4.635 (4.531 to 4.737 over the bounds' rounding): 3.4 is far from the centre.
    expect(
      findings('Anemia was associated with parasites (AOR=3.4; 95% confidence interval (CI): 1.2, 17.9).'),
    ).toEqual([
      [
        'confidence-interval',
        'inconsistent',
        'AOR = 3.4; CI 95% 1.2 – 17.9',
        'centre on the log scale √(lower·upper) = [4.531, 4.737]',
      ],
    ]);
  });
});
