/**
 * A correlation reported in words with its p and N in the same sentence
 * (recognisers/correlation-prose.ts). Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a correlation in words', () => {
  it('is read as r(N − 2) with the p named after it', () => {
    // r(46) from .405 to .415: two-tailed p from .0043 to .0034 (jStat); .004 fits, .04 does not.
    const recomputed = 'p = 0.0034 to 0.0043 (two-tailed) for |r(46)| ∈ [0.405, 0.415]';
    expect(findings('The correlation coefficient was .41 (p-value of .004, N = 48).')).toEqual([
      ['p-value', 'consistent', 'correlation coefficient was .41 (p-value of .004, N = 48', recomputed],
    ]);
    expect(findings('The correlation coefficient was .41 (p-value of .04, N = 48).')).toEqual([
      ['p-value', 'inconsistent', 'correlation coefficient was .41 (p-value of .04, N = 48', recomputed],
    ]);
  });

  it('"a significance level of" a value levels are set at is the level, not the p', () => {
    expect(findings('We found a correlation of 0.35 with a significance level of 0.05 and N = 50.')).toEqual([]);
  });
});
