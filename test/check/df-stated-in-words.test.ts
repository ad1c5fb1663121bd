/**
 * A df stated as "derajat bebas = n-k = 33-3 = 30" in the sentence that looks up the critical t
 * serves the t's of its paragraph that print no df (fresh8-id; recognisers/critical-df-statements.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const TABLE =
  'Tabel 4.5 Coefficientsa Model Unstandardized Coefficients Standardized Coefficients t Sig. B Std. Error Beta 1 Constant 2.100 .900 2.333 .027 Motivasi .410 .120 .500 3.417 .004';

// Each t is also held to B/SE, whatever its df: 2.100/.900 = 2.333, .410/.120 = 3.417.
const SE_CONSTANT = [
  'standard-error',
  'consistent',
  't = 2.333; M = 2.100, SE = .900',
  't = rata-rata/SE = [2,331; 2,335]',
];
const SE_MOTIVASI = [
  'standard-error',
  'consistent',
  't = 3.417; M = .410, SE = .120',
  't = rata-rata/SE = [3,398; 3,435]',
];

describe('"derajat bebas = n-k = … = 30" beside the critical t', () => {
  it("gives the table's t's their df: t(30) = 2.333 has p = .0265, t(30) = 3.417 has p = .0018", () => {
    expect(findings(`Derajat bebas = n-k = 33-3 = 30, maka t tabel yang digunakan adalah 2,042. ${TABLE}`)).toEqual([
      SE_CONSTANT,
      ['p-value', 'consistent', '2.333 .027', 'p = 0,0265 sampai 0,0266 (dua sisi) untuk |t(30)| ∈ [2,3325; 2,3335]'],
      SE_MOTIVASI,
      ['p-value', 'inconsistent', '3.417 .004', 'p = 0,0018 (dua sisi) untuk |t(30)| ∈ [3,4165; 3,4175]'],
    ]);
  });

  it('is not used when its sentence names no critical t', () => {
    expect(findings(`Derajat bebas = n-k = 33-3 = 30. ${TABLE}`)).toEqual([
      SE_CONSTANT,
      ['p-value', 'not-checkable', '2.333 .027', '—'],
      SE_MOTIVASI,
      ['p-value', 'not-checkable', '3.417 .004', '—'],
    ]);
  });

  it('serves no t after a numbered heading, where page text runs the next section on without a blank line', () => {
    // The second hypothesis is a paired t of 16 pupils: df 15, not the 30 stated for the first.
    const text = [
      'Dengan dk = n - 2 = 32 - 2 = 30, maka t tabel = 2,042.',
      'Karena t hitung 3,10 > t tabel 2,042 maka H0 ditolak.',
      '4.3 Uji Hipotesis Kedua',
      'Hasil uji t sampel berpasangan pada 16 siswa menunjukkan t = 2,50 dengan p = 0,024.',
    ].join('\n');
    // Before: inconsistent, p = 0,0179 to 0,0183 for t(30).
    expect(findings(text)).toEqual([
      ['p-value', 'not-checkable', 't = 2,50 dengan p = 0,024', '—'],
      ['conclusion', 'consistent', 'p = 0,024', 'p = 0,024 ≤ α = 0,05: signifikan'],
    ]);
  });
});
