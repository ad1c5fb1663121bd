/**
 * A hand computation's result restated with its digits cut, not rounded
 * (checks/truncated-restatements.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en' = 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a computed result restated with its digits cut (checks/truncated-restatements.ts)', () => {
  it('0,6136375 restated as 0,613 (rounded: 0,614), reported once though told twice', () => {
    const text =
      'Hasil perhitungan: 1928 dibagi 3141,92 = 0,6136375. Jadi didapat koefisien korelasi sebesar 0,613. Derajat hubungan kedua variabel sebesar 0,613.';
    expect(findings(text)).toEqual([
      ['repeated-values', 'inconsistent', '0,613', '0,6136375 dibulatkan menjadi 0,614'],
    ]);
    expect(checkText(text, { lang: 'id' }).findings.map((f) => f.explanation)).toEqual([
      'Hasil hitungan 0,6136375 ditulis ulang sebagai 0,613: angkanya dipotong, bukan dibulatkan.',
    ]);
  });

  it('English: 2.086450 restated as 2.08 (rounded: 2.09)', () => {
    const text = 'Dividing 25.1 by 12.03 gives 25.1 / 12.03 = 2.086450. The resulting ratio was 2.08.';
    expect(findings(text, 'en')).toEqual([['repeated-values', 'inconsistent', '2.08', '2.086450 rounds to 2.09']]);
  });

  it('the value at the end of a chain is the result, not one before an operator', () => {
    // 0,6136375 × 2 = 1,227275, rounded 1,23, cut 1,22.
    const text = 'Hasil perhitungan: 1928 dibagi 3141,92 = 0,6136375 × 2 = 1,227275. Jadi hasilnya sebesar 1,22.';
    expect(findings(text)).toEqual([['repeated-values', 'inconsistent', '1,22', '1,227275 dibulatkan menjadi 1,23']]);
  });

  it('a correctly rounded restatement is fine', () => {
    const text = 'Hasil perhitungan: 1928 dibagi 3141,92 = 0,6136375. Jadi didapat koefisien korelasi sebesar 0,614.';
    expect(findings(text)).toEqual([]);
  });

  it('a restatement of fewer than three significant digits could be another quantity: not read', () => {
    // 0,0136372 cut to 0,013 (rounded 0,014), but "0,013" has two significant digits.
    const text = 'Hasil perhitungan: 43 dibagi 3153,2 = 0,0136372. Jadi didapat koefisien sebesar 0,013.';
    expect(findings(text)).toEqual([]);
  });
});
