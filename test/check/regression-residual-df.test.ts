/**
 * A regression's Coefficients table without df, beside its own ANOVA table: each t has the
 * residual df (fresh8-id; recognisers/regression-anova-df-fill.ts). Each case lists every finding
 * naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const ANOVA =
  'Tabel 4.8 ANOVA Model Sum of Squares df Mean Square F Sig. 1 Regression 120.500 2 60.250 12.050 .000 a Residual 135.000 27 5.000 Total 255.500 29';
const COEFFICIENTS =
  'Tabel 4.9 Coefficients Model Unstandardized Coefficients Standardized Coefficients t Sig. B Std. Error Beta 1 Constant 2.100 .900 2.333 .027 Motivasi .410 .120 .500 3.417 .002 Disiplin .150 .100 .200 1.500 .045 a. Dependent Variable: Kinerja';
// R: pf(12.05, 2, 27, lower.tail = FALSE) = 0.00018.
const F_ROW = ['p-value', 'reporting-issue', '12.050 .000', 'p = 0,0002 untuk |F(2; 27)| ∈ [12,0495; 12,0505]'];
const SE_ROWS = [
  ['standard-error', 'consistent', 't = 2.333; M = 2.100, SE = .900', 't = rata-rata/SE = [2,331; 2,335]'],
  ['standard-error', 'consistent', 't = 3.417; M = .410, SE = .120', 't = rata-rata/SE = [3,398; 3,435]'],
  ['standard-error', 'consistent', 't = 1.500; M = .150, SE = .100', 't = rata-rata/SE = [1,488; 1,513]'],
];

describe("coefficient t's take the residual df of the regression's ANOVA", () => {
  it('two predictors and the constant: t(27)', () => {
    // R: 2*pt(-c(2.3335, 2.3325), 27) = 0.02732–0.02738; 2*pt(-c(3.4175, 3.4165), 27) = 0.00202;
    // 2*pt(-c(1.5005, 1.4995), 27) = 0.1451–0.1453, above alpha, while .045 is below it.
    expect(findings(`${ANOVA} ${COEFFICIENTS}`)).toEqual([
      F_ROW,
      SE_ROWS[0],
      ['p-value', 'consistent', '2.333 .027', 'p = 0,0273 sampai 0,0274 (dua sisi) untuk |t(27)| ∈ [2,3325; 2,3335]'],
      SE_ROWS[1],
      ['p-value', 'consistent', '3.417 .002', 'p = 0,0020 (dua sisi) untuk |t(27)| ∈ [3,4165; 3,4175]'],
      SE_ROWS[2],
      [
        'p-value',
        'decision-error',
        '1.500 .045',
        'p = 0,1451 sampai 0,1453 (dua sisi) untuk |t(27)| ∈ [1,4995; 1,5005]',
      ],
    ]);
  });

  it('is not used when the table has not one t per predictor and the constant', () => {
    // The ANOVA names 3 predictors, the table prints 3 rows in all: not one model's tables.
    const three = ANOVA.replace('Regression 120.500 2 60.250', 'Regression 120.500 3 40.167').replace(
      'Residual 135.000 27 5.000',
      'Residual 135.000 26 5.192',
    );
    // Without df, 1.500 is held to every df: R, 2*pnorm(-1.5005) = 0.1335 to 2*pt(-1.4995, 1) =
    // 0.3744, all above alpha. R: pf(12.05, 3, 26, lower.tail = FALSE) = 3.93e-5.
    expect(findings(`${three} ${COEFFICIENTS}`)).toEqual([
      ['p-value', 'reporting-issue', '12.050 .000', 'p = 3,9 × 10^-5 untuk |F(3; 26)| ∈ [12,0495; 12,0505]'],
      SE_ROWS[0],
      ['p-value', 'not-checkable', '2.333 .027', '—'],
      SE_ROWS[1],
      ['p-value', 'not-checkable', '3.417 .002', '—'],
      SE_ROWS[2],
      [
        'p-value',
        'decision-error',
        '1.500 .045',
        'p = 0,1335 sampai 0,3744 (dua sisi) untuk |t| ∈ [1,4995; 1,5005] pada derajat bebas berapa pun dari 1 sampai tak hingga',
      ],
    ]);
  });
});
