/**
 * Frequency tables whose last rows were run into the total row: their labels, the total label,
 * their counts and N, then their shares and 100 (recognisers/total-row-runs.ts); and, the same
 * reading with no row run into it, a total row "Total N 100" completed by the rows before it when
 * their labels hold amounts ("1 juta – 3 juta 25 62.5"). Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('rows run together into the total row', () => {
  it('reads the rows printed whole and the run, every share of N (5 + 7 + 12 + 10 + 6 = 40)', () => {
    // 5/40 = 12,50, 7/40 = 17,50, 12/40 = 30,00, 10/40 = 25,00 (printed 26,0), 6/40 = 15,00.
    const text =
      'Tabel 4.2 Distribusi Responden Berdasarkan Pekerjaan Pekerjaan Frekuensi Persentase PNS 5 12,5 Petani 7 17,5 Pedagang Buruh Lainnya Total 12 10 6 40 30,0 26,0 15,0 100,0 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '5 12,5', '5/40 = 12,50% dari total tabel 40'],
      ['percentages', 'consistent', '7 17,5', '7/40 = 17,50% dari total tabel 40'],
      ['percentages', 'consistent', '12 (30,0%)', '12/40 = 30,00% dari total tabel 40'],
      ['percentages', 'inconsistent', '10 (26,0%)', '10/40 = 25,00% dari total tabel 40'],
      ['percentages', 'consistent', '6 (15,0%)', '6/40 = 15,00% dari total tabel 40'],
    ]);
  });

  it('reads nothing when the counts do not add up to N', () => {
    // 5 + 8 + 12 + 10 + 6 = 41, not 40: which count is misread cannot be told.
    const text =
      'Tabel 4.2 Distribusi Responden Berdasarkan Pekerjaan Pekerjaan Frekuensi Persentase PNS 5 12,5 Petani 8 17,5 Pedagang Buruh Lainnya Total 12 10 6 40 30,0 26,0 15,0 100,0 Sumber: data primer';
    expect(findings(text)).toEqual([]);
  });
});

describe('a total row completed by rows whose labels hold amounts', () => {
  it('reads the rows whose counts add up to N (9 + 25 + 6 = 40)', () => {
    // 9/40 = 22,50, 25/40 = 62,50, 6/40 = 15,00 (printed 16.0; the shares add up to 101, within a point).
    const text =
      'Tabel 7 Penghasilan Keluarga per Bulan Penghasilan Frekuensi Persentase > 3 juta 9 22.5 1 juta – 3 juta 25 62.5 < 1 juta 6 16.0 Total 40 100.0 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '9 22.5', '9/40 = 22,50% dari total tabel 40'],
      ['percentages', 'consistent', '25 62.5', '25/40 = 62,50% dari total tabel 40'],
      ['percentages', 'inconsistent', '6 16.0', '6/40 = 15,00% dari total tabel 40'],
    ]);
  });
});
