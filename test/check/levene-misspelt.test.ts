/**
 * SPSS's Test of Homogeneity of Variances flattened, its header misspelt "Lavene" as theses often
 * print it (fresh8-id; recognisers/spss-variance-blocks.ts). Each case lists every finding naskah
 * reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('"Lavene Statistic df1 df2 Sig."', () => {
  it("is read as Levene's F with its df: F(2, 57) = 1,245 has p = ,2955–,2958, not ,392", () => {
    expect(findings('Tabel 9 Uji Homogenitas Lavene Statistic df1 df2 Sig. 1,245 2 57 ,392 Tabel 9')).toEqual([
      ['p-value', 'inconsistent', '1,245 2 57 ,392', 'p = 0,2955 sampai 0,2958 untuk |F(2; 57)| ∈ [1,2445; 1,2455]'],
    ]);
  });
});
