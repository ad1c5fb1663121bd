/**
 * "no" naming a condition ("the sugar and no sugar conditions") is not a negation of the
 * sentence's finding (src/check/recognisers/no-condition-labels.ts). Texts written for this test;
 * t(8) = 1.40 gives p = .199 (two-tailed), t(20) = 2.50 gives p = .021.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const conclusions = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'conclusion')
    .map((f) => [f.verdict, f.reported, f.explanation]);

describe('a control condition named by "no"', () => {
  it('reads the conclusion of an APA template sentence with "and no sugar (M, SD) conditions"', () => {
    expect(
      conclusions(
        'There was a significant difference in the scores for sugar (M=4.2, SD=1.3) and no sugar (M=2.2, SD=0.84) conditions; t(8)=1.40, p = 0.20.',
      ),
    ).toEqual([
      [
        'inconsistent',
        'a significant difference in the scores for sugar (M=4.2, SD=1.3) and no sugar (M=2.2, SD=0.84) conditions; t(8)=1.40, p = 0.20',
        'The conclusion "a significant difference" contradicts the p-value it cites: the result is not significant, so H0 is not rejected.',
      ],
    ]);
    expect(conclusions('The music and no-music groups differed significantly, t(20) = 2.50, p = .021.')).toEqual([
      [
        'consistent',
        'differed significantly, t(20) = 2.50, p = .021',
        'The conclusion agrees with the p-value it cites.',
      ],
    ]);
  });

  it('still takes "no" for a negation when it joins no pair of conditions', () => {
    expect(conclusions('No treatment group differed significantly from the others, F(2, 30) = 1.20, p = .32.')).toEqual(
      [],
    );
    expect(conclusions('No group showed a significant difference, t(8) = 1.40, p = .20.')).toEqual([]);
  });
});
