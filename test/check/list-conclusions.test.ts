/**
 * One decision written before a list of results, each with its own p (fresh6-en, issue #14):
 * "there is a significant difference in A (p = .011), B (p = .005) and C (p = .30)" decides
 * for each listed p (recognisers/list-conclusions.ts). Each case lists every conclusion naskah
 * reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const conclusions = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'conclusion')
    .map((f) => [f.verdict, f.reported]);

describe('a decision shared by a list of results (recognisers/list-conclusions.ts)', () => {
  it('is each listed p’s: one above the level contradicts it', () => {
    const text =
      'Table 1 shows that there is a significant difference among the three curriculums in the pre-test scores (MD = 4.1, p = .011), post-test scores (MD = 5.3, p = .005), and retention scores (MD = 1.2, p = .30).';
    expect(conclusions(text)).toEqual([
      [
        'consistent',
        'there is a significant difference among the three curriculums in the pre-test scores (MD = 4.1, p = .011',
      ],
      [
        'consistent',
        'a significant difference among the three curriculums in the pre-test scores (MD = 4.1, p = .011), post-test scores (MD = 5.3, p = .005',
      ],
      [
        'inconsistent',
        'a significant difference among the three curriculums in the pre-test scores (MD = 4.1, p = .011), post-test scores (MD = 5.3, p = .005), and retention scores (MD = 1.2, p = .30',
      ],
    ]);
  });

  it('counts a listed name’s words outside its statistic’s parenthesis', () => {
    // F(4, 68) = 41.26: p far below .001 (R: pf(41.26, 4, 68, lower.tail = FALSE) = 1.6e-17).
    const text =
      'The target size effect was significant (F(2,34) = 6.14, MSE = 47,730, p < .006), as well as the interaction between both factors (F(4,68) = 41.26, MSE = 464,394, p < .001).';
    expect(conclusions(text).map((c) => c[0])).toEqual(['consistent', 'consistent']);
  });

  it('reads a negative decision over wrapped lines of prose', () => {
    const text =
      'The post hoc analysis of the pre-test scores of the students showed that there are no significant\ndifferences in STE and BEC curriculums (MD = 2.62, p = .191) and SPA and BEC curriculums (MD = -2.05, p = .356).';
    expect(conclusions(text).map((c) => c[0])).toEqual(['consistent', 'consistent']);
  });

  it('is not read when a listed clause says more than its name', () => {
    // The first clause decides for its own p (the clause reader's); "a smaller one than expected"
    // and "only in part" are claims of their own, not names of results.
    expect(
      conclusions(
        'There was a significant difference in the pre-test scores (MD = 4.1, p = .011) and a smaller one than expected in the post-test scores (MD = 5.3, p = .08).',
      ),
    ).toEqual([['consistent', 'a significant difference in the pre-test scores (MD = 4.1, p = .011']]);
    expect(
      conclusions(
        'A significant difference was found in the pre-test scores (MD = 4.1, p = .011) and only in part in the post-test scores (MD = 5.3, p = .07).',
      ),
    ).toEqual([['consistent', 'A significant difference was found in the pre-test scores (MD = 4.1, p = .011']]);
  });
});
