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

  it("does not read a statistic and its table value below 1 (Lilliefors' L, Kolmogorov–Smirnov's D) as a p", () => {
    // L = 0,2013 > L tabel 0,1610 says not normal; 0,1610 is no p. Read as one, "Tidak Normal" after
    // 0,1610 > 0,05 (or "Normal" after L 0,0352 ≤ 0,05) would be a false decision error.
    expect(
      findings(
        'Tabel 4.6 Hasil Uji Normalitas dengan Uji Lilliefors Kelas Lhitung Ltabel Keterangan Eksperimen 0,2013 0,1610 Tidak Normal Kontrol 0,0952 0,1610 Normal',
      ),
    ).toEqual([]);
    expect(
      findings('Tabel 4.6 Hasil Uji Normalitas Kelas Ltabel Lhitung Keterangan Eksperimen 0,1610 0,0352 Normal'),
    ).toEqual([]);
    expect(
      findings(
        'Tabel 4.4 Uji Normalitas Kolmogorov-Smirnov Dhitung Dtabel Keterangan Pretest 0,262 0,242 Tidak Normal Posttest 0,121 0,242 Normal',
      ),
    ).toEqual([]);
  });

  it("does not read a row of SPSS's Tests of Normality that prints both Kolmogorov–Smirnov's and Shapiro–Wilk's Sig.", () => {
    // The remark may follow Kolmogorov–Smirnov's ,192 (normal) while Shapiro–Wilk's ,016 comes last.
    expect(
      findings(
        'Tabel 4.5 Hasil Uji Normalitas Tests of Normality Kolmogorov-Smirnova Shapiro-Wilk Statistic df Sig. Statistic df Sig. Keterangan Pretest ,132 30 ,192 ,912 30 ,016 Normal',
      ),
    ).toEqual([]);
  });

  it('does not read a label against 5% when the passage states another level', () => {
    // At the stated 1%, ,032 > 0,01 is homogeneous; read at 5% it would be a false decision error.
    // Levene's F(1, 58) = 4,812 gives p = 0,03228–0,03229 (scipy f.sf), printed ,032: a fit.
    expect(
      findings(
        'Uji homogenitas dilakukan dengan taraf signifikansi 1%. Tabel 4.7 Test of Homogeneity of Variances Levene Statistic df1 df2 Sig. Keterangan 4,812 1 58 ,032 Homogen',
      ),
    ).toEqual([['p-value', 'consistent', '4,812 1 58 ,032', 'p = 0,0323 untuk |F(1; 58)| ∈ [4,8115; 4,8125]']]);
    // A level stated in the table's note after the cells: 0,043 > 0,01 is normal.
    expect(
      findings(
        'Tabel 4.5 Uji Normalitas Kolmogorov-Smirnov Kelompok Sig. Keterangan Pretest 0,200 Normal Posttest 0,043 Normal Catatan: α = 0,01',
      ),
    ).toEqual([]);
    // At a stated 99% confidence level, 0,021 > 0,01 is normal.
    expect(
      findings(
        'Pengujian menggunakan tingkat kepercayaan 99%. Tabel 4.4 Uji Normalitas Kolmogorov-Smirnov Sig. Keterangan Pretest 0,021 Normal',
      ),
    ).toEqual([]);
  });

  it("does not read a remark after a row printing two p columns (Levene's Sig. and the t test's)", () => {
    // "Homogen" judges Levene's ,477; the ,002 printed last before it is the t test's Sig. (2-tailed).
    expect(
      findings(
        "Tabel 4.9 Hasil Uji Independent Sample t-test Levene's Test for Equality of Variances t-test for Equality of Means F Sig. t df Sig. (2-tailed) Keterangan Equal variances assumed ,512 ,477 3,210 58 ,002 Homogen",
      ),
    ).toEqual([]);
    expect(
      findings(
        'Tabel 4.9 Uji Homogenitas dan Uji t Levene F Sig. t Sig. (2-tailed) Keterangan Nilai ,512 ,477 3,210 ,002 Homogen',
      ),
    ).toEqual([]);
  });
});
