/**
 * SPSS's "Chi-Square Tests" table pasted as text, rows run together (recognisers/
 * spss-chi-square-tests.ts): each row's χ², df and Asymp. Sig. Expected p from the χ² upper tail,
 * as R's pchisq(x, df, lower.tail = FALSE) gives it: 45.187 on 26 df → 0.0112, 19.899 on 26 →
 * 0.7963, 3.398 on 1 → 0.0653, 4.261 on 1 → 0.0390, 3.102 → 0.0782, 4.315 → 0.0378, 4.190 →
 * 0.0407. Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe("SPSS's Chi-Square Tests as text", () => {
  it('reads a 2×2 table: footnote letters glued or apart, exact columns and Fisher left alone', () => {
    const text =
      "Chi-Square Tests Value df Asymp. Sig. (2-sided) Exact Sig. (2-sided) Exact Sig. (1-sided) Pearson Chi-Square 4,261a 1 ,039 Continuity Correction b 3,102 1 ,078 Likelihood Ratio 4,315 1 ,048 Fisher's Exact Test ,074 ,039 Linear-by-Linear Association 4,190 1 ,041 N of Valid Cases 62";
    expect(findings(text)).toEqual([
      ['p-value', 'consistent', '4,261a 1 ,039', 'p = 0,0390 untuk |χ²(1)| ∈ [4,2605; 4,2615]'],
      ['p-value', 'consistent', '3,102 1 ,078', 'p = 0,0782 untuk |χ²(1)| ∈ [3,1015; 3,1025]'],
      ['p-value', 'inconsistent', '4,315 1 ,048', 'p = 0,0378 untuk |χ²(1)| ∈ [4,3145; 4,3155]'],
      ['p-value', 'consistent', '4,190 1 ,041', 'p = 0,0407 untuk |χ²(1)| ∈ [4,1895; 4,1905]'],
    ]);
  });

  it('reads a larger table with many df', () => {
    const text =
      'Pearson Chi-Square 45.187 a 26 .011 Likelihood Ratio 19.899 26 .796 Linear-by-Linear Association 3.398 1 .065 N of Valid Cases 59';
    expect(findings(text)).toEqual([
      ['p-value', 'consistent', '45.187 a 26 .011', 'p = 0,0112 untuk |χ²(26)| ∈ [45,1865; 45,1875]'],
      ['p-value', 'consistent', '19.899 26 .796', 'p = 0,7963 untuk |χ²(26)| ∈ [19,8985; 19,8995]'],
      ['p-value', 'consistent', '3.398 1 .065', 'p = 0,0653 untuk |χ²(1)| ∈ [3,3975; 3,3985]'],
    ]);
  });
});
