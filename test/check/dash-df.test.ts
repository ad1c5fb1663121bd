/**
 * F's two df joined by a dash, as some tables of repeated-measures results print them:
 * `F (2–42) = 7.16, P = .01` (recognisers/dash-df.ts). Each case lists every finding exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('F with its df joined by a dash', () => {
  it('reads an en dash and a hyphen as the comma between df1 and df2', () => {
    // jStat: 1 − centralF.cdf(3.50, 2, 40) = .0397; 1 − centralF.cdf(1.20, 2, 40) = .312.
    const text =
      'Recall improved across the three sessions, F (2–40) = 3.50, p = .04, but confidence did not, F(2-40) = 1.20, p = .11.';
    expect(findings(text)).toEqual([
      ['p-value', 'consistent', 'F (2–40) = 3.50, p = .04', 'p = 0.0396 to 0.0399 for |F(2, 40)| ∈ [3.495, 3.505]'],
      ['p-value', 'inconsistent', 'F(2-40) = 1.20, p = .11', 'p = 0.3103 to 0.3133 for |F(2, 40)| ∈ [1.195, 1.205]'],
    ]);
  });

  it('does not read a dash between decimals, which may be a range of values, as df', () => {
    expect(findings('The ratios F (1.5–2.5) = 2.0, p = .29 were simulated.')).toEqual([]);
  });
});
