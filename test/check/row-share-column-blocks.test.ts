/**
 * Cross tables of row shares printed column by column, each column's categories stacked in one
 * cell, the Total column last with each row's total and 100 (recognisers/row-share-column-blocks.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('row shares stacked column by column, closed by a Total column of 100s', () => {
  it('reads each share against its row total (12 + 18 = 30, 18 + 42 = 60)', () => {
    const text =
      'Tabel 3 Hubungan paritas dengan anemia Paritas Anemia Total p Ya Tidak f % f % f % Primipara Multipara 12 18 40,0 30,0 18 42 60,0 70,0 30 60 100,0 100,0 0,341 Sumber: data primer.';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '12 (40,0%)', '12/30 = 40,00% dari total baris 30'],
      ['percentages', 'consistent', '18 (30,0%)', '18/60 = 30,00% dari total baris 60'],
      ['percentages', 'consistent', '18 (60,0%)', '18/30 = 60,00% dari total baris 30'],
      ['percentages', 'consistent', '42 (70,0%)', '42/60 = 70,00% dari total baris 60'],
    ]);
  });

  it('flags a share its count does not give, three rows (9/20 = 45,00, printed 45,5)', () => {
    const text =
      'Tabel 4 Pengetahuan dan kepatuhan Pengetahuan Patuh Tidak patuh Total Rendah Sedang Tinggi 9 14 5 45,5 35,0 20,8 11 26 19 55,0 65,0 79,2 20 40 24 100 100 100 Berdasarkan tabel 4 di atas.';
    expect(findings(text)).toEqual([
      ['percentages', 'inconsistent', '9 (45,5%)', '9/20 = 45,00% dari total baris 20'],
      ['percentages', 'consistent', '14 (35,0%)', '14/40 = 35,00% dari total baris 40'],
      ['percentages', 'consistent', '5 (20,8%)', '5/24 = 20,83% dari total baris 24'],
      ['percentages', 'consistent', '11 (55,0%)', '11/20 = 55,00% dari total baris 20'],
      ['percentages', 'consistent', '26 (65,0%)', '26/40 = 65,00% dari total baris 40'],
      ['percentages', 'consistent', '19 (79,2%)', '19/24 = 79,17% dari total baris 24'],
    ]);
  });

  it('reads nothing when a row total is not the sum of its counts (18 + 42 ≠ 61)', () => {
    const text =
      'Tabel 3 Hubungan paritas dengan anemia Paritas Anemia Total p Ya Tidak f % f % f % Primipara Multipara 12 18 40,0 30,0 18 42 60,0 70,0 30 61 100,0 100,0 0,341 Sumber: data primer.';
    expect(findings(text)).toEqual([]);
  });
});
