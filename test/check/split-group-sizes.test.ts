/**
 * Two-group t rows whose header printed each group's size on a line of its own, above the
 * table's categorical rows (recognisers/split-group-sizes.ts, read by two-group-t-rows.ts).
 * Text written for this test; p values from R's 2 * pt(-|t|, 58). t from the means by hand, over
 * their rounding: anxiety, smallest 2.1 / √(3.15²/31 + 3.55²/29) = 2.417 (Welch), largest
 * 2.3 / √(10.5577 · (1/31 + 1/29)) = 2.740 (pooled); sleep 0.6 / √(2.05²/31 + 2.25²/29) = 1.077
 * and 0.8 / √(4.1984 · (1/31 + 1/29)) = 1.511.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const tFindings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'p-value' || f.check === 'standard-error')
    .map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const table = (header: string[]) =>
  [
    'Table 3 Characteristics and outcomes of the two groups (N = 60)',
    ...header,
    'χ2 or t p value',
    'Sex Male 12 (38.7) 14 (48.3)',
    'Female 19 (61.3) 15 (51.7)',
    'Outcome Mean ± SD Mean ± SD t p value',
    'Anxiety score 12.4 ± 3.1 14.6 ± 3.5 -2.58 0.012',
    'Sleep quality 6.2 ± 2.0 6.9 ± 2.2 -1.29 0.350',
  ].join('\n');

describe('two-group t rows under a header that printed one size per line', () => {
  it('takes n = 31 and 29 from two sized lines above the categorical rows (df 58)', () => {
    const text = table(['Variable Intervention group (n = 31)', 'n (%)', 'Comparison group (n = 29)', 'n (%)']);
    expect(tFindings(text)).toEqual([
      [
        'standard-error',
        'consistent',
        't(58) = -2.58; M = 12.4, SD = 3.1; M = 14.6, SD = 3.5',
        "|M₁ − M₂| / SE (Student's pooled or Welch's) = [2.417, 2.740] for n = 31 and 29",
      ],
      ['p-value', 'consistent', '-2.58 0.012', 'p = 0.0123 to 0.0126 (two-tailed) for |t(58)| ∈ [2.575, 2.585]'],
      [
        'standard-error',
        'consistent',
        't(58) = -1.29; M = 6.2, SD = 2.0; M = 6.9, SD = 2.2',
        "|M₁ − M₂| / SE (Student's pooled or Welch's) = [1.077, 1.511] for n = 31 and 29",
      ],
      ['p-value', 'inconsistent', '-1.29 0.350', 'p = 0.2005 to 0.2039 (two-tailed) for |t(58)| ∈ [1.285, 1.295]'],
    ]);
  });

  it("does not take the caption's N for a group, nor read time points of the same people", () => {
    // One group's size only, the other's is the caption's whole sample.
    expect(tFindings(table(['Variable Intervention group (n = 31)', 'Comparison group', 'n (%)']))).toEqual([]);
    // Pre-test and post-test of the same 30 people: a paired t, not t(58).
    expect(tFindings(table(['Variable Pre-test (n = 30)', 'n (%)', 'Post-test (n = 30)']))).toEqual([]);
    // Cells stored glued ("16.375.2", "1.700.34") cannot be split into means, SDs, t and p.
    const glued = [
      'Table 2 Outcomes, mean ± SD',
      'Variable',
      'Cases (n = 50)',
      'Controls (n = 50)',
      't test',
      'P value',
    ];
    expect(tFindings([...glued, 'Weight (kg)76.29 ± 16.375.2 ± 14.31.700.34'].join('\n'))).toEqual([]);
    // Three sized lines are no pair of groups.
    expect(tFindings(table(['Group A (n = 20)', 'Group B (n = 20)', 'Group C (n = 20)', 'n (%)']))).toEqual([]);
  });
});
