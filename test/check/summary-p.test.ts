/**
 * A p beside two groups' means ± SD with no t, in a table whose notes say continuous variables
 * were compared by t tests (recognisers/summary-p-rows.ts, checks/summary-p.ts). Text written
 * for this test. Age: 45.2 ± 6.1 vs 47.9 ± 6.4 with n = 60 and 58 gives Student's t(116) =
 * 2.7 / √(39.053 · (1/60 + 1/58)) = 2.332, p = .0214 (R: 2 * pt(-2.332, 116)): .021 fits. BMI:
 * 26.4 ± 3.2 vs 26.1 ± 3.5 gives t = 0.49, p ≈ .63, printed .040: a decision error. The ranges
 * printed run over the rounding of the means and SDs, Student's t with 116 df and Welch's t with
 * 57 to 116 df (checked with scipy: age .0157–.0290, BMI .5118–.7510).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const pFindings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'p-value')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

const table = (note: string) =>
  [
    'Table 1. Baseline characteristics',
    'Variable Exercise',
    '(n = 60)',
    '(n = 58)',
    'p value',
    ' Age, years 45.2 ± 6.1 47.9 ± 6.4 0.021',
    ' BMI, kg/m2 26.4 ± 3.2 26.1 ± 3.5 0.040',
    '',
    note,
  ].join('\n');

const AGE = [
  'consistent',
  'M = 45.2, SD = 6.1; M = 47.9, SD = 6.4; p = 0.021',
  "p of Student's or Welch's t from the means and SDs = [0.0157, 0.0290] (two-tailed) for n = 60 and 58",
];

describe('p beside two groups’ means and SDs, under notes naming t tests', () => {
  it('is recomputed from the means, SDs and header sizes', () => {
    expect(pFindings(table('Values are mean ± SD; t-tests for continuous variables.'))).toEqual([
      AGE,
      [
        'decision-error',
        'M = 26.4, SD = 3.2; M = 26.1, SD = 3.5; p = 0.040',
        "p of Student's or Welch's t from the means and SDs = [0.5118, 0.7510] (two-tailed) for n = 60 and 58",
      ],
    ]);
  });

  it('with missing data, only a p that fits is reported', () => {
    expect(pFindings(table('t-tests for continuous variables; some patients had missing data.'))).toEqual([AGE]);
  });

  it('is not read when the notes name no t test, or another test too', () => {
    expect(pFindings(table('Values are mean ± SD.'))).toEqual([]);
    expect(pFindings(table('t-tests or Mann–Whitney U tests, as appropriate.'))).toEqual([]);
  });
});
