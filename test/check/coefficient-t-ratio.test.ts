/**
 * SPSS's Coefficients table pasted flat: each row's t is held to B / Std. Error at the printed
 * decimals (fresh8-id; recognisers/flat-test-rows.ts, checks/standard-error.ts). Each case lists
 * every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe("a Coefficients row's t against B / SE", () => {
  it('2.100/.900 = 2.333 fits; .410/.120 lies in [3.398, 3.435], so a t of 3.117 does not', () => {
    // B and SE each stand for their rounding interval: [.4095/.1205, .4105/.1195] = [3.398, 3.435].
    const text =
      'Tabel 4.5 Coefficientsa Model Unstandardized Coefficients Standardized Coefficients t Sig. B Std. Error Beta 1 Constant 2.100 .900 2.333 .027 Motivasi .410 .120 .500 3.117 .004 a. Dependent Variable: Kinerja';
    expect(findings(text)).toEqual([
      ['standard-error', 'consistent', 't = 2.333; M = 2.100, SE = .900', 't = rata-rata/SE = [2,331; 2,335]'],
      ['p-value', 'not-checkable', '2.333 .027', '—'],
      ['standard-error', 'inconsistent', 't = 3.117; M = .410, SE = .120', 't = rata-rata/SE = [3,398; 3,435]'],
      ['p-value', 'not-checkable', '3.117 .004', '—'],
    ]);
  });

  it('a row whose t is far from B/SE is not a row of these columns, and is not read', () => {
    // .410/.120 = 3.417 against a t of 1.117: off by more than a fifth, so the columns are not these.
    const text =
      'Coefficientsa Model Unstandardized Coefficients Standardized Coefficients t Sig. B Std. Error Beta 1 Motivasi .410 .120 .500 1.117 .270';
    expect(findings(text)).toEqual([]);
  });

  it('with the "95.0% Confidence Interval for B" columns, each B is held to its bounds\' midpoint', () => {
    // (,260 + 3,940)/2 = 2,100 fits B = 2,100; (,165 + ,675)/2 = ,420, not ,410 (the bounds' rounding
    // allows ,4195–,4205): inconsistent.
    const text =
      'Tabel 4.7 Coefficients a Model Unstandardized Coefficients Standardized Coefficients T Sig. 95.0 Confidence Interval for B B Std. Error Beta Lower Bound Upper Bound 1 Constant 2,100 ,900 2,333 ,027 ,260 3,940 Motivasi ,410 ,120 ,500 3,417 ,002 ,165 ,675 a. Dependent Variable: Kinerja';
    expect(findings(text)).toEqual([
      ['standard-error', 'consistent', 't = 2,333; M = 2,100, SE = ,900', 't = rata-rata/SE = [2,331; 2,335]'],
      [
        'confidence-interval',
        'consistent',
        'B = 2,100; IK 95% ,260 – 3,940',
        'titik tengah (bawah + atas)/2 = [2,099; 2,101]',
      ],
      ['p-value', 'not-checkable', '2,333 ,027', '—'],
      ['standard-error', 'consistent', 't = 3,417; M = ,410, SE = ,120', 't = rata-rata/SE = [3,398; 3,435]'],
      [
        'confidence-interval',
        'inconsistent',
        'B = ,410; IK 95% ,165 – ,675',
        'titik tengah (bawah + atas)/2 = [0,4195; 0,4205]',
      ],
      ['p-value', 'not-checkable', '3,417 ,002', '—'],
    ]);
  });
});
