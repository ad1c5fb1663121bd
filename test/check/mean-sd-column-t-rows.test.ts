/**
 * Two-group tables with each mean and SD in a cell of its own, then t and p ("M | SD | M | SD |
 * t | p"): the p is checked against t with n₁ + n₂ − 2 df (recognisers/mean-sd-column-t-rows.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

// Groups of 58 and 62: df = 118. R: 2*pt(-2.412, 118) = 0.01741, 2*pt(-3.050, 118) = 0.002826,
// 2*pt(-1.204, 118) = 0.2310 (0.2308 to 0.2312 over t's rounding); the second row prints 0.0036 for 0.0028.
const TABLE = [
  'Table 2.',
  'Stress scores of day-shift and night-shift nurses',
  'Item | Day shift (n = 58) | Night shift (n = 62) | t | p |',
  '---|---|---|---|---|---|---|',
  'M | SD | M | SD | |||',
  'Workload | 3.12 | 0.61 | 3.41 | 0.70 | 2.412 | 0.017 |',
  'You feel tired after work. | 2.88 | 0.74 | 3.30 | 0.77 | 3.050 | 0.0036 |',
  'Support | 3.55 | 0.80 | 3.37 | 0.84 | 1.204 | 0.231 |',
].join('\n');

describe('rows of M | SD | M | SD | t | p under two group sizes (recognisers/mean-sd-column-t-rows.ts)', () => {
  it('checks each p against t(n₁ + n₂ − 2)', () => {
    expect(findings(TABLE)).toEqual([
      ['p-value', 'consistent', '2.412 | 0.017', 'p = 0.0174 (two-tailed) for |t(118)| ∈ [2.4115, 2.4125]'],
      ['p-value', 'inconsistent', '3.050 | 0.0036', 'p = 0.0028 (two-tailed) for |t(118)| ∈ [3.0495, 3.0505]'],
      ['p-value', 'consistent', '1.204 | 0.231', 'p = 0.2308 to 0.2312 (two-tailed) for |t(118)| ∈ [1.2035, 1.2045]'],
    ]);
  });

  it('reads the sizes from one header line each', () => {
    const split = TABLE.replace(
      'Item | Day shift (n = 58) | Night shift (n = 62) | t | p |',
      'Item | Day shift (n = 58) |\nNight shift (n = 62) |\nt | p | ||',
    );
    expect(findings(split).map((f) => f[1])).toEqual(['consistent', 'inconsistent', 'consistent']);
  });

  it('is not read under a paired or Welch test, nor without the cell names', () => {
    expect(findings(TABLE.replace('Stress scores', 'Paired comparison of stress scores'))).toEqual([]);
    expect(findings(`${TABLE}\nNote. Welch's t test.`)).toEqual([]);
    expect(findings(TABLE.replace('M | SD | M | SD | |||', 'Score | Score | Score | Score | |||'))).toEqual([]);
  });
});
