/**
 * English sentences reporting several results, each clause deciding its own
 * (recognisers/clause-conclusions.ts). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const conclusions = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'conclusion')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

describe('a conclusion per clause in a sentence with several p-values', () => {
  it('reads each clause whose decision stands before its own p', () => {
    const text =
      'There was no main effect of Group, F(1, 40) = 0.52, p = .47, and a trend of Time, F(1, 40) = 3.20, p = .08. ' +
      'Reaction times were significantly shorter in the cued condition (t(20) = 3.10, p = .006), which did not differ significantly from the neutral condition (t(20) = 0.80, p = .43).';
    expect(conclusions(text)).toEqual([
      ['consistent', 'no main effect of Group, F(1, 40) = 0.52, p = .47', 'p = .47 is above α = 0.05: not significant'],
      [
        'consistent',
        'significantly shorter in the cued condition (t(20) = 3.10, p = .006',
        'p = .006 is at or below α = 0.05: significant',
      ],
      [
        'consistent',
        'did not differ significantly from the neutral condition (t(20) = 0.80, p = .43',
        'p = .43 is above α = 0.05: not significant',
      ],
    ]);
  });

  it('flags a clause whose decision contradicts its own p', () => {
    const text =
      'Accuracy was significantly higher after training (t(30) = 2.90, p = .007), and speed did not differ significantly between sessions (t(30) = 2.60, p = .014).';
    expect(conclusions(text)).toEqual([
      [
        'consistent',
        'significantly higher after training (t(30) = 2.90, p = .007',
        'p = .007 is at or below α = 0.05: significant',
      ],
      [
        'inconsistent',
        'did not differ significantly between sessions (t(30) = 2.60, p = .014',
        'p = .014 is at or below α = 0.05: significant',
      ],
    ]);
  });

  it('reads no decision written after the p-values, on another line or in quotes', () => {
    // The decision follows both p's: which one it belongs to is not a clause's.
    expect(conclusions('Age (r(50) = .30, p = .03) and income (r(50) = .10, p = .48) were significant.')).toEqual([]);
    // A table of wording examples: each label follows its result, on its own line.
    expect(
      conclusions(
        'Weak, Negative\nr(45) = –.18, p = .23\n"Weak negative, not significant"\nModerate, Positive\nr(66) = .39, p = .004\n"Moderate positive, significant"',
      ),
    ).toEqual([]);
  });
});
