/**
 * Range frequency tables with units and open bounds, numbered or not
 * (recognisers/bounded-range-rows.ts). Texts written for these tests; shares by hand:
 * 12/40 = 30,0 %, 20/40 = 50,0 %, 8/40 = 20,0 %, 11/40 = 27,5 %, 21/40 = 52,5 %.
 * Each case lists every finding. Since the flat-table reader also reads rows labelled with a range
 * or bound (recognisers/flat-tables.ts), it reads these tables first, and no total-row finding is
 * left: it takes a table only when the counts add up to the total row's N.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('range rows with units and open bounds', () => {
  it('"Kurang dari 25 tahun … Lebih dari 35 tahun": two shares that swap a point are each inconsistent', () => {
    expect(
      findings(
        'Tabel 5. Sebaran Responden Berdasarkan Umur Umur Orang Persentase (%)\n\nKurang dari 25 tahun 12 29,0\n\n26 – 35 tahun 20 51,0\n\nLebih dari 35 tahun 8 20,0\n\nJumlah 40 100',
      ),
    ).toEqual([
      ['percentages', 'inconsistent', '12 29,0', '12/40 = 30,00% dari total tabel 40'],
      ['percentages', 'inconsistent', '20 51,0', '20/40 = 50,00% dari total tabel 40'],
      ['percentages', 'consistent', '8 20,0', '8/40 = 20,00% dari total tabel 40'],
    ]);
  });

  it('numbered rows with an empty first class and "40 keatas"', () => {
    expect(
      findings(
        'Tabel 3 Umur Responden No Umur Frekuensi Persentase 1 < 20 2 20-29 11 27,5 3 30-39 21 52,5 4 40 keatas 8 20,0 Jumlah 40 100',
      ).map(([check, verdict, reported]) => [check, verdict, reported]),
    ).toEqual([
      ['percentages', 'consistent', '11 27,5'],
      ['percentages', 'consistent', '21 52,5'],
      ['percentages', 'consistent', '8 20,0'],
    ]);
  });

  it('a qualification after each share ("Tuntas"); 25 and 3 of 40 printed 60 and 10 are inconsistent', () => {
    // 12/40 = 30; 25/40 = 62,5, printed 60; 3/40 = 7,5, printed 10. The shares still add up to
    // 30 + 60 + 10 = 100, so the table is read.
    expect(
      findings(
        'Interval Nilai Frekuensi Frekuensi Relatif Kualifikasi\n70-80 12\n30 Tuntas\n60-69 25\n60 Tidak Tuntas\n50-59 3\n10 Tidak Tuntas\nJumlah\n40 100',
      ).map(([check, verdict, reported]) => [check, verdict, reported]),
    ).toEqual([
      ['percentages', 'consistent', '12 30'],
      ['percentages', 'inconsistent', '25 60'],
      ['percentages', 'inconsistent', '3 10'],
    ]);
  });

  it('a class whose bound sign the page lost ("Tua 50 tahun"), the class names before the ranges', () => {
    // Of 20: 6 → 30,0, 10 → 50,0, 4 → 20,0; 10 printed 55,0 would break the sum to 100, so 50,0 stays.
    expect(
      findings(
        'Usia Frekuensi Persentase Muda 18-30 tahun 6 30,0 Dewasa 31-50 tahun 10 50,0 Tua 50 tahun 4 20,0 Total 20 100,0',
      ).map(([check, verdict, reported]) => [check, verdict, reported]),
    ).toEqual([
      ['percentages', 'consistent', '6 30,0'],
      ['percentages', 'consistent', '10 50,0'],
      ['percentages', 'consistent', '4 20,0'],
    ]);
  });

  it('shares that do not add up to 100 but counts that add up to the total row: the odd share is inconsistent', () => {
    // 12 + 20 + 8 = 40, the total row's N, so every count is read right; 8/40 = 20,0, printed 25
    // (30 + 50 + 25 = 105). The flat-table reader (recognisers/flat-tables.ts) takes such a table
    // when its counts add up to N, whatever its shares add up to.
    expect(
      findings(
        'Umur Orang Persentase Kurang dari 25 tahun 12 30 26 – 35 tahun 20 50 Lebih dari 35 tahun 8 25 Jumlah 40 100',
      ),
    ).toEqual([
      ['percentages', 'consistent', '12 30', '12/40 = 30,00% dari total tabel 40'],
      ['percentages', 'consistent', '20 50', '20/40 = 50,00% dari total tabel 40'],
      ['percentages', 'inconsistent', '8 25', '8/40 = 20,00% dari total tabel 40'],
    ]);
  });
});
