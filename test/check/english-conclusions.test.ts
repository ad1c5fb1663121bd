/**
 * English sentences that call a finding significant or not and cite one p
 * (recognisers/english-conclusions.ts). Each case lists every conclusion finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const conclusions = (text: string, alpha?: number) =>
  checkText(text, { lang: 'en', alpha })
    .findings.filter((f) => f.check === 'conclusion')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

describe('English conclusions against the p they cite', () => {
  it('"was significant" with a p above the level contradicts it', () => {
    expect(conclusions('The effect of shift was significant, F(1, 28) = 0.93, p = .34.')).toEqual([
      ['inconsistent', 'was significant, F(1, 28) = 0.93, p = .34', 'p = .34 is above α = 0.05: not significant'],
    ]);
  });

  it('"did not differ" with p > .05 (a bound) agrees; with p < .01 it contradicts', () => {
    expect(conclusions('The groups did not differ in age, χ2(1, N = 104) = 1.7, p > .05.')).toEqual([
      [
        'consistent',
        'did not differ in age, χ2(1, N = 104) = 1.7, p > .05',
        'p > .05 is above α = 0.05: not significant',
      ],
    ]);
    expect(conclusions('The groups did not differ in age, χ2(1, N = 104) = 7.7, p < .01.')).toEqual([
      [
        'inconsistent',
        'did not differ in age, χ2(1, N = 104) = 7.7, p < .01',
        'p < .01 is at or below α = 0.05: significant',
      ],
    ]);
  });

  it('hypothesis decisions in words: "H0 is rejected", "H1 is accepted", "we fail to reject"', () => {
    expect(conclusions('The test gave Sig. = 0.240, so H0 is rejected.')).toEqual([
      ['inconsistent', 'Sig. = 0.240, so H0 is rejected', 'p = 0.240 is above α = 0.05: not significant'],
    ]);
    expect(conclusions('With p = 0.012, H1 was accepted.')).toEqual([
      ['consistent', 'p = 0.012, H1 was accepted', 'p = 0.012 is at or below α = 0.05: significant'],
    ]);
    expect(conclusions('We fail to reject the null hypothesis (p = .03).')).toEqual([
      ['inconsistent', 'fail to reject the null hypothesis (p = .03', 'p = .03 is at or below α = 0.05: significant'],
    ]);
  });

  it('"not significantly different" is one negative decision, at the level the sentence names', () => {
    expect(conclusions('Scores were not significantly different at α = .01, t(40) = 2.10, p = .042.')).toEqual([
      [
        'consistent',
        'not significantly different at α = .01, t(40) = 2.10, p = .042',
        'p = .042 is above α = .01: not significant',
      ],
    ]);
  });

  it('findings set against each other are read part by part, "but not for" negating the part before', () => {
    expect(
      conclusions(
        'The decrease was significant for the first condition, t(24) = 5.96, p < .001, but not for the control condition, t(24) = 2.80, p = .01.',
      ),
    ).toEqual([
      [
        'consistent',
        'was significant for the first condition, t(24) = 5.96, p < .001',
        'p < .001 is at or below α = 0.05: significant',
      ],
      [
        'inconsistent',
        'not for the control condition, t(24) = 2.80, p = .01',
        'p = .01 is at or below α = 0.05: significant',
      ],
    ]);
    expect(
      conclusions('The main effect was significant, F(1, 40) = 4.50, p = .04, but the interaction was not.'),
    ).toEqual([
      ['consistent', 'was significant, F(1, 40) = 4.50, p = .04', 'p = .04 is at or below α = 0.05: significant'],
    ]);
  });

  it('rules, trends, contrasts, two p-values or a bound on the wrong side are not read', () => {
    for (const text of [
      'If p < .05, the difference is significant.',
      'When p < .05, the difference is taken as significant.',
      'There was a trend toward a significant effect, F(1, 40) = 3.50, p = .07.',
      'Both effects were significant, F(1, 40) = 4.50, p = .04, and F(1, 40) = 5.50, p = .02.',
      'The difference was not significant, t(40) = 1.50, p < .10.',
    ])
      expect(conclusions(text)).toEqual([]);
  });
});

describe('a positive decision negated from afar is not read', () => {
  it('"None of the factors was significantly associated", "No item was significantly related"', () => {
    expect(
      conclusions('None of the home factors was significantly associated with stress (p ≥ .05 for every comparison).'),
    ).toEqual([]);
    expect(conclusions('No item was significantly related to the total score, r(30) = .20, p = .27.')).toEqual([]);
  });
});

describe('"differed" and "no difference" as decisions', () => {
  it('"differed" claims a difference; "no … differences" denies one', () => {
    expect(conclusions('Ratings differed between conditions, F(2, 63) = 2.31, p = .11.')).toEqual([
      [
        'inconsistent',
        'differed between conditions, F(2, 63) = 2.31, p = .11',
        'p = .11 is above α = 0.05: not significant',
      ],
    ]);
    expect(conclusions('No pretest differences were found on the outcome, F(2, 63) = 0.50, p = .61.')).toEqual([
      [
        'consistent',
        'No pretest differences were found on the outcome, F(2, 63) = 0.50, p = .61',
        'p = .61 is above α = 0.05: not significant',
      ],
    ]);
  });
});

describe('"when" that states no rule', () => {
  it('"when viewing the cartoons" does not make a sentence a rule', () => {
    expect(
      conclusions('There was no difference in ratings when viewing the cartoons, t(97) = 0.72, p = .24, one-tailed.'),
    ).toEqual([
      [
        'consistent',
        'no difference in ratings when viewing the cartoons, t(97) = 0.72, p = .24',
        'p = .24 is above α = 0.05: not significant',
      ],
    ]);
  });
});

describe('"an effect was found" and "no pre- test differences"', () => {
  it('"This effect was found for …, but not for …" gives each part its own p', () => {
    expect(
      conclusions(
        'This effect was found for contamination and danger, F s(2,63) > 5.36, p s < .008, but not for disgust, F (2,63) = 2.31, p = .13.',
      ),
    ).toEqual([
      [
        'consistent',
        'effect was found for contamination and danger, F s(2,63) > 5.36, p s < .008',
        'p < .008 is at or below α = 0.05: significant',
      ],
      ['consistent', 'not for disgust, F (2,63) = 2.31, p = .13', 'p = .13 is above α = 0.05: not significant'],
    ]);
  });

  it('"No effect was found" and "no pre- test differences" deny an effect', () => {
    expect(conclusions('No effect was found for age, F(1, 60) = 9.40, p = .003.')).toEqual([
      [
        'inconsistent',
        'No effect was found for age, F(1, 60) = 9.40, p = .003',
        'p = .003 is at or below α = 0.05: significant',
      ],
    ]);
    expect(conclusions('There were no pre- test differences in intensity, F s(2,63) < 0.57, p ’s > .56.')).toEqual([
      [
        'consistent',
        'no pre- test differences in intensity, F s(2,63) < 0.57, p ’s > .56',
        'p > .56 is above α = 0.05: not significant',
      ],
    ]);
  });
});
