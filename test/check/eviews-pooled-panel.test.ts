/**
 * EViews panel output pooled by least squares (the common effect model, no effects): the same
 * regression on all the panel's observations, df = n − k (fresh9-id; recognisers/eviews-output.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('"Method: Panel Least Squares … Total panel (balanced) observations: 40" without effects', () => {
  it("checks each coefficient's p at t(40 − 2)", () => {
    // R: 2*pt(-3.755012, 38) = 0.00058 (0.0006 fits); 2*pt(-2.268405, 38) = 0.0291, not 0.0391.
    const text = [
      'Method: Panel Least Squares',
      'Periods included: 5 Cross-sections included: 8',
      'Total panel (balanced) observations: 40',
      'Variable Coefficient Std. Error t-Statistic Prob.',
      'X1 0.452310 0.120455 3.755012 0.0006',
      'C 2.314000 1.020100 2.268405 0.0391',
      'R-squared 0.412000',
    ].join('\n');
    expect(findings(text)).toEqual([
      [
        'standard-error',
        'consistent',
        't = 3.755012; M = 0.452310, SE = 0.120455',
        't = rata-rata/SE = [3,755; 3,755]',
      ],
      ['p-value', 'consistent', '3.755012 0.0006', 'p = 0,0006 (dua sisi) untuk |t(38)| ∈ [3,7550115; 3,7550125]'],
      [
        'standard-error',
        'consistent',
        't = 2.268405; M = 2.314000, SE = 1.020100',
        't = rata-rata/SE = [2,268; 2,268]',
      ],
      ['p-value', 'inconsistent', '2.268405 0.0391', 'p = 0,0291 (dua sisi) untuk |t(38)| ∈ [2,2684045; 2,2684055]'],
    ]);
  });

  it('random effects ("Panel EGLS") take df the rows do not show: no df', () => {
    const text = [
      'Method: Panel EGLS (Cross-section random effects)',
      'Total panel (balanced) observations: 40',
      'Variable Coefficient Std. Error t-Statistic Prob.',
      'X1 0.452310 0.120455 3.755012 0.0006',
      'C 2.314000 1.020100 2.268405 0.0391',
      'R-squared 0.412000',
    ].join('\n');
    expect(findings(text).map(([check, verdict]) => [check, verdict])).toEqual([
      ['standard-error', 'consistent'],
      ['p-value', 'not-checkable'],
      ['standard-error', 'consistent'],
      ['p-value', 'not-checkable'],
    ]);
  });
});
