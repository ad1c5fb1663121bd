/**
 * A factorial ANOVA table pasted one cell per line (fresh6-en, issue #14): a caption numbered in
 * brackets, an "F-test" column, and an error row that prints no F and no p. Each effect is tested
 * against the one error row's df. Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const cells = (rows: string[][]) => rows.flat().join('\n');

describe('a factorial ANOVA table one cell per line (cell-lines.ts, sole-error-row.ts)', () => {
  it('tests every effect against the one error row', () => {
    // R: pf(c(5.165, 5.175, 0.385, 0.375, 0.885, 0.875), 1, 76, lower.tail = FALSE) = 0.0259,
    // 0.0257, 0.5368, 0.5421, 0.3498, 0.3525; the interaction's printed .2520 is outside its range.
    const text = cells([
      ['Table (2). Two-way ANOVA of test scores by teaching method and gender'],
      ['Source', 'df', 'SS', 'MS', 'F-test', 'P value'],
      ['Method (A)', '1', '12.40', '12.40', '5.17', '0.0258 *'],
      ['Gender (B)', '1', '0.90', '0.90', '0.38', '0.5394'],
      ['A x B', '1', '2.10', '2.10', '0.88', '0.2520'],
      ['Error', '76', '182.3', '2.40'],
    ]);
    expect(findings(text)).toEqual([
      [
        'p-value',
        'consistent',
        'Method (A) | 1 | 12.40 | 12.40 | 5.17 | 0.0258 *',
        'p = 0.0257 to 0.0259 for |F(1, 76)| ∈ [5.165, 5.175]',
      ],
      [
        'p-value',
        'consistent',
        'Gender (B) | 1 | 0.90 | 0.90 | 0.38 | 0.5394',
        'p = 0.5368 to 0.5421 for |F(1, 76)| ∈ [0.375, 0.385]',
      ],
      [
        'p-value',
        'inconsistent',
        'A x B | 1 | 2.10 | 2.10 | 0.88 | 0.2520',
        'p = 0.3498 to 0.3525 for |F(1, 76)| ∈ [0.875, 0.885]',
      ],
    ]);
  });

  it('gives no second df to effects below the first row when there are two error rows, and no F to an error row', () => {
    // Which error term tests "Time" is not printed; only the first row is read against the first
    // error row (R: pf(5.17, 1, 76, lower.tail = FALSE) = 0.0258). The error rows drop their empty
    // F and p cells: their numbers (1.31) are no F and no p (it was read as a p above 1).
    const text = [
      'Table 3. Mixed ANOVA',
      'Source\tdf\tSS\tMS\tF\tp',
      'Group\t1\t12.40\t12.40\t5.17\t.026',
      'Error\t76\t182.3\t2.40',
      'Time\t2\t8.10\t4.05\t3.10\t.048',
      'Error (Time)\t152\t198.6\t1.31',
    ].join('\n');
    expect(findings(text).map((f) => [f[1], f[2]])).toEqual([
      ['consistent', 'Group | 1 | 12.40 | 12.40 | 5.17 | .026'],
      ['not-checkable', 'Time | 2 | 8.10 | 4.05 | 3.10 | .048'],
    ]);
  });
});
