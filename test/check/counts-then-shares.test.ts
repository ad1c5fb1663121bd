/**
 * Univariate tables pasted flat, each variable's categories, then its counts, then its shares:
 * recognisers/counts-then-shares.ts. The texts are written for these tests; each case lists every
 * finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('variables printed as counts, then shares (recognisers/counts-then-shares.ts)', () => {
  it('holds each share to the total its variables share', () => {
    // Every variable's counts add up to 60: 24/60 = 40,0, 36/60 = 60,0; 15/60 = 25,0, 45/60 = 75,0
    // (printed 76,0: a misprint, the shares still add up to 101,0, within a point of 100);
    // 42/60 = 70,0, 18/60 = 30,0, with an empty category printed 00,0 and no count.
    const text =
      'Tabel 4.1 Hasil Analisis Univariat No Variabel Kategori Frekuensi Persen 1 Jenis Kelamin - Laki-laki - Perempuan 24 36 40,0 60,0 2 Pekerjaan - Bekerja - Tidak Bekerja 15 45 25,0 76,0 3 Pendidikan - Dasar - Menengah - Tinggi 42 18 70,0 30,0 00,0 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '24 (40,0%)', '24/60 = 40,00% dari total tabel 60'],
      ['percentages', 'consistent', '36 (60,0%)', '36/60 = 60,00% dari total tabel 60'],
      ['percentages', 'consistent', '15 (25,0%)', '15/60 = 25,00% dari total tabel 60'],
      ['percentages', 'inconsistent', '45 (76,0%)', '45/60 = 75,00% dari total tabel 60'],
      ['percentages', 'consistent', '42 (70,0%)', '42/60 = 70,00% dari total tabel 60'],
      ['percentages', 'consistent', '18 (30,0%)', '18/60 = 30,00% dari total tabel 60'],
    ]);
  });

  it('does not read a variable whose total no other variable nearby confirms', () => {
    // As shares of 50, 20 → 40,0 would make 40,5 a false alarm; one run alone is not a table.
    expect(findings('Tabel 2 Umur responden Kategori Muda Tua 20 30 40,5 59,5 Sumber: data primer')).toEqual([]);
  });

  it('does not read counts followed by more numbers than their shares', () => {
    // Two counts, then three nonzero numbers with decimals: not one variable's shares.
    expect(findings('Tabel 3 Skor A 24 36 40,0 30,0 30,0 Skor B 24 36 40,0 30,0 30,0 Sumber: data primer')).toEqual([]);
  });
});
