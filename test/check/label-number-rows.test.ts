/**
 * Flattened cross tables whose row labels hold numbers, an age range or a school level
 * (fresh8-id; recognisers/label-number-rows.ts, used by recognisers/flat-cross-tables.ts). Each
 * case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('column shares of rows labelled by numbers, read back from the total row', () => {
  it('range labels before and after each row ("36 ≤ x ≤ 50 15 50,00 12 40,00 x 50 …")', () => {
    // Of 30 in each village: 6 → 20,00, 9 → 30,00, 15 → 50,00, 12 → 40,00, 9 → 30,00, printed
    // 31,00 in Desa B's last row (counts 9 + 12 + 9 = 30): inconsistent.
    const text =
      'Tabel 2. Umur petani Kelompok umur Desa A Desa B Jumlah Persentase Jumlah Persentase 20 ≤ x ≤ 35 6 20,00 9 30,00 36 ≤ x ≤ 50 15 50,00 12 40,00 x 50 9 30,00 9 31,00 Jumlah 30 100 30 100 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '6 20,00', '6/30 = 20,00% dari total tabel 30'],
      ['percentages', 'consistent', '9 30,00', '9/30 = 30,00% dari total tabel 30'],
      ['percentages', 'consistent', '15 50,00', '15/30 = 50,00% dari total tabel 30'],
      ['percentages', 'consistent', '12 40,00', '12/30 = 40,00% dari total tabel 30'],
      ['percentages', 'consistent', '9 30,00', '9/30 = 30,00% dari total tabel 30'],
      ['percentages', 'inconsistent', '9 31,00', '9/30 = 30,00% dari total tabel 30'],
    ]);
  });

  it('a label ending in a number ("Tamat D 3 S 1 4 8,89 …") and an empty cell', () => {
    // Of 45 in each group: 5 → 11,11, 36 → 80,00, 4 → 8,89, 2 → 4,44, 40 → 88,89, 3 → 6,67.
    const text =
      'Tabel 5. Pendidikan petani Pendidikan Kelompok I Kelompok II n % n % Tamat SD - - 2 4,44 Tamat SMP 5 11,11 40 88,89 Tamat SMA 36 80,00 3 6,67 Tamat D 3 S 1 4 8,89 - - Jumlah 45 100 45 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '2 4,44', '2/45 = 4,44% dari total tabel 45'],
      ['percentages', 'consistent', '5 11,11', '5/45 = 11,11% dari total tabel 45'],
      ['percentages', 'consistent', '40 88,89', '40/45 = 88,89% dari total tabel 45'],
      ['percentages', 'consistent', '36 80,00', '36/45 = 80,00% dari total tabel 45'],
      ['percentages', 'consistent', '3 6,67', '3/45 = 6,67% dari total tabel 45'],
      ['percentages', 'consistent', '4 8,89', '4/45 = 8,89% dari total tabel 45'],
    ]);
  });

  it('is not read when a row could start at two places of its run (whole-number shares)', () => {
    // "35 6 20 9 30 36": both "6 20 9 30" and "20 9 30 36" read as two pairs, so the row is not
    // placed; without it the counts cannot add up to the total row, and nothing is judged.
    const text =
      'Tabel 3. Umur Kelompok umur Desa A Desa B n % n % 20 ≤ x ≤ 35 6 20 9 30 36 ≤ x ≤ 50 15 50 12 40 x 50 9 30 9 30 Jumlah 30 100 30 100';
    expect(findings(text)).toEqual([]);
  });
});
