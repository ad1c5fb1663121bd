/**
 * A confidence interval printed with two group means and no difference
 * (src/check/recognisers/mean-difference-ci.ts): the difference of the means must lie at the
 * centre of a t/z interval within rounding. Prose in both languages, APA table rows, the
 * interval right after an effect size, and texts where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

function cis(text: string, lang: 'id' | 'en') {
  return checkText(text, { lang })
    .findings.filter((f) => f.check === 'confidence-interval')
    .map((f) => [f.reported, f.verdict, f.recomputed]);
}

describe('the interval of a difference between two printed means', () => {
  it('is consistent when the difference sits at the centre, inconsistent when it does not (English)', () => {
    // 1.65 − 0.98 = 0.67 ± 0.01; centre of [0.55, 0.80] = 0.675 ± 0.005
    expect(
      cis(
        'Scores on day one (M = 1.65, SD = 0.64) were higher than on day three (M = 0.98, SD = 0.71), t(122) = 10.59, p < .001, 95% CI [0.55, 0.80].',
        'en',
      ),
    ).toEqual([
      ['M₁ − M₂ = 1.65 − 0.98; CI 95% 0.55 – 0.80', 'consistent', 'centre (lower + upper)/2 = [0.6700, 0.6800]'],
    ]);
    // 0.83 − 1.10 = −0.27 ± 0.01 against the centre −0.395 ± 0.005 (either sign of the difference)
    expect(
      cis(
        'Women (M = 1.10, SD = 0.81) scored higher than men (M = 0.83, SD = 0.54), t(115.58) = -2.21, p = .029, 95% CI [-0.51, -0.28], d = 0.41.',
        'en',
      ),
    ).toEqual([
      ['M₁ − M₂ = 0.83 − 1.10; CI 95% -0.51 – -0.28', 'inconsistent', 'centre (lower + upper)/2 = [−0.4000, −0.3900]'],
    ]);
  });

  it('reads Indonesian means ("rerata") and an "IK 95%" range', () => {
    // 12,4 − 10,1 = 2,3 ± 0,1; centre of 1,17–3,43 = 2,30
    expect(
      cis(
        'Kelompok intervensi (rerata = 12,4; SB = 2,1) lebih tinggi daripada kontrol (rerata = 10,1; SB = 2,3), t(58) = 4,02; p < 0,001; IK 95% 1,17–3,43.',
        'id',
      ).map(([, v]) => v),
    ).toEqual(['consistent']);
    // 12,4 − 10,1 = 2,3 ± 0,1; centre of 1,57–3,83 = 2,70: inconsistent
    expect(
      cis(
        'Kelompok intervensi (rerata = 12,4; SB = 2,1) lebih tinggi daripada kontrol (rerata = 10,1; SB = 2,3), t(58) = 4,02; p < 0,001; IK 95% 1,57–3,83.',
        'id',
      ).map(([, v]) => v),
    ).toEqual(['inconsistent']);
  });

  it("reads an interval after an effect size as the difference's only when the difference fits it", () => {
    // d = 0.95 lies outside [0.55, 0.80]; the difference 0.67 sits at its centre: consistent, once
    expect(
      cis(
        'Day one (M = 1.65, SD = 0.64) versus day three (M = 0.98, SD = 0.71), t(122) = 10.59, p < .001, d = 0.95, 95% CI [0.55, 0.80].',
        'en',
      ).map(([r, v]) => [r, v]),
    ).toEqual([['M₁ − M₂ = 1.65 − 0.98; CI 95% 0.55 – 0.80', 'consistent']]);
    // d = 0.50 lies inside [0.20, 0.80] and the difference 1.1 is not its centre: the interval is d's
    expect(
      cis(
        'Group A (M = 5.2, SD = 2.0) versus group B (M = 4.1, SD = 2.2), t(98) = 2.61, p = .010, d = 0.50, 95% CI [0.20, 0.80].',
        'en',
      ).map(([r, v]) => [r, v]),
    ).toEqual([['d = 0.50; CI 95% 0.20 – 0.80', 'consistent']]);
  });

  it("reads an interval right after the second mean as the difference's only when the difference fits it", () => {
    // 1.10 − 0.83 = 0.27 at the centre of [0.12, 0.42]; the mean 0.83 would lie outside it
    expect(
      cis('Women (M = 1.10, SD = 0.81) scored higher than men (M = 0.83, SD = 0.54), 95% CI [0.12, 0.42].', 'en').map(
        ([r, v]) => [r, v],
      ),
    ).toEqual([['M₁ − M₂ = 1.10 − 0.83; CI 95% 0.12 – 0.42', 'consistent']]);
    // the mean 4.1 at the centre of [3.7, 4.5]: that mean's own interval
    expect(cis('Group A (M = 5.2) and group B (M = 4.1), 95% CI [3.7, 4.5].', 'en').map(([r, v]) => [r, v])).toEqual([
      ['M = 4.1; CI 95% 3.7 – 4.5', 'consistent'],
    ]);
  });

  it('checks APA table rows under "M SD M SD n t" with a 95% CI column', () => {
    const table = [
      'Table 8',
      'Pretest Posttest 95% CI',
      'Outcome M SD M SD n t',
      'Anxiety 2.89 1.04 3.95 0.21 45 [-1.38, -0.76] -6.94***',
      'Persistence 6.13 1.89 5.56 1.21 45 [0.55, 0.83] 4.89***',
      '* p < .05, ** p < .01, *** p < .001',
    ].join('\n');
    // −1.06 ± 0.01 against the centre −1.07 ± 0.005; 0.57 ± 0.01 against 0.69 ± 0.005
    expect(cis(table, 'en').map(([r, v]) => [r, v])).toEqual([
      ['M₁ − M₂ = 2.89 − 3.95; CI 95% -1.38 – -0.76', 'consistent'],
      ['M₁ − M₂ = 6.13 − 5.56; CI 95% 0.55 – 0.83', 'inconsistent'],
    ]);
  });

  it('does not read three means, two intervals, adjusted means or a bootstrap interval as one difference', () => {
    expect(
      cis('Means were M = 5.2, M = 4.1 and M = 3.0, F(2, 97) = 4.10, p = .019, 95% CI [0.55, 0.80].', 'en'),
    ).toEqual([]);
    expect(cis('Adjusted means were M = 5.2 and M = 4.1, t(98) = 2.61, p = .010, 95% CI [0.55, 0.80].', 'en')).toEqual(
      [],
    );
    expect(
      cis(
        'Group A (M = 5.2) and group B (M = 4.1) differed, t(98) = 2.61, p = .010, bootstrapped 95% CI [0.55, 0.80].',
        'en',
      ),
    ).toEqual([]);
    // A rank test's interval is a Hodges–Lehmann one, not centred on the difference of means:
    // no difference is formed (what the sentence's last mean makes of it is another rule's).
    expect(
      cis(
        'Group A (M = 5.2) and group B (M = 4.1) differed, Mann-Whitney U = 310, p = .010, 95% CI [0.55, 0.80].',
        'en',
      ).filter(([r]) => String(r).startsWith('M₁')),
    ).toEqual([]);
    // "psychological" is not a log scale: the difference is read.
    expect(
      cis(
        'Psychological distress was higher in group A (M = 5.2) than in group B (M = 4.1), t(98) = 2.61, p = .010, 95% CI [0.27, 1.93].',
        'en',
      ).map(([, v]) => v),
    ).toEqual(['consistent']);
    // Two intervals: each belongs to its own mean (read as a mean's interval, not a difference's).
    expect(
      cis('Group A M = 5.2, 95% CI [4.8, 5.6]; group B M = 4.1, 95% CI [3.7, 4.5].', 'en').map(([r]) => r),
    ).toEqual(['M = 5.2; CI 95% 4.8 – 5.6', 'M = 4.1; CI 95% 3.7 – 4.5']);
  });
});
