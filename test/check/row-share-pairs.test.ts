/**
 * Cross tables pasted flat with row percentages and no Total column (each row's shares add up to
 * 100, its total the sum of its counts): recognisers/row-share-pairs.ts. The texts are written for
 * these tests; each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const rowSum = (k: number, n: number, pct: string) =>
  `${k}/${n} = ${pct}% dari ${n}, jumlah baris tersebut (persentasenya berjumlah 100%)`;

describe('flat cross tables of row shares without a Total column (recognisers/row-share-pairs.ts)', () => {
  it("holds each row's shares to the sum of its counts", () => {
    // 18/30 = 60,0, 12/30 = 40,0; 10/24 = 41,67 (printed 41,6: truncated, not rounded; 41,6 +
    // 58,3 still add up to 100 within their rounding), 14/24 = 58,33; 6/25 = 24,0, 19/25 = 76,0.
    const text =
      'Tabel 6. Hubungan pengetahuan dengan kepatuhan minum obat Pengetahuan Tidak patuh Patuh p n % n % Kurang 18 60,0 12 40,0 0,101 Cukup 10 41,6 14 58,3 Baik 6 24,0 19 76,0 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '18 60,0', rowSum(18, 30, '60,00')],
      ['percentages', 'consistent', '12 40,0', rowSum(12, 30, '40,00')],
      ['percentages', 'inconsistent', '10 41,6', rowSum(10, 24, '41,67')],
      ['percentages', 'consistent', '14 58,3', rowSum(14, 24, '58,33')],
      ['percentages', 'consistent', '6 24,0', rowSum(6, 25, '24,00')],
      ['percentages', 'consistent', '19 76,0', rowSum(19, 25, '76,00')],
    ]);
  });

  it('reads rows followed by their odds ratio, interval and p', () => {
    // 22/69 = 31,88, 47/69 = 68,12; 8/20 = 40,0, 12/20 = 60,0. The interval's geometric centre
    // √(0,510·3,981) = 1,4249 fits OR 1,424.
    const text =
      'Tabel 7. Jumlah anak dan status gizi balita n % n % OR CI 95% Jumlah anak >2 anak 22 31,9 47 68,1 1,424 0,510 – 3,981 1 – 2 anak 8 40,0 12 60,0 Sumber: data primer';
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'consistent',
        'OR = 1,424; IK 95% 0,510 – 3,981',
        'titik tengah pada skala log √(bawah·atas) = [1,424; 1,426]',
      ],
      ['percentages', 'consistent', '22 31,9', rowSum(22, 69, '31,88')],
      ['percentages', 'consistent', '47 68,1', rowSum(47, 69, '68,12')],
      ['percentages', 'consistent', '8 40,0', rowSum(8, 20, '40,00')],
      ['percentages', 'consistent', '12 60,0', rowSum(12, 20, '60,00')],
    ]);
  });

  it('does not read one such row alone (two shares of different totals may add up to 100 by chance)', () => {
    // As row shares 12/30 = 40,0 would make 45,5 a false alarm; these may be column shares.
    expect(
      findings('Tabel 2. Jenis kelamin responden Kasus Kontrol n % n % Laki-laki 12 45,5 18 54,5 Sumber: data primer'),
    ).toEqual([]);
  });

  it('does not read a table whose rows do not fit their own sums (column shares of unequal groups)', () => {
    // Column shares of groups of 20 and 30 (8/20 = 40, 18/30 = 60; 12/20 = 60, 12/30 = 40): each
    // row adds up to 100 by chance, and no row fits its own sum (8/26 = 30,8; 12/24 = 50,0).
    expect(
      findings(
        'Tabel 3. Jenis kelamin menurut kelompok Intervensi Kontrol n % n % Laki-laki 8 40,0 18 60,0 Perempuan 12 60,0 12 40,0 Sumber: data primer',
      ),
    ).toEqual([]);
  });
});
