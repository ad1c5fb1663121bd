/**
 * A finding in a sentence that opens with "However," (fresh6-en, issue #14): the contrast is
 * with the sentence before, so the sentence's own decision and p are read
 * (recognisers/contrast-leads.ts). Each case lists every conclusion naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const conclusions = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'conclusion')
    .map((f) => [f.verdict, f.reported]);

describe('a sentence opening with a link to the one before (recognisers/contrast-leads.ts)', () => {
  it('is read for its own decision', () => {
    const text =
      'Before the training both groups scored alike. However, after the training there was a significant increase in the scores of the trained group, t(57) = 1.20, p = .235.';
    // t(57) = 1.20 gives p = .235 (R: 2 * pt(-1.2, 57)): "a significant increase" contradicts it.
    expect(conclusions(text)).toEqual([
      ['inconsistent', 'a significant increase in the scores of the trained group, t(57) = 1.20, p = .235'],
    ]);
  });

  it('still declines a contrast inside the sentence', () => {
    expect(
      conclusions(
        'However, the scores rose significantly, t(57) = 1.20, p = .235, although the groups did not differ.',
      ),
    ).toEqual([]);
  });
});
