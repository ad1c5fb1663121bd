/**
 * An interval cell whose ratio is printed a line above it (recognisers/ratio-cell-of-interval.ts,
 * used by ratio-rows.ts): the number in the cell before the interval is another column's count,
 * not the ratio, and no ratio is read. Text written for this test; exact findings asserted.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a ratio and its interval on two lines of a table (recognisers/ratio-cell-of-interval.ts)', () => {
  it('does not read a fraction cell "(n = 30/45)" as the ratio of the interval beside it', () => {
    const text = [
      'Table 2. Response by group',
      '| Outcome | Treated | Control | RR | p |',
      '|---|---|---|---|---|',
      '| Response | 40% | 30% | 1.3 | |',
      '| (n = 20/30) | (n = 15/35) | (1.1-1.6) | 0.010 | |',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('does not read a number that shares its pipe cell with another as the ratio', () => {
    const text = ['Hazard ratios', '| Age | 12 of 40 | (0.91-1.44) | 0.21 |'].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('still reads a ratio alone in its cell before its interval cell, and finds it outside', () => {
    // 2.9 lies outside 1.10–1.60; the interval's centre on the log scale is √(1.10·1.60) = 1.327,
    // or 1.322–1.332 for any bounds that print as 1.10 and 1.60.
    const text = ['Odds ratios', '| Smoking | 2.9 | (1.10-1.60) |'].join('\n');
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'inconsistent',
        'OR = 2.9; CI 95% 1.10 – 1.60',
        'centre on the log scale √(lower·upper) = [1.322, 1.332]',
      ],
    ]);
  });
});
