/**
 * Causes of English false alarms in the development corpora (issue #14, fresh4-en and wild2-en):
 * the same t reported two- and one-tailed, a template's "degrees of freedom (N – 2) = .67" read
 * as a df, and a table's "< 0.001" whose sign was lost. Each case lists every finding naskah
 * reports, exactly. Recomputed p's were checked with scipy (stats.t.sf, stats.norm.sf).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);
const explanations = (text: string) => checkText(text, { lang: 'en' }).findings.map((f) => f.explanation);

describe('the same test reported two-tailed and one-tailed (checks/repeated-values.ts)', () => {
  // t(113) = 1.83: two-tailed p = 0.0691 to 0.0706, one-tailed half that (0.0346 to 0.0353).
  it('is one result when the text allows a one-tailed reading', () => {
    const text =
      'Scores did not differ from the norm, t(113) = 1.83, p = .07. Employing a one-tailed test, scores were greater than the norm, t(113) = 1.83, p = .035.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'did not differ from the norm, t(113) = 1.83, p = .07',
        'p = .07 is above α = 0.05: not significant',
      ],
      [
        'p-value',
        'consistent',
        't(113) = 1.83, p = .07',
        'p = 0.0691 to 0.0706 (two-tailed) for |t(113)| ∈ [1.825, 1.835]',
      ],
      ['repeated-values', 'consistent', 't(113) = 1.83, p = .07 | t(113) = 1.83, p = .035', 'also reported at line 1'],
      [
        'p-value',
        'consistent',
        't(113) = 1.83, p = .035',
        'p = 0.0346 to 0.0353 (one-tailed) for |t(113)| ∈ [1.825, 1.835]',
      ],
    ]);
  });

  it('still differs when nothing says a test was one-tailed', () => {
    const text =
      'Scores did not differ from the norm, t(113) = 1.83, p = .07. In the second sample, scores were greater than the norm, t(113) = 1.83, p = .035.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'did not differ from the norm, t(113) = 1.83, p = .07',
        'p = .07 is above α = 0.05: not significant',
      ],
      [
        'p-value',
        'consistent',
        't(113) = 1.83, p = .07',
        'p = 0.0691 to 0.0706 (two-tailed) for |t(113)| ∈ [1.825, 1.835]',
      ],
      [
        'repeated-values',
        'inconsistent',
        't(113) = 1.83, p = .07 | t(113) = 1.83, p = .035',
        'also reported at line 1',
      ],
      [
        'p-value',
        'decision-error',
        't(113) = 1.83, p = .035',
        'p = 0.0691 to 0.0706 (two-tailed) for |t(113)| ∈ [1.825, 1.835]',
      ],
    ]);
  });

  it('still differs when even the one-tailed reading does not join the p values', () => {
    // .07 two-tailed and .01 one-tailed (.02 two-tailed) cannot be one p.
    const text =
      'Scores did not differ, t(113) = 1.83, p = .07. Employing a one-tailed test, scores were greater, t(113) = 1.83, p = .01.';
    const repeated = findings(text).filter((f) => f[0] === 'repeated-values');
    expect(repeated).toEqual([
      ['repeated-values', 'inconsistent', 't(113) = 1.83, p = .07 | t(113) = 1.83, p = .01', 'also reported at line 1'],
    ]);
  });
});

describe('a df below one is no df (recognisers/statements.ts)', () => {
  it('a template row "degrees of freedom (N – 2)" running into "= .67" leaves r without df', () => {
    const text =
      'Component Example Meaning\nr r(78) Correlation coefficient with degrees of freedom (N – 2)\n= .67 r = .67 Effect size (strength & direction)\np < .001 Probability the result is due to chance';
    expect(findings(text)).toEqual([
      ['p-value', 'not-checkable', 'r = .67 Effect size (strength & direction) p < .001', '—'],
    ]);
  });

  it('degrees of freedom written apart are still read', () => {
    // r = .45 with df = 78: t = r·√df/√(1 − r²) = 4.45, p = 2.8e-5
    // (2.2e-5 to 3.5e-5 over r ∈ [.445, .455]), below .001.
    expect(findings('Study time correlated with scores, r = .45, df = 78, p < .001.')).toEqual([
      [
        'p-value',
        'consistent',
        'r = .45, df = 78, p < .001',
        'p = 2.2 × 10^-5 to 3.5 × 10^-5 (two-tailed) for |r(78)| ∈ [0.445, 0.455]',
      ],
    ]);
  });
});

describe("a table's p printed at its floor (checks/table-floor-p.ts)", () => {
  // HR 0.66 (0.57, 0.75): SE = (ln 0.75 − ln 0.57)/3.92 = 0.0700, z = 5.93, Wald p = 2.9e-9.
  it('an HR row whose interval puts p far below the printed 0.001 is not checkable', () => {
    const text =
      'Table 2. Hazard ratios for mortality\nHR (95% CI) P value\n1 0.83 (0.72,0.95)0.007 0.66 (0.57,0.75)0.001';
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'consistent',
        'HR = 0.83; CI 95% 0.72 – 0.95',
        'centre on the log scale √(lower·upper) = [0.8220, 0.8321]',
      ],
      [
        'confidence-interval',
        'consistent',
        'HR = 0.83; CI 95% 0.72 – 0.95; p = 0.007',
        'p from the interval (Wald) = 0.0037 to 0.0146',
      ],
      [
        'confidence-interval',
        'consistent',
        'HR = 0.66; CI 95% 0.57 – 0.75',
        'centre on the log scale √(lower·upper) = [0.6488, 0.6589]',
      ],
      [
        'confidence-interval',
        'not-checkable',
        'HR = 0.66; CI 95% 0.57 – 0.75; p = 0.001',
        'p from the interval (Wald) = 5.8 × 10^-11 to 3.5 × 10^-8',
      ],
    ]);
    expect(explanations(text)[3]).toBe(
      'The table prints p as 0.001, the smallest value its precision shows, and the statistic or interval beside it implies a smaller p: most likely "< 0.001" whose sign was lost, so p cannot be checked.',
    );
  });

  it('a t row of a table likewise; its other rows are checked', () => {
    // t(58) = 6.21: p = 6.0e-8 to 6.2e-8; t(58) = 2.45: p = 0.0171 to 0.0175.
    const text =
      'Table 2. Paired t-tests\n| Outcome | t | df | p |\n|---|---|---|---|\n| Knowledge | 6.21 | 58 | 0.001 |\n| Attitude | 2.45 | 58 | 0.017 |';
    expect(findings(text).map((f) => f.slice(0, 3))).toEqual([
      ['p-value', 'not-checkable', '| Knowledge | 6.21 | 58 | 0.001 |'],
      ['p-value', 'consistent', '| Attitude | 2.45 | 58 | 0.017 |'],
    ]);
  });

  it('prose that writes "p = 0.001" states its operator and is checked as written', () => {
    expect(findings('Mortality was lower in the second quartile (HR = 0.66, 95% CI 0.57–0.75, p = 0.001).')).toEqual([
      [
        'confidence-interval',
        'consistent',
        'HR = 0.66; CI 95% 0.57 – 0.75',
        'centre on the log scale √(lower·upper) = [0.6488, 0.6589]',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'HR = 0.66; CI 95% 0.57 – 0.75; p = 0.001',
        'p from the interval (Wald) = 5.8 × 10^-11 to 3.5 × 10^-8',
      ],
    ]);
    expect(findings('The scores rose, t(58) = 6.21, p = 0.001.').map((f) => f.slice(0, 2))).toEqual([
      ['p-value', 'inconsistent'],
    ]);
  });

  it('a table p above its floor is checked as printed', () => {
    // HR 0.66 (0.57, 0.75) with p printed 0.002: not the floor of three decimals.
    const text =
      'Table 2. Hazard ratios for mortality\nHR (95% CI) P value\n1 0.83 (0.72,0.95)0.007 0.66 (0.57,0.75)0.002';
    expect(findings(text)[3]!.slice(0, 2)).toEqual(['confidence-interval', 'inconsistent']);
  });
});
