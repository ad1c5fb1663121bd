/**
 * An interval bound whose decimal point was lost in print, "0.61 (0432–0.862)"
 * (recognisers/lost-point-bounds.ts, used by ratio-rows.ts). Text written for this test; exact
 * confidence-interval findings asserted.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const intervals = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'confidence-interval')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

describe('a bound printed without its point (recognisers/lost-point-bounds.ts)', () => {
  it('reads "0432" beside "0.862" as 0.432, not as a reversed interval', () => {
    // 0.432–0.862 (bounds ±0.0005): centre on the log scale from √(0.4315·0.8615) = 0.6097
    // to √(0.4325·0.8625) = 0.6108; 0.61 (0.605–0.615) meets it.
    const text = ['Odds ratios', '| Smoking | 0.61 (0432–0.862) |'].join('\n');
    expect(intervals(text)).toEqual([
      ['consistent', 'OR = 0.61; CI 95% 0432 – 0.862', 'centre on the log scale √(lower·upper) = [0.6097, 0.6108]'],
    ]);
  });

  it('does not move the point when the other bound has another number of decimals', () => {
    // "0432" against "0.86" (2 decimals): where the point went is not known; the interval is
    // read as printed, 432 to 0.86, reversed, and flagged: centre √(431.5·0.855) = 19.208 to
    // √(432.5·0.865) = 19.342.
    const text = ['Odds ratios', '| Smoking | 0.61 (0432–0.86) |'].join('\n');
    expect(intervals(text)).toEqual([
      ['inconsistent', 'OR = 0.61; CI 95% 0432 – 0.86', 'centre on the log scale √(lower·upper) = [19.208, 19.342]'],
    ]);
  });
});
