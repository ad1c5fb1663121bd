/**
 * The Z and p rows of a Wilcoxon or Mann–Whitney output block (recognisers/rank-test-output.ts).
 * Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('Z and Asymp. Sig. rows of a rank test', () => {
  it('SPSS Test Statistics of a Mann–Whitney test, one column', () => {
    expect(
      findings(
        'Mann-Whitney Test\nTest Statisticsa\nMann-Whitney U 9,500\nWilcoxon W 45,500\nZ -2,727\nAsymp. Sig. (2-tailed) ,016\nb',
      ),
    ).toEqual([
      [
        'p-value',
        'inconsistent',
        '-2,727 Asymp. Sig. (2-tailed) ,016',
        'p = 0,0064 (dua sisi) untuk |Z| ∈ [2,7265; 2,7275]',
      ],
    ]);
  });

  it('two columns flattened into a Z row and a P value row', () => {
    expect(findings('Uji Wilcoxon. Sistolik Diastolik Z 0,00 -0,816 P value 1,00 0,414 Perbandingan')).toEqual([
      [
        'p-value',
        'consistent',
        '0,00 -0,816 P value 1,00',
        'p = 0,9960 sampai 1,0000 (dua sisi) untuk |Z| ∈ [0,000; 0,005]',
      ],
      [
        'p-value',
        'consistent',
        '-0,816 P value 1,00 0,414',
        'p = 0,4142 sampai 0,4148 (dua sisi) untuk |Z| ∈ [0,8155; 0,8165]',
      ],
    ]);
  });

  it('p = ,000 after a footnote letter is a reporting issue, read once', () => {
    expect(findings('Uji Wilcoxon. Z -3,920b Asymp. Sig. (2-tailed) ,000')).toEqual([
      [
        'p-value',
        'reporting-issue',
        '-3,920b Asymp. Sig. (2-tailed) ,000',
        'p = 8,8 × 10^-5 sampai 8,9 × 10^-5 (dua sisi) untuk |Z| ∈ [3,9195; 3,9205]',
      ],
    ]);
  });

  it('a Kolmogorov–Smirnov Z is not read', () => {
    expect(findings('Uji Wilcoxon, lalu normalitas Kolmogorov-Smirnov Z 1,225 Asymp. Sig. (2-tailed) ,100')).toEqual(
      [],
    );
  });
});
