/**
 * English decisions from a statistic named before its letter ("calculated t", "computed F",
 * "observed chi-square") against the critical value it is compared with, by a sign or in words
 * (recognisers/calculated-statistics.ts). Found missing on the wild8 sample: a slide that rejects
 * H0 "since calculated t=1.68 is > 1.697". Tested on text written for the test; each case lists
 * every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a calculated statistic against its critical value, with a decision on H0', () => {
  it('flags a rejection from a t below its critical value', () => {
    // 1.72 < 2.021 (t(40) at α = .05, two-tailed): not significant, so H0 stands.
    expect(findings('Decision: reject H0, since the calculated t = 1.72 is > 2.021.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'reject H0, since the calculated t = 1.72 is > 2.021',
        '|1.72| ≤ 2.021 (critical value): not significant',
      ],
    ]);
  });

  it('reads comparisons in words, and "fail to reject" as keeping H0', () => {
    // 2.10 < 3.49 keeps H0; 4.10 > 3.49 rejects it; 2.45 > 2.02 rejects it.
    expect(
      findings(
        'The computed F of 2.10 is less than the critical value of 3.49, so we fail to reject the null hypothesis.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'computed F of 2.10 is less than the critical value of 3.49, so we fail to reject',
        '2.10 ≤ 3.49 (critical value): not significant',
      ],
    ]);
    expect(
      findings(
        'The computed F of 4.10 is greater than the critical value of 3.49, so we fail to reject the null hypothesis.',
      ),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        'computed F of 4.10 is greater than the critical value of 3.49, so we fail to reject',
        '4.10 > 3.49 (critical value): significant',
      ],
    ]);
    expect(
      findings('The calculated t value of 2.45 exceeds the critical t of 2.02; therefore H0 is rejected.'),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'calculated t value of 2.45 exceeds the critical t of 2.02; therefore H0 is rejected',
        '|2.45| > 2.02 (critical value): significant',
      ],
    ]);
  });

  it('reads no rule, and no level or p in place of a critical value', () => {
    expect(findings('If the calculated t = 2.5 > 1.697, reject H0.')).toEqual([]);
    expect(findings('The calculated t = 2.5 < 0.05, so we reject H0.')).toEqual([]);
  });
});
