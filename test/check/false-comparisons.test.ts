/**
 * A p compared with the level by a sign that is false of the printed numbers
 * (recognisers/comparisons.ts, checks/comparisons.ts). Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('false comparisons with the significance level', () => {
  it('flags a false sign whatever the number is called, and leaves true ones alone', () => {
    expect(
      findings(
        'From the test results, the pretest value is 0.007 > 0.05 and the posttest value is 0.07 > 0.05, so both are normally distributed.',
        'en',
      ),
    ).toEqual([['conclusion', 'inconsistent', '0.007 > 0.05', '0.007 < 0.05']]);
  });

  it('flags a false sign even when the decision drawn from the p is right', () => {
    expect(
      findings('Hasil uji chi square diperoleh p = 0,021 > 0,05 maka H0 ditolak, artinya ada hubungan.', 'id'),
    ).toEqual([
      ['conclusion', 'consistent', 'p = 0,021 > 0,05 maka H0 ditolak', 'p = 0,021 ≤ α = 0,05: signifikan'],
      ['conclusion', 'inconsistent', '0,021 > 0,05', '0,021 < 0,05'],
    ]);
  });

  it('reports one error once: a wrong decision is the conclusion check’s finding', () => {
    expect(findings('Hasil uji chi square diperoleh p = 0,021 > 0,05 maka H0 diterima.', 'id')).toEqual([
      ['conclusion', 'inconsistent', 'p = 0,021 > 0,05 maka H0 diterima', 'p = 0,021 ≤ α = 0,05: signifikan'],
    ]);
  });

  it('reads only a probability compared with a level', () => {
    expect(
      findings(
        'Nilai signifikansi 0,000 < 0,05 sehingga Ha diterima, dan korelasi berada pada rentang 0,20 < r < 0,40.',
        'id',
      ),
    ).toEqual([
      ['p-value', 'reporting-issue', 'Nilai signifikansi 0,000', '—'],
      [
        'conclusion',
        'consistent',
        'Nilai signifikansi 0,000 < 0,05 sehingga Ha diterima',
        'p = 0,000 ≤ α = 0,05: signifikan',
      ],
    ]);
  });

  it('an SD run into the p cell after it ("5.5 ± 0.27<0.001") is no comparison', () => {
    // A table row stored without separators: the control mean ± SD, then the row's p.
    expect(findings('HbA1c (%) 7.9 ± 0.31 5.5 ± 0.27<0.001', 'en')).toEqual([]);
    // The same p cell after a p-like number with no "±" before it is still read.
    expect(findings('HbA1c (%) 7.9 0.27<0.001', 'en')).toEqual([
      ['conclusion', 'inconsistent', '0.27<0.001', '0.27 > 0.001'],
    ]);
  });
});
