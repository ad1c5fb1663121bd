/**
 * Cells that print a count over its own total ("1,204/9,630 | (12.5)", thousands grouped): the
 * share is of that total (recognisers/published-rows.ts), and the total is never read as a
 * count whose share is of some other sum.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

describe('n/N (%) cells with thousands separators (recognisers/published-rows.ts)', () => {
  it('each share is of its own N, in pipe rows where the share has a cell of its own', () => {
    // 1204/9630 = 12.50%, 8426/9630 = 87.50%, 2001/15008 = 13.33%, 13007/15008 = 86.67% (printed 86.9).
    const text = [
      'Table 2. Smoking by group, n/N (%)',
      'Group A (N = 9,630) | Group B (N = 15,008) | p value |',
      'Smoker | 1,204/9,630 | (12.5) | 2,001/15,008 | (13.3) | 0.21 |',
      'Non-smoker | 8,426/9,630 | (87.5) | 13,007/15,008 | (86.9) | |',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['consistent', '1,204/9,630 | (12.5)', '1204/9630 = 12.50% of the total 9630 printed with it'],
      ['consistent', '2,001/15,008 | (13.3)', '2001/15008 = 13.33% of the total 15008 printed with it'],
      ['consistent', '8,426/9,630 | (87.5)', '8426/9630 = 87.50% of the total 9630 printed with it'],
      ['inconsistent', '13,007/15,008 | (86.9)', '13007/15008 = 86.67% of the total 15008 printed with it'],
    ]);
  });
});
