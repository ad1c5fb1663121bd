/**
 * Flattened cross tables of row shares whose Total column holds each row's share of the grand
 * total instead of 100 (recognisers/row-shares-grand-total-column.ts), shares cut instead of
 * rounded, which confirm their total rather than make it doubtful (checks/doubtful-totals.ts),
 * and a df printed "Df" (recognisers/labels.ts). Each case lists every finding naskah reports,
 * exactly; every expected share is the count over the total stated beside it, worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('row shares with a Total column of shares of the grand total', () => {
  it('holds each row to its own total and the Total column and total row to the grand total', () => {
    // 45/60 = 75 %, 15/60 = 25 %, 16/40 = 40 %, 24/40 = 60 %; the Total column 60/100 = 60 %,
    // and 40/100 = 40 %, printed 44,0; the total row 61/100 and 39/100.
    const text =
      'Tabel 5. Hubungan sikap dengan kepatuhan Sikap Kepatuhan Jumlah p Patuh Tidak patuh n % n % n % Positif 45 75,0 15 25,0 60 60,0 0,002 Negatif 16 40,0 24 60,0 40 44,0 Jumlah 61 61,0 39 39,0 100 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '45 75,0', '45/60 = 75,00% dari total baris 60'],
      ['percentages', 'consistent', '15 25,0', '15/60 = 25,00% dari total baris 60'],
      ['percentages', 'consistent', '60 60,0', '60/100 = 60,00% dari total tabel 100'],
      ['percentages', 'consistent', '16 40,0', '16/40 = 40,00% dari total baris 40'],
      ['percentages', 'consistent', '24 60,0', '24/40 = 60,00% dari total baris 40'],
      ['percentages', 'inconsistent', '40 44,0', '40/100 = 40,00% dari total tabel 100'],
      ['percentages', 'consistent', '61 61,0', '61/100 = 61,00% dari total baris 100'],
      ['percentages', 'consistent', '39 39,0', '39/100 = 39,00% dari total baris 100'],
    ]);
  });

  it('is not read when the cells of a row are shares of their column (they do not add up to 100)', () => {
    // 37/72 = 51,39 %, 52/137 = 37,96 %, …: column shares; only the total row, which ends in
    // 209 and 100, is read (72/209 = 34,45 %, 137/209 = 65,55 %).
    const text =
      'Tabel 4.6 Dukungan Kepatuhan Jumlah Patuh Tidak Patuh n % n % n % Baik 37 51,39 52 37,96 89 42,58 Cukup 21 29,17 66 48,18 87 41,63 Kurang 14 19,44 19 13,87 33 15,79 Jumlah 72 34,45 137 65,55 209 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '72 34,45', '72/209 = 34,45% dari total baris 209'],
      ['percentages', 'consistent', '137 65,55', '137/209 = 65,55% dari total baris 209'],
    ]);
  });
});

describe('shares cut instead of rounded', () => {
  it('are each inconsistent, however many of the table they are', () => {
    // Every share printed cut to two decimals: 52/89 = 58,427 % (58,42), 21/87 = 24,138 %
    // (24,13), 87/209 = 41,627 % (41,62), 19/33 = 57,576 % (57,57), 33/209 = 15,789 % (15,78),
    // 72/209 = 34,450 % (34,44); the other five round and cut alike. Six of eleven miss, each by
    // less than 0,01: the totals are right, the shares cut.
    const text =
      'Tabel 4.6 Hubungan dukungan keluarga dengan kepatuhan minum obat Dukungan Kepatuhan Jumlah Patuh Tidak Patuh n % n % n % Baik 37 41,57 52 58,42 89 42,58 Cukup 21 24,13 66 75,86 87 41,62 Kurang 14 42,42 19 57,57 33 15,78 Jumlah 72 34,44 137 65,55 209 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '37 41,57', '37/89 = 41,57% dari total baris 89'],
      ['percentages', 'inconsistent', '52 58,42', '52/89 = 58,43% dari total baris 89'],
      ['percentages', 'consistent', '89 42,58', '89/209 = 42,58% dari total tabel 209'],
      ['percentages', 'inconsistent', '21 24,13', '21/87 = 24,14% dari total baris 87'],
      ['percentages', 'consistent', '66 75,86', '66/87 = 75,86% dari total baris 87'],
      ['percentages', 'inconsistent', '87 41,62', '87/209 = 41,63% dari total tabel 209'],
      ['percentages', 'consistent', '14 42,42', '14/33 = 42,42% dari total baris 33'],
      ['percentages', 'inconsistent', '19 57,57', '19/33 = 57,58% dari total baris 33'],
      ['percentages', 'inconsistent', '33 15,78', '33/209 = 15,79% dari total tabel 209'],
      ['percentages', 'inconsistent', '72 34,44', '72/209 = 34,45% dari total baris 209'],
      ['percentages', 'consistent', '137 65,55', '137/209 = 65,55% dari total baris 209'],
    ]);
  });

  it('do not excuse shares that miss by more: most of a table far off its totals is a misread', () => {
    // 37/89 = 41,57 % printed 45,00, 21/87 = 24,14 % printed 30,00, 14/33 = 42,42 % printed
    // 50,00 (and their complements): six of eight row shares miss by points, not a last digit.
    const text =
      'Tabel 4.6 Dukungan Kepatuhan Jumlah Patuh Tidak Patuh n % n % n % Baik 37 45,00 52 55,00 89 42,58 Cukup 21 30,00 66 70,00 87 41,63 Kurang 14 50,00 19 50,00 33 15,79 Jumlah 72 34,45 137 65,55 209 100';
    const verdicts = checkText(text, { lang: 'id' }).findings.map((f) => [f.reported, f.verdict]);
    expect(verdicts).toEqual([
      ['37 45,00', 'not-checkable'],
      ['52 55,00', 'not-checkable'],
      ['89 42,58', 'consistent'],
      ['21 30,00', 'not-checkable'],
      ['66 70,00', 'not-checkable'],
      ['87 41,63', 'consistent'],
      ['14 50,00', 'not-checkable'],
      ['19 50,00', 'not-checkable'],
      ['33 15,79', 'consistent'],
      ['72 34,45', 'not-checkable'],
      ['137 65,55', 'not-checkable'],
    ]);
  });
});

describe('a df printed "Df"', () => {
  it('is the df of the statistic before it', () => {
    // p of χ²(1) = 10,408 is 0,00126 (R: pchisq(10.408, 1, lower.tail = FALSE)).
    expect(findings('Hasil uji X² =10,408 Df = 1 p = 0,001 menunjukkan ada hubungan.')).toEqual([
      ['p-value', 'consistent', 'X² =10,408 Df = 1 p = 0,001', 'p = 0,0013 untuk |χ²(1)| ∈ [10,4075; 10,4085]'],
      ['conclusion', 'consistent', 'p = 0,001 menunjukkan ada hubungan', 'p = 0,001 ≤ α = 0,05: signifikan'],
    ]);
    // t(28) = 2,10 gives p = 0,0449 (R: 2 * pt(2.10, 28, lower.tail = FALSE)), 0,0444 to 0,0453 over its rounding; not 0,015.
    expect(findings('Uji t menghasilkan t = 2,10 DF = 28 p = 0,015.')).toEqual([
      [
        'p-value',
        'inconsistent',
        't = 2,10 DF = 28 p = 0,015',
        'p = 0,0444 sampai 0,0453 (dua sisi) untuk |t(28)| ∈ [2,095; 2,105]',
      ],
    ]);
  });
});
