/**
 * A decision from an F or χ² against a critical value the sentence before states with its level
 * and df (recognisers/critical-value-df-decisions.ts, checks/critical-value-df.ts): judged from
 * the statistic's p at those df. The p's and critical values were computed in R 4 with
 * pf/pchisq(x, df, lower.tail = FALSE) at the ends of the printed statistic's rounding interval
 * and qf/qchisq(0.95, df). Each case lists every conclusion finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const conclusions = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'conclusion')
    .map((f) => [f.verdict, f.recomputed, f.explanation]);

describe('a decision against a critical value stated with its df', () => {
  it('judges the decision from the F at its df, not from a critical value looked up for other df', () => {
    // F(2, 12) 3.705–3.715: p .0555–.0558, above .05; qf(0.95, 2, 12) = 3.885, not 3.49 (that of F(2, 20)).
    const text =
      'The critical value at the 5% level of significance with degrees of freedom (2, 12) is 3.49. Since the calculated F-value of 3.71 is greater than the critical value, we reject the null hypothesis. Therefore, there is a significant difference between the three teaching methods.';
    expect(conclusions(text)).toEqual([
      [
        'inconsistent',
        'F(2, 12) = 3.71 gives p = 0.0555 to 0.0558; the critical value of F(2, 12) at α = 0.05 is 3.885 (stated: 3.49)',
        'The decision "there is a significant difference between the three teaching methods" contradicts the statistic at the df and level the text states: the result is not significant, so H0 is not rejected (the critical value it was compared with is not that of these df).',
      ],
    ]);
  });

  it('reads "2 degrees of freedom" for a χ², and agrees when the decision follows', () => {
    // χ²(2) 6.805–6.815: p .0331–.0333; qchisq(0.95, 2) = 5.991.
    const text =
      'The critical value at the 5% level with 2 degrees of freedom is 5.99. Since the computed chi-square of 6.81 is greater than the critical value, we reject the null hypothesis.';
    expect(conclusions(text)).toEqual([
      [
        'consistent',
        'χ²(2) = 6.81 gives p = 0.0331 to 0.0333; the critical value of χ²(2) at α = 0.05 is 5.991 (stated: 5.99)',
        'The decision agrees with the p of the statistic at the df and level the text states.',
      ],
    ]);
  });

  it('says nothing of the critical value when it was right and the decision still contradicts it', () => {
    // χ²(2) = 6.81 as above, against the right 5.99, read as not significant.
    const text =
      'The critical value at the 5% level with 2 degrees of freedom is 5.99. Since the computed chi-square of 6.81 is greater than the critical value, we fail to reject the null hypothesis.';
    expect(conclusions(text)).toEqual([
      [
        'inconsistent',
        'χ²(2) = 6.81 gives p = 0.0331 to 0.0333; the critical value of χ²(2) at α = 0.05 is 5.991 (stated: 5.99)',
        'The decision "fail to reject" contradicts the statistic at the df and level the text states: the result is significant, so H0 is rejected.',
      ],
    ]);
  });

  it('reads nothing when the level is not stated or the statistic does not match its df', () => {
    expect(
      conclusions(
        'The critical value with degrees of freedom (2, 12) is 3.49. Since the calculated F-value of 3.71 is greater than the critical value, we reject the null hypothesis.',
      ),
    ).toEqual([]);
    expect(
      conclusions(
        'The critical value at the 5% level with degrees of freedom (2, 12) is 3.49. Since the computed chi-square of 3.71 is greater than the critical value, we reject the null hypothesis.',
      ),
    ).toEqual([]);
  });
});
