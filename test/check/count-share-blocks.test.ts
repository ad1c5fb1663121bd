/**
 * Cross tables whose columns arrive as one cell each, counts stacked then shares stacked, with a
 * Total column last and no total row (fresh8-id; recognisers/count-share-blocks.ts). Each case
 * lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const ofSum = (count: number, total: number, pct: string) =>
  `${count}/${total} = ${pct}% dari ${total}, jumlah semua frekuensi (persentasenya berjumlah 100%)`;

describe('columns printed as blocks of counts then shares, closed by the Total column', () => {
  it('each share against its column sum; a misprinted share is inconsistent', () => {
    // Patuh 30 + 10 = 40: 75,0 and 25,0; Tidak patuh 12 + 28 = 40: 30,0, and 28/40 = 70,0
    // printed 71,0; Total 42 + 38 = 80 (30 + 12, 10 + 28): 52,5 and 47,5.
    const text =
      'Tabel 4.2 Hubungan pengetahuan dengan kepatuhan Pengetahuan Kepatuhan p Patuh Tidak patuh Total n % n % n % Baik Kurang 30 10 75,0 25,0 12 28 30,0 71,0 42 38 52,5 47,5 0,001 Berdasarkan tabel 4.2 ada hubungan.';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '30 (75,0%)', ofSum(30, 40, '75,00')],
      ['percentages', 'consistent', '10 (25,0%)', ofSum(10, 40, '25,00')],
      ['percentages', 'consistent', '12 (30,0%)', ofSum(12, 40, '30,00')],
      ['percentages', 'inconsistent', '28 (71,0%)', ofSum(28, 40, '70,00')],
      ['percentages', 'consistent', '42 (52,5%)', ofSum(42, 80, '52,50')],
      ['percentages', 'consistent', '38 (47,5%)', ofSum(38, 80, '47,50')],
    ]);
  });

  it('three rows per column', () => {
    // 5/40 = 12,5, 20/40 = 50, 15/40 = 37,5; 8/40 = 20, 22/40 = 55, 10/40 = 25; Total 13, 42, 25
    // of 80: 16,25 (printed 16,3), 52,5, 31,25 (31,3).
    const text =
      'Tabel 4.3 Umur dan kepatuhan Umur Patuh Tidak patuh Total n % n % n % Muda Dewasa Tua 5 20 15 12,5 50,0 37,5 8 22 10 20,0 55,0 25,0 13 42 25 16,3 52,5 31,3';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '5 (12,5%)', ofSum(5, 40, '12,50')],
      ['percentages', 'consistent', '20 (50,0%)', ofSum(20, 40, '50,00')],
      ['percentages', 'consistent', '15 (37,5%)', ofSum(15, 40, '37,50')],
      ['percentages', 'consistent', '8 (20,0%)', ofSum(8, 40, '20,00')],
      ['percentages', 'consistent', '22 (55,0%)', ofSum(22, 40, '55,00')],
      ['percentages', 'consistent', '10 (25,0%)', ofSum(10, 40, '25,00')],
      ['percentages', 'consistent', '13 (16,3%)', ofSum(13, 80, '16,25')],
      ['percentages', 'consistent', '42 (52,5%)', ofSum(42, 80, '52,50')],
      ['percentages', 'consistent', '25 (31,3%)', ofSum(25, 80, '31,25')],
    ]);
  });

  it('is not read when the last block is no Total column of the others', () => {
    // 30 + 12 = 42, not 40: the third block is not the first two's total, so nothing proves
    // the blocks are one table's columns.
    expect(findings('Tabel 4.4 Pengetahuan Baik Kurang 30 10 75,0 25,0 12 28 30,0 70,0 40 40 50,0 50,0')).toEqual([]);
  });
});
