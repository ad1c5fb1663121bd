/**
 * The remarks column of normality and homogeneity tables pasted flat ("0,012 Tidak normal"):
 * recognisers/assumption-labels.ts. The texts are written for these tests; each case lists every
 * finding naskah reports, exactly. At α = 0,05 a p above it says normal (homogeneous), at or
 * below it not.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('normality and homogeneity tables with a remarks column (recognisers/assumption-labels.ts)', () => {
  it("judges each label against its row's p", () => {
    // 0,192 and 0,200 > 0,05: normal; 0,012 ≤ 0,05: not normal; 0,001 ≤ 0,05 labelled Normal:
    // inconsistent.
    const text =
      'Tabel 4.3 Hasil Uji Normalitas Kolmogorov-Smirnov Kelompok Sig. Keterangan Pretest 0,192 Normal Posttest 0,200 Normal Selisih 0,012 Tidak normal Kontrol 0,001 Normal';
    expect(findings(text)).toEqual([
      ['conclusion', 'consistent', '0,192 Normal', 'p = 0,192 > α = 0,05: tidak signifikan'],
      ['conclusion', 'consistent', '0,200 Normal', 'p = 0,200 > α = 0,05: tidak signifikan'],
      ['conclusion', 'consistent', '0,012 Tidak normal', 'p = 0,012 ≤ α = 0,05: signifikan'],
      ['conclusion', 'inconsistent', '0,001 Normal', 'p = 0,001 ≤ α = 0,05: signifikan'],
    ]);
  });

  it("reads SPSS's footnote mark after Sig. and a homogeneity table", () => {
    // ,200* and ,004 (Kolmogorov–Smirnov Sig.); Levene's F(1, 58) = 0,634 gives p = 0,4290–0,4293
    // (printed 0,429, a fit) > 0,05: homogeneous.
    const text =
      'Tabel 4.5 Tests of Normality Kolmogorov-Smirnov Statistic df Sig. Keterangan Pretest ,121 30 ,200* Normal Posttest ,198 30 ,004 Tidak Normal\n\nTabel 4.6 Uji Homogenitas Levene Statistic df1 df2 Sig. Keterangan 0,634 1 58 0,429 Homogen';
    expect(findings(text)).toEqual([
      ['conclusion', 'consistent', ',200* Normal', 'p = ,200 > α = 0,05: tidak signifikan'],
      ['conclusion', 'consistent', ',004 Tidak Normal', 'p = ,004 ≤ α = 0,05: signifikan'],
      ['p-value', 'consistent', '0,634 1 58 0,429', 'p = 0,4290 sampai 0,4293 untuk |F(1; 58)| ∈ [0,6335; 0,6345]'],
      ['conclusion', 'consistent', '0,429 Homogen', 'p = 0,429 > α = 0,05: tidak signifikan'],
    ]);
  });

  it('takes a level printed between the p and its label as the level', () => {
    expect(findings('Tabel 7. Uji Normalitas Kelompok p α Keterangan Pretest 0.776 0.05 Normal')).toEqual([
      ['conclusion', 'consistent', '0.776 0.05 Normal', 'p = 0.776 > α = 0.05: tidak signifikan'],
    ]);
  });

  it('does not read a statistic against its table value, a ratio, prose, or a label with no test named', () => {
    expect(
      findings('Tabel 8. Rangkuman Hasil Uji Homogenitas df1 df2 F hitung F tabel Keterangan 1 9 0.653 4.965 Homogen'),
    ).toEqual([]);
    expect(findings('Uji normalitas dengan rasio skewness: Pretest -0,035 Normal')).toEqual([]);
    expect(findings('Uji normalitas menunjukkan nilai 0,001 normal menurut penulis')).toEqual([]);
    expect(findings('Kelompok Nilai Keterangan Pretest 0,001 Normal')).toEqual([]);
  });
});
