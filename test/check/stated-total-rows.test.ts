/**
 * The total row of a table that lost its layout, printed after its counts and shares
 * (fresh6-id, fresh7-id; recognisers/stated-total-rows.ts, checks/stated-total-rows.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('total rows after counts and shares printed column by column', () => {
  it('"Total 100 100" under counts that add up to 60 is inconsistent', () => {
    // 45 + 15 = 60 (75,0 and 25,0 of 60); 24 + 21 + 15 = 60 (40,0, 35,0, 25,0 of 60).
    const text =
      'Status Kawin 1. Kawin 2. Tidak kawin 45 15 75.0 25.0 Total 100 100 Masa Kerja 1. Baru 2. Sedang 3. Lama 24 21 15 40.0 35.0 25.0 Total 100 100 Sumber : Data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '45 (75.0%)', '45/60 = 75,00% dari total tabel 60'],
      ['percentages', 'consistent', '15 (25.0%)', '15/60 = 25,00% dari total tabel 60'],
      ['totals', 'inconsistent', 'Total 100 100', 'jumlah baris = 60'],
      ['percentages', 'consistent', '24 (40.0%)', '24/60 = 40,00% dari total tabel 60'],
      ['percentages', 'consistent', '21 (35.0%)', '21/60 = 35,00% dari total tabel 60'],
      ['percentages', 'consistent', '15 (25.0%)', '15/60 = 25,00% dari total tabel 60'],
      ['totals', 'inconsistent', 'Total 100 100', 'jumlah baris = 60'],
    ]);
  });
});

describe('total rows after label, count and share rows', () => {
  it('empty categories may stand between; the total is held to the sum of the counts', () => {
    // Tabel 1: 1 + 1 = 2 (Total 2: consistent); Tabel 2: 1 + 1 = 2, printed 3: inconsistent.
    const text =
      'Tabel 1. Pendidikan Frekuensi Persentase Tidak Sekolah 1 50,0 Tidak Tamat SD 1 50,0 Tamat SD 0,0 Tamat SMP 0,0 Total 2 100,0 Sumber: data primer. Tabel 2. Anggota Keluarga Frekuensi Persentase Kecil 1-4 orang 1 50,0 Menengah 5-6 orang 1 50,0 Besar 7 orang 0,0 Total 3 100,0 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '1 50,0', '1/2 = 50,00% dari total tabel 2'],
      ['percentages', 'consistent', '1 50,0', '1/2 = 50,00% dari total tabel 2'],
      ['totals', 'consistent', 'Total 2 100,0', 'jumlah baris = 2'],
      ['percentages', 'consistent', '1 50,0', '1/2 = 50,00% dari total tabel 2'],
      ['percentages', 'consistent', '1 50,0', '1/2 = 50,00% dari total tabel 2'],
      ['totals', 'inconsistent', 'Total 3 100,0', 'jumlah baris = 2'],
    ]);
  });
});
