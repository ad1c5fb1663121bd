/**
 * Minitab's paired t output pasted as text (recognisers/minitab-t-output.ts). Output written
 * for this test: SE = SD/√12 gives 4.10 → 1.1836 (1.18), 3.90 → 1.1258 (printed 1.31:
 * inconsistent), 2.300 → 0.6640 (0.664); t = 1.750/0.664 = 2.636 (2.64); t(11) = 2.64 gives
 * p = .0230 (R: 2 * pt(-2.64, 11)); the interval 1.750 ± qt(.975, 11) · 0.664 = 1.750 ± 1.461.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported]);

const OUTPUT = [
  'Paired T for Pretest - Posttest',
  '',
  '             N    Mean   StDev  SE Mean',
  '',
  'Pretest     12  30.250  4.100    1.18',
  '',
  'Posttest    12  28.500  3.900    1.31',
  '',
  'Difference  12   1.750  2.300    0.664',
  '',
  '95% CI for mean difference: (0.289, 3.211)',
  '',
  'T-Test of mean difference = 0 (vs ≠ 0): T-Value = 2.64  P-Value = 0.023',
].join('\n');

describe("Minitab's paired t output", () => {
  it("checks each row's SE, the t against the mean difference, its p with N − 1 df, and the interval", () => {
    expect(findings(OUTPUT)).toEqual([
      ['standard-error', 'consistent', 'SD = 4.100, SE = 1.18, n = 12'],
      ['standard-error', 'inconsistent', 'SD = 3.900, SE = 1.31, n = 12'],
      ['standard-error', 'consistent', 'SD = 2.300, SE = 0.664, n = 12'],
      ['standard-error', 'consistent', 't = 2.64; M = 1.750, SE = 0.664'],
      ['confidence-interval', 'consistent', 'Mean Difference = 1.750; CI 95% 0.289 – 3.211'],
      ['confidence-interval', 'consistent', 'Mean Difference = 1.750; CI 95% 0.289 – 3.211; p = 0.023'],
      ['p-value', 'consistent', '2.64 P-Value = 0.023'],
    ]);
  });

  it('reads no test without the Difference row that gives its df', () => {
    const noDifference = OUTPUT.replace('Difference  12   1.750  2.300    0.664\n\n', '');
    expect(findings(noDifference).filter((f) => f[0] !== 'standard-error')).toEqual([]);
  });
});
