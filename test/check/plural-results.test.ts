/**
 * APA plurals that give several results as one (recognisers/labels.ts): `ts(42) > 2.59,
 * ps < .02`, and the spaced forms PDF text layers print (`t s(42)`, `F s(2,63)`, `p s`,
 * `p ’s`). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('plural statistics and p-values', () => {
  it('spaced plurals from PDF text: a bound on F and on t, each with its bound on p', () => {
    // F(2, 63) at 0.565 (the rounding edge of 0.57 a bound is read at) has p = .5712 (jStat), so p > .56.
    expect(findings('Conditions did not differ at the pre-test, F s(2,63) < 0.57, p ’s > .56.')).toEqual([
      [
        'conclusion',
        'consistent',
        'did not differ at the pre-test, F s(2,63) < 0.57, p ’s > .56',
        'p > .56 is above α = 0.05: not significant',
      ],
      ['p-value', 'consistent', 'F s(2,63) < 0.57, p ’s > .56', 'p = 0.5712 to 1.0000 for |F(2, 63)| < 0.57'],
    ]);
    // t(42) at 2.595 has two-tailed p = .0130 (jStat): every larger t has p below .02.
    expect(findings('Expectations were higher in the first condition, t s(42) > 2.59, p s < .02.')).toEqual([
      ['p-value', 'consistent', 't s(42) > 2.59, p s < .02', 'p = 0.0000 to 0.0130 (two-tailed) for |t(42)| > 2.59'],
    ]);
  });

  it("`ts(…)` with `p's`: a p bound the statistic's bound cannot give is inconsistent", () => {
    // t(40) at 1.195 has two-tailed p = .2391 (jStat): a t below it has p above, so p's < .05 cannot hold.
    expect(findings("The scores differed, ts(40) < 1.20, p's < .05.").filter((f) => f[0] === 'p-value')).toEqual([
      [
        'p-value',
        'decision-error',
        "ts(40) < 1.20, p's < .05",
        'p = 0.2391 to 1.0000 (two-tailed) for |ts(40)| < 1.20',
      ],
    ]);
  });

  it('a word ending in s before a parenthesis is not a plural statistic', () => {
    expect(findings('The cats s(12) = 4 and the dogs (n = 12) were seen.')).toEqual([]);
  });
});
