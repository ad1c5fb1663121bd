/**
 * Flat cross tables of shares of the grand total with no row-total column, closed by a total
 * row whose shares add up to 100 (recognisers/grand-share-cells.ts). Each case lists every
 * finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('cross tables of grand-total shares without a total column', () => {
  it('holds every cell, and the total row, to the grand total (48 + 32 = 80)', () => {
    // 30/80 = 37,50, 10/80 = 12,50, 14/80 = 17,50, 12/80 = 15,00 (printed 15,9), 4/80 = 5,00,
    // 10/80 = 12,50, 48/80 = 60,00, 32/80 = 40,00. The p after the first row is left alone.
    const text =
      'Tabel 6 Hubungan Sikap dengan Perilaku Sikap Perilaku p Baik Kurang F % F % Positif 30 37,5 10 12,5 0,002 Cukup 14 17,5 12 15,9 Negatif 4 5,0 10 12,5 Jumlah 48 60,0 32 40,0';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '30 37,5', '30/80 = 37,50% dari total tabel 80'],
      ['percentages', 'consistent', '10 12,5', '10/80 = 12,50% dari total tabel 80'],
      ['percentages', 'consistent', '14 17,5', '14/80 = 17,50% dari total tabel 80'],
      ['percentages', 'inconsistent', '12 15,9', '12/80 = 15,00% dari total tabel 80'],
      ['percentages', 'consistent', '4 5,0', '4/80 = 5,00% dari total tabel 80'],
      ['percentages', 'consistent', '10 12,5', '10/80 = 12,50% dari total tabel 80'],
      ['percentages', 'consistent', '48 60,0', '48/80 = 60,00% dari total tabel 80'],
      ['percentages', 'consistent', '32 40,0', '32/80 = 40,00% dari total tabel 80'],
    ]);
  });

  it('leaves rows of row shares (each adding up to 100) to their own total, not the grand total', () => {
    // 30/40 = 75,0 and 10/40 = 25,0: shares of the row, which a grand-total reading would call 37,50.
    const text =
      'Tabel 6 Hubungan Sikap dengan Perilaku Sikap Perilaku Baik Kurang F % F % Positif 30 75,0 10 25,0 Negatif 18 45,0 22 55,0 Jumlah 48 60,0 32 40,0';
    const row = (c: number, p: string, n: number) => [
      'percentages',
      'consistent',
      `${c} ${p}`,
      `${c}/${n} = ${p}0% dari ${n}, jumlah baris tersebut (persentasenya berjumlah 100%)`,
    ];
    expect(findings(text)).toEqual([
      row(30, '75,0', 40),
      row(10, '25,0', 40),
      row(18, '45,0', 40),
      row(22, '55,0', 40),
      row(48, '60,0', 80),
      row(32, '40,0', 80),
    ]);
  });
});
