/**
 * A decision in a "with …" clause after a result's p belongs to another finding
 * (recognisers/with-clause-decisions.ts, used by english-conclusions.ts). Text written for this
 * test; exact conclusion findings asserted.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const conclusions = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'conclusion')
    .map((f) => [f.verdict, f.reported]);

describe('a "with no significant …" clause after a p (recognisers/with-clause-decisions.ts)', () => {
  it('does not hold the clause to the p of the correlation before it', () => {
    const text =
      'Sleep quality showed a weak negative correlation with stress (r = -0.21, p < 0.01), with no significant differences between day and night shifts.';
    expect(conclusions(text)).toEqual([]);
  });

  it('still holds a decision before the p to it', () => {
    // p = 0.30 is above α = 0.05: "no significant" agrees with it.
    const text = 'There was no significant correlation between age and stress (r = 0.07, p = 0.30).';
    expect(conclusions(text)).toEqual([
      ['consistent', 'There was no significant correlation between age and stress (r = 0.07, p = 0.30'],
    ]);
  });

  it('still reads a "with" clause when nothing before the p names a finding', () => {
    // p = 0.40 is above α = 0.05, so "significantly higher" contradicts it.
    const text =
      'Scores of both groups were compared (t = 0.85, p = 0.40), with significantly higher scores in the first group.';
    expect(conclusions(text)).toEqual([['inconsistent', 'p = 0.40), with significantly higher']]);
  });
});
