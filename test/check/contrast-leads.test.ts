/**
 * English conclusions in parts that open with their contrast word, and a bare "did not" that
 * denies the finding before it (recognisers/contrast-leads.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const conclusions = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'conclusion')
    .map((f) => [f.verdict, f.reported]);

describe('a part opening with "However,"', () => {
  it('is read on its own words, after a semicolon or as a sentence', () => {
    expect(
      conclusions(
        'There was no difference between the classes at baseline, p = .612; however, after the course the classes were significantly different, p = .004.',
      ),
    ).toEqual([
      ['consistent', 'no difference between the classes at baseline, p = .612'],
      ['consistent', 'significantly different, p = .004'],
    ]);
    expect(conclusions('However, the two wards were significantly different in waiting time, p = .21.')).toEqual([
      ['inconsistent', 'significantly different in waiting time, p = .21'],
    ]);
  });

  it('is still no reading when the contrast stands inside the part', () => {
    expect(conclusions('The wards differed in waiting time, however the nurses did not agree, p = .21.')).toEqual([]);
  });
});

describe('"did not" right before the p, after a significant finding', () => {
  it('denies that finding', () => {
    expect(
      conclusions(
        'Pain decreased significantly in the exercise group (p = .002), whereas the usual-care group did not (p = .03).',
      ),
    ).toEqual([
      ['consistent', 'decreased significantly in the exercise group (p = .002'],
      ['inconsistent', 'did not (p = .03'],
    ]);
  });

  it('is not read without a significant finding before it', () => {
    expect(conclusions('The usual-care group did not (p = .03).')).toEqual([]);
  });
});

describe('a part after a semicolon that goes on with the finding before it', () => {
  it('takes the decision of the part before, and a "but not" part denies it', () => {
    expect(
      conclusions(
        'Recall differed between the spaced and massed groups, t(40) = 3.10, p = .004; and between the spaced and control groups, t(40) = 1.20, p = .24; but not between the massed and control groups, t(40) = 0.45, p = .66.',
      ),
    ).toEqual([
      ['consistent', 'differed between the spaced and massed groups, t(40) = 3.10, p = .004'],
      ['inconsistent', 'and between the spaced and control groups, t(40) = 1.20, p = .24'],
      ['consistent', 'not between the massed and control groups, t(40) = 0.45, p = .66'],
    ]);
    expect(
      conclusions(
        'There were no differences in age, F(2, 57) = 0.40, p = .67; or in body mass, F(2, 57) = 4.10, p = .02.',
      ),
    ).toEqual([
      ['consistent', 'no differences in age, F(2, 57) = 0.40, p = .67'],
      ['inconsistent', 'or in body mass, F(2, 57) = 4.10, p = .02'],
    ]);
  });

  it('is no continuation when it has a verb of its own', () => {
    expect(
      conclusions(
        'Group A improved significantly, t(20) = 3.10, p = .006; and group B showed a small gain, t(20) = 1.20, p = .24.',
      ),
    ).toEqual([['consistent', 'improved significantly, t(20) = 3.10, p = .006']]);
  });
});

describe('semicolons between the statistics of one result', () => {
  it('do not cut the finding from its p', () => {
    expect(
      conclusions(
        'At follow-up we found no group difference, M1 = 21.40, SD1 = 5.02; M2 = 22.10, SD2 = 4.87; t(38) = 0.45, p = 0.66.',
      ),
    ).toEqual([
      ['consistent', 'no group difference, M1 = 21.40, SD1 = 5.02; M2 = 22.10, SD2 = 4.87; t(38) = 0.45, p = 0.66'],
    ]);
  });
});
