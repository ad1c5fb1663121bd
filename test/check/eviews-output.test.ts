/**
 * EViews regression output pasted as text (recognisers/eviews-output.ts). Texts written for these
 * tests; the expected p's are from R: 2*pt(-3.755012, 37) = 0.000595, 2*pt(-1.243607, 37) =
 * 0.2215, 2*pt(-2.368405, 37) = 0.0232, pf(12.95732, 2, 37, lower.tail = FALSE) = 5.43e-5; and
 * B/SE by hand: 0.452310/0.120455 = 3.755012, 0.081220/0.065310 = 1.243607, 2.314/1.0201 =
 * 2.268405. Each case lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const OUTPUT = [
  'Dependent Variable: Y',
  'Method: Least Squares',
  'Sample: 1980 2019',
  'Included observations: 40',
  'Variable Coefficient Std. Error t-Statistic Prob.',
  'X1 0.452310 0.120455 3.755012 0.0006',
  'X2 -0.081220 0.065310 -1.243607 0.0215',
  'C 2.314000 1.020100 2.368405 0.0232',
  'R-squared 0.412000 Mean dependent var 5.100000',
  'Adjusted R-squared 0.380000 S.D. dependent var 1.200000',
  'F-statistic 12.95732 Durbin-Watson stat 1.910000',
  'Prob(F-statistic) 0.000054',
].join('\n');

describe('EViews coefficient tables', () => {
  it('df = observations − coefficients (40 − 3): each t against its p and B/SE; F(2, 37) with the constant', () => {
    expect(findings(OUTPUT)).toEqual([
      [
        'standard-error',
        'consistent',
        't = 3.755012; M = 0.452310, SE = 0.120455',
        't = rata-rata/SE = [3,755; 3,755]',
      ],
      ['p-value', 'consistent', '3.755012 0.0006', 'p = 0,0006 (dua sisi) untuk |t(37)| ∈ [3,7550115; 3,7550125]'],
      [
        'standard-error',
        'consistent',
        't = -1.243607; M = -0.081220, SE = 0.065310',
        't = rata-rata/SE = [1,244; 1,244]',
      ],
      ['p-value', 'decision-error', '-1.243607 0.0215', 'p = 0,2215 (dua sisi) untuk |t(37)| ∈ [1,2436065; 1,2436075]'],
      [
        'standard-error',
        'inconsistent',
        't = 2.368405; M = 2.314000, SE = 1.020100',
        't = rata-rata/SE = [2,268; 2,268]',
      ],
      ['p-value', 'consistent', '2.368405 0.0232', 'p = 0,0232 (dua sisi) untuk |t(37)| ∈ [2,3684045; 2,3684055]'],
      [
        'p-value',
        'consistent',
        '12.95732 Durbin-Watson stat 1.910000 Prob(F-statistic) 0.000054',
        'p = 5,4 × 10^-5 untuk |F(2; 37)| ∈ [12,957315; 12,957325]',
      ],
    ]);
  });

  it('rows not closed by "R-squared" (the page cut them): k is unknown, the p is not checkable', () => {
    const text = [
      'Included observations: 40',
      'Variable Coefficient Std. Error t-Statistic Prob.',
      'X1 0.452310 0.120455 3.755012 0.0006',
    ].join('\n');
    expect(findings(text).map(([check, verdict]) => [check, verdict])).toEqual([
      ['standard-error', 'consistent'],
      ['p-value', 'not-checkable'],
    ]);
  });

  it('panel output: fixed effects take df the rows do not show, so no df', () => {
    const text = [
      'Method: Panel Least Squares',
      'Periods included: 5 Cross-sections included: 8',
      'Total panel (balanced) observations: 40',
      'Variable Coefficient Std. Error t-Statistic Prob.',
      'X1 0.452310 0.120455 3.755012 0.0006',
      'C 2.314000 1.020100 2.268405 0.0293',
      'Effects Specification Cross-section fixed (dummy variables)',
      'R-squared 0.412000',
    ].join('\n');
    expect(findings(text).map(([check, verdict]) => [check, verdict])).toEqual([
      ['standard-error', 'consistent'],
      ['p-value', 'not-checkable'],
      ['standard-error', 'consistent'],
      ['p-value', 'not-checkable'],
    ]);
  });

  it('the Indonesian header without Std. Error; a Prob. of 0.0000 is a reporting issue', () => {
    const text =
      'Tabel 4.7 Hasil Estimasi Variabel Koefisien t-Statistik Prob. C 11.118060 81.15565 0.0000 Kredit X2 0.209339 2.503162 0.0235 R-squared 0.975830';
    expect(findings(text).map(([check, verdict]) => [check, verdict])).toEqual([
      ['p-value', 'reporting-issue'],
      ['p-value', 'not-checkable'],
    ]);
  });
});
