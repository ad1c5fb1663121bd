/**
 * Tables that print t with its df in brackets and the p in the next cell, under a "t (df)"
 * header (recognisers/t-df-paren-cells.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const TABLE = [
  'Table 2. Change in sleep quality by group',
  'Group Pre, mean (SD) Post, mean (SD) Within, t (df) P value Between, t (df) P value',
  'Coaching 8.20 (2.10) 6.90 (2.40) 2.50 (40) .02',
  'Waitlist 8.00 (2.30) 7.70 (2.20) 1.10 (40) .03',
  'Sleep aid 7.60 (1.90) 7.40 (2.00) 0.42 (18) .68 3.05 (18) <.001',
].join('\n');

describe('"t (df)" cells with their p beside them', () => {
  it('reads every t (df) p run below the header, leaving the means (SD) alone', () => {
    // jStat, two-tailed: t(40) = 2.50 → .0166; t(40) = 1.10 → .278; t(18) = 0.42 → .679; t(18) = 3.05 → .0069.
    expect(findings(TABLE)).toEqual([
      ['p-value', 'consistent', '2.50 (40) .02', 'p = 0.0164 to 0.0168 (two-tailed) for |t(40)| ∈ [2.495, 2.505]'],
      ['p-value', 'decision-error', '1.10 (40) .03', 'p = 0.2758 to 0.2801 (two-tailed) for |t(40)| ∈ [1.095, 1.105]'],
      ['p-value', 'consistent', '0.42 (18) .68', 'p = 0.6759 to 0.6830 (two-tailed) for |t(18)| ∈ [0.415, 0.425]'],
      ['p-value', 'inconsistent', '3.05 (18) <.001', 'p = 0.0068 to 0.0070 (two-tailed) for |t(18)| ∈ [3.045, 3.055]'],
    ]);
  });

  it('takes a row’s last runs, one per "t (df)" column: a mean with a whole SD is no t', () => {
    // "0.8 (1) 0.7" reads like t = 0.8, df 1, p .7 (which would not fit: t(1) = 0.8 gives .57).
    // jStat, two-tailed: t(58) = 0.45 → .654; t(58) = 2.02 → .0480.
    const text = [
      'Table 3. Reaction time by condition',
      'Measure Pre, mean (SD) Post, mean (SD) t (df) P value',
      'Errors 0.8 (1) 0.7 (1) 0.45 (58) .65',
      'Misses 2.10 (0.90) 1.70 (0.80) 2.02 (58) .048',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['p-value', 'consistent', '0.45 (58) .65', 'p = 0.6508 to 0.6580 (two-tailed) for |t(58)| ∈ [0.445, 0.455]'],
      ['p-value', 'consistent', '2.02 (58) .048', 'p = 0.0475 to 0.0485 (two-tailed) for |t(58)| ∈ [2.015, 2.025]'],
    ]);
  });

  it('reads nothing without the header naming the t (df) column', () => {
    expect(findings(TABLE.split('\n').slice(2).join('\n'))).toEqual([]);
  });

  it('reads nothing when the caption names a test whose p is not Student t’s own', () => {
    expect(findings(TABLE.replace('by group', 'by group (Welch t tests)'))).toEqual([]);
  });

  it('reads nothing when another column stands between the t (df) column and the p', () => {
    // 0.78 and 0.34 are Cohen's d; the p's (.02, .28) come after them.
    const text = [
      'Table 2. Comparison of scores',
      "Scale t (df) Cohen's d p",
      'Anxiety 2.50 (40) 0.78 .02',
      'Depression 1.10 (40) 0.34 .28',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });
});
