/**
 * Cross tables pasted flat whose every share is of the grand total (each row's cells, its total
 * and that total's share, then "Jumlah … N 100"): recognisers/grand-total-cross-tables.ts. The
 * texts are written for these tests; each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('flat cross tables of shares of the grand total (recognisers/grand-total-cross-tables.ts)', () => {
  it('holds every cell, row total and total-row share to N', () => {
    // N = 80: 12/80 = 15,0; 18/80 = 22,5; 30/80 = 37,5; 8/80 = 10,0; 22/80 = 27,5; 4/80 = 5,0;
    // 16/80 = 20,0 (printed 21,0: the one misprint, which also makes its row's shares add up to
    // 26,0 and not 25,0); 20/80 = 25,0; 24/80 = 30,0; 56/80 = 70,0.
    const text =
      'Tabel 5. Distribusi status gizi balita menurut pendidikan ibu Pendidikan Gizi kurang Gizi baik Total n % n % n % Rendah 12 15,0 18 22,5 30 37,5 Sedang 8 10,0 22 27,5 30 37,5 Tinggi 4 5,0 16 21,0 20 25,0 Jumlah 24 30,0 56 70,0 80 100 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '12 15,0', '12/80 = 15,00% dari total tabel 80'],
      ['percentages', 'consistent', '18 22,5', '18/80 = 22,50% dari total tabel 80'],
      ['percentages', 'consistent', '30 37,5', '30/80 = 37,50% dari total tabel 80'],
      ['percentages', 'consistent', '8 10,0', '8/80 = 10,00% dari total tabel 80'],
      ['percentages', 'consistent', '22 27,5', '22/80 = 27,50% dari total tabel 80'],
      ['percentages', 'consistent', '30 37,5', '30/80 = 37,50% dari total tabel 80'],
      ['percentages', 'consistent', '4 5,0', '4/80 = 5,00% dari total tabel 80'],
      ['percentages', 'inconsistent', '16 21,0', '16/80 = 20,00% dari total tabel 80'],
      ['percentages', 'consistent', '20 25,0', '20/80 = 25,00% dari total tabel 80'],
      ['percentages', 'consistent', '24 30,0', '24/80 = 30,00% dari total tabel 80'],
      ['percentages', 'consistent', '56 70,0', '56/80 = 70,00% dari total tabel 80'],
    ]);
  });

  it('reads three groups and decimal points (N = 200)', () => {
    // 10/200 = 5.0, 20/200 = 10.0, 30/200 = 15.0, 60/200 = 30.0; 40/200 = 20.0, 50/200 = 25.0,
    // 50/200 = 25.0, 140/200 = 70.0; totals 50/200 = 25.0, 70/200 = 35.0, 80/200 = 40.0.
    const text =
      'Tabel 8 Distribusi kebiasaan merokok menurut umur Umur Perokok berat Perokok ringan Bukan perokok Jumlah JML % JML % JML % JML % Muda 10 5.0 20 10.0 30 15.0 60 30.0 Tua 40 20.0 50 25.0 50 25.0 140 70.0 Total 50 25.0 70 35.0 80 40.0 200 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '10 5.0', '10/200 = 5,00% dari total tabel 200'],
      ['percentages', 'consistent', '20 10.0', '20/200 = 10,00% dari total tabel 200'],
      ['percentages', 'consistent', '30 15.0', '30/200 = 15,00% dari total tabel 200'],
      ['percentages', 'consistent', '60 30.0', '60/200 = 30,00% dari total tabel 200'],
      ['percentages', 'consistent', '40 20.0', '40/200 = 20,00% dari total tabel 200'],
      ['percentages', 'consistent', '50 25.0', '50/200 = 25,00% dari total tabel 200'],
      ['percentages', 'consistent', '50 25.0', '50/200 = 25,00% dari total tabel 200'],
      ['percentages', 'consistent', '140 70.0', '140/200 = 70,00% dari total tabel 200'],
      ['percentages', 'consistent', '50 25.0', '50/200 = 25,00% dari total tabel 200'],
      ['percentages', 'consistent', '70 35.0', '70/200 = 35,00% dari total tabel 200'],
      ['percentages', 'consistent', '80 40.0', '80/200 = 40,00% dari total tabel 200'],
    ]);
  });

  it('is not read when the cells are shares of their row (each row adding up to 100, not to its total share)', () => {
    // Row shares (12/30 = 40,0) with the row total's share of N (30/80 = 37,5): held to N, every
    // cell would be a false alarm. The cells are read as row shares of their row's total, and the
    // Total column as each row's share of the table's 80 (recognisers/
    // row-shares-grand-total-column.ts: 12/30, 18/30, 30/80; 8/30 = 26,67, 22/30 = 73,33, 30/80;
    // 4/20, 16/20, 20/80), and the total row as a row of its own shares of 80.
    const text =
      'Tabel 5. Distribusi status gizi balita menurut pendidikan ibu Pendidikan Gizi kurang Gizi baik Total n % n % n % Rendah 12 40,0 18 60,0 30 37,5 Sedang 8 26,7 22 73,3 30 37,5 Tinggi 4 20,0 16 80,0 20 25,0 Jumlah 24 30,0 56 70,0 80 100 Sumber: data primer';
    const ofRow = (k: number, n: number, pct: string) => `${k}/${n} = ${pct}% dari total baris ${n}`;
    const ofTable = (k: number, pct: string) => `${k}/80 = ${pct}% dari total tabel 80`;
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '12 40,0', ofRow(12, 30, '40,00')],
      ['percentages', 'consistent', '18 60,0', ofRow(18, 30, '60,00')],
      ['percentages', 'consistent', '30 37,5', ofTable(30, '37,50')],
      ['percentages', 'consistent', '8 26,7', ofRow(8, 30, '26,67')],
      ['percentages', 'consistent', '22 73,3', ofRow(22, 30, '73,33')],
      ['percentages', 'consistent', '30 37,5', ofTable(30, '37,50')],
      ['percentages', 'consistent', '4 20,0', ofRow(4, 20, '20,00')],
      ['percentages', 'consistent', '16 80,0', ofRow(16, 20, '80,00')],
      ['percentages', 'consistent', '20 25,0', ofTable(20, '25,00')],
      ['percentages', 'consistent', '24 30,0', '24/80 = 30,00% dari total baris 80'],
      ['percentages', 'consistent', '56 70,0', '56/80 = 70,00% dari total baris 80'],
    ]);
  });

  it('is not read when two rows of three do not add up to their total share', () => {
    // Two misfits of three rows: the layout is not certain, so nothing is held to N.
    const text =
      'Tabel 5. Pendidikan Gizi kurang Gizi baik Total n % n % n % Rendah 12 15,0 18 25,5 30 37,5 Sedang 8 12,0 22 27,5 30 37,5 Tinggi 4 5,0 16 20,0 20 25,0 Jumlah 24 30,0 56 70,0 80 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '24 30,0', '24/80 = 30,00% dari total baris 80'],
      ['percentages', 'consistent', '56 70,0', '56/80 = 70,00% dari total baris 80'],
    ]);
  });
});
