/**
 * Hand-computed tests laid out one step a line, the decision on a line of its own
 * ("Keputusan : Tolak H0") after the statistic and its critical value (fresh8-id;
 * recognisers/worksheet-decisions.ts, and the verb-first decisions of recognisers/critical-values.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a worksheet decision line after its values', () => {
  it('"Terima H0" with t hitung above t tabel contradicts the values; the conclusion line agrees with them', () => {
    // |2,15| > 2,101: significant, so H0 is rejected; "Terima H0" says otherwise, while "ada
    // perbedaan" agrees with the values.
    const text =
      'b. Nilai t\nt = 2,15\nc. Df = 18\nd. t Hitung = 2,15\ne. t Tabel = 2,101\nKeputusan : Terima H0\nKesimpulan : ada perbedaan antara kedua kelompok.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'inconsistent',
        't Hitung = 2,15 e. t Tabel = 2,101 Keputusan : Terima H0',
        '|2,15| > 2,101 (nilai kritis): signifikan',
      ],
      ['conclusion', 'consistent', 'Kesimpulan : ada perbedaan', '|2,15| > 2,101 (nilai kritis): signifikan'],
    ]);
  });

  it('"Tolak H0" with the χ² above its table value agrees', () => {
    const text =
      'd. X2 Hitung = 9,21\ne. X2 Tabel = 5,991\nKeputusan : Tolak H0\nKesimpulan : ada hubungan antara umur dengan kepatuhan.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'X2 Hitung = 9,21 e. X2 Tabel = 5,991 Keputusan : Tolak H0',
        '9,21 > 5,991 (nilai kritis): signifikan',
      ],
      ['conclusion', 'consistent', 'Kesimpulan : ada hubungan', '9,21 > 5,991 (nilai kritis): signifikan'],
    ]);
  });

  it('is not read when two statistics come before the decision line', () => {
    expect(findings('d. X2 Hitung = 9,21\ne. X2 Tabel = 5,991\nf. F Hitung = 2,10\nKeputusan : Tolak H0')).toEqual([]);
  });
});

describe('a decision with its verb first, in one sentence (recognisers/critical-values.ts)', () => {
  it('"maka tolak H0", "gagal menolak H0" and "tidak menolak H0"', () => {
    // "tidak menolak H0" holds "menolak H0" but says the opposite: not a rejection.
    expect(findings('X2 hitung = 9,21 dan X2 tabel = 5,991 maka tidak menolak H0.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'X2 hitung = 9,21 dan X2 tabel = 5,991 maka tidak menolak H0',
        '9,21 > 5,991 (nilai kritis): signifikan',
      ],
    ]);
    expect(findings('X2 hitung = 1,43 dan X2 tabel = 3,841 maka tolak H0.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'X2 hitung = 1,43 dan X2 tabel = 3,841 maka tolak H0',
        '1,43 ≤ 3,841 (nilai kritis): tidak signifikan',
      ],
    ]);
    expect(findings('X2 hitung = 1,43 dan X2 tabel = 3,841 maka gagal menolak H0.')).toEqual([
      [
        'conclusion',
        'consistent',
        'X2 hitung = 1,43 dan X2 tabel = 3,841 maka gagal menolak H0',
        '1,43 ≤ 3,841 (nilai kritis): tidak signifikan',
      ],
    ]);
  });
});

describe("Wilcoxon's T, which is significant when at most its table value", () => {
  it('a worksheet or a sentence of a Wilcoxon test is not read as a t against its critical value', () => {
    const worksheet =
      'Uji Wilcoxon\na. T hitung = 12\nb. T tabel = 17\nKeputusan : Tolak H0\nKesimpulan : ada perbedaan sebelum dan sesudah perlakuan.';
    expect(findings(worksheet)).toEqual([]);
    expect(
      findings('Hasil uji Wilcoxon. Diperoleh T hitung = 12 lebih kecil dari T tabel = 17 sehingga H0 ditolak.'),
    ).toEqual([]);
    // Student's t with the same values is still a contradiction.
    expect(findings('Hasil uji t. Diperoleh t hitung = 12 lebih kecil dari t tabel = 17 sehingga H0 ditolak.')).toEqual(
      [
        [
          'conclusion',
          'inconsistent',
          't hitung = 12 lebih kecil dari t tabel = 17 sehingga H0 ditolak',
          '|12| ≤ 17 (nilai kritis): tidak signifikan',
        ],
      ],
    );
  });
});

describe('a decision line that states the rule', () => {
  it('"Keputusan : tolak H0 apabila t hitung > t tabel" is no decision on the values before it', () => {
    const text =
      'a. t hitung = 1,20\nb. t tabel = 2,021\nKeputusan : tolak H0 apabila t hitung lebih besar dari t tabel\nKesimpulan : tidak ada perbedaan yang signifikan.';
    expect(findings(text)).toEqual([]);
  });
});
