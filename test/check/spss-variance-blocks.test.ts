/**
 * Levene and one-way ANOVA blocks of SPSS output flattened into lines
 * (recognisers/spss-variance-blocks.ts). Each case lists every finding, exactly; the recomputed
 * p were checked against jStat (F(3, 26) ∈ [0.5175, 0.5185] → p 0.6733–0.6739).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('SPSS Levene and ANOVA blocks as F tests', () => {
  it('a Levene row after its label', () => {
    expect(
      findings('Test of Homogeneity of Variances\nLevene Statistic df1 df2 Sig. Based on Mean .518 3 26 .673'),
    ).toEqual([
      ['p-value', 'consistent', '.518 3 26 .673', 'p = 0,6733 sampai 0,6739 untuk |F(3; 26)| ∈ [0,5175; 0,5185]'],
    ]);
  });

  it('a Levene block broken over lines, with a p that starts with its decimal point', () => {
    expect(findings('Levene Statistic\ndf1 df2\nSig. .014\n1 66\n.907')).toEqual([
      ['p-value', 'consistent', '.014 1 66 .907', 'p = 0,9045 sampai 0,9079 untuk |F(1; 66)| ∈ [0,0135; 0,0145]'],
    ]);
  });

  it('a one-way ANOVA row takes its second df from the within-groups row: a wrong Sig. is inconsistent', () => {
    expect(
      findings(
        'ANOVA Sum of Squares df Mean Square F Sig. Between Groups 2.892 1 2.892 .637 .128 Within Groups 299.858 66 4.543 Total 302.750 67',
      ),
    ).toEqual([
      ['p-value', 'inconsistent', '.637 .128', 'p = 0,4275 sampai 0,4278 untuk |F(1; 66)| ∈ [0,6365; 0,6375]'],
    ]);
  });

  it("a regression's ANOVA row (Regression … Residual), the p misprinted by a factor of ten", () => {
    expect(
      findings(
        'ANOVA Model Sum of Squares df Mean Square F Sig. 1 Regression 85.611 3 28.537 11.329 .030 Residual 20.151 8 2.518',
      ),
    ).toEqual([['p-value', 'inconsistent', '11.329 .030', 'p = 0,0030 untuk |F(3; 8)| ∈ [11,3285; 11,3295]']]);
  });
});
