/**
 * A closing decision on the hypothesis that cites nothing of its own, judged against the one p
 * printed before it (recognisers/closing-decisions.ts). Each case lists every finding naskah
 * reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a closing "Dengan demikian … Ho diterima" from the one p before it (recognisers/closing-decisions.ts)', () => {
  it('an abstract that closes with the opposite decision, a paragraph after its p', () => {
    const text =
      'Hasil uji paired sample t-test menunjukkan nilai sig. (2-tailed) sebesar 0,003 yang lebih kecil dari 0,05. Rata-rata nilai posttest siswa lebih tinggi daripada nilai pretest.\nDengan demikian dapat disimpulkan bahwa Ho diterima, artinya metode demonstrasi berpengaruh terhadap hasil belajar siswa.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'inconsistent',
        '0,003 yang lebih kecil dari 0,05. Rata-rata nilai posttest siswa lebih tinggi daripada nilai pretest. Dengan demikian dapat disimpulkan bahwa Ho diterima',
        'p = 0,003 ≤ α = 0,05: signifikan',
      ],
    ]);
  });

  it('"Jadi Ho diterima" after a p above the level', () => {
    const text =
      'Hasil uji chi square menunjukkan p value sebesar 0,214.\nJadi Ho diterima, tidak ada hubungan antara pengetahuan dan sikap ibu.';
    expect(findings(text)).toEqual([
      ['conclusion', 'consistent', '0,214. Jadi Ho diterima', 'p = 0,214 > α = 0,05: tidak signifikan'],
    ]);
  });

  it('the one p before it is a homogeneity test’s: the decision follows the t against its critical value', () => {
    const text =
      'Hasil uji homogenitas menunjukkan nilai sig. 0,451 sehingga varians kedua kelompok homogen. Hasil uji t diperoleh t hitung 3,210 lebih besar dari t tabel 2,021.\nDengan demikian Ho ditolak.';
    // Only the homogeneity decision of the first sentence is read.
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'nilai sig. 0,451 sehingga varians kedua kelompok homogen',
        'p = 0,451 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it('two p values before it (a normality test and the test): which one it sums up is not told', () => {
    const text =
      'Uji normalitas memberikan nilai sig. 0,200 sehingga data berdistribusi normal. Hasil uji paired sample t-test menunjukkan nilai sig. (2-tailed) sebesar 0,003.\nDengan demikian dapat disimpulkan bahwa Ho diterima.';
    // Only the normality decision of the first sentence is read.
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'nilai sig. 0,200 sehingga data berdistribusi normal',
        'p = 0,200 > α = 0,05: tidak signifikan',
      ],
    ]);
  });
});
