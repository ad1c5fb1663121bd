/**
 * One error, one flag (checks/restated-errors.ts): a conclusion that contradicts a p which is
 * itself a decision error of its statistic is not flagged again; a conclusion that contradicts
 * a correctly printed p still is.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const found = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported]);

describe('a conclusion restating a decision error', () => {
  it('English: "did not differ" with a misprinted p is one decision error', () => {
    // t(30) = 1.20 gives p = .2395 two-tailed: "did not differ" is right, p = .02 is the error.
    expect(found('The groups did not differ, t(30) = 1.20, p = .02.', 'en')).toEqual([
      ['p-value', 'decision-error', 't(30) = 1.20, p = .02'],
    ]);
  });

  it('English: "did not differ" with a correct p = .02 is a contradicted conclusion', () => {
    // t(30) = 2.45 gives p = .0203: the p is right and the sentence's claim is wrong.
    expect(found('The groups did not differ, t(30) = 2.45, p = .02.', 'en')).toEqual([
      ['conclusion', 'inconsistent', 'did not differ, t(30) = 2.45, p = .02'],
      ['p-value', 'consistent', 't(30) = 2.45, p = .02'],
    ]);
  });
});
