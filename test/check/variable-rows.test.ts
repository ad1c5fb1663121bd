/**
 * Characteristics tables pasted flat with no total rows, variable after variable, each category
 * a label, its count and its share: recognisers/variable-rows.ts. The texts are written for these
 * tests; each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('variables printed row by row without total rows (recognisers/variable-rows.ts)', () => {
  it('holds each share to the total its variables share', () => {
    // Both variables add up to 70: 28/70 = 40,0, 42/70 = 60,0; 10/70 = 14,29 (printed 14,2:
    // truncated, not rounded; the shares still add up to 99,9, within their rounding of 100),
    // 25/70 = 35,71, 35/70 = 50,0.
    const text =
      'Tabel 4.2 Karakteristik Responden Jenis kelamin 1. Laki-laki 28 40,0 2. Perempuan 42 60,0 Pendidikan 1. Dasar 10 14,2 2. Menengah 25 35,7 3. Tinggi 35 50,0 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '28 40,0', '28/70 = 40,00% dari total tabel 70'],
      ['percentages', 'consistent', '42 60,0', '42/70 = 60,00% dari total tabel 70'],
      ['percentages', 'inconsistent', '10 14,2', '10/70 = 14,29% dari total tabel 70'],
      ['percentages', 'consistent', '25 35,7', '25/70 = 35,71% dari total tabel 70'],
      ['percentages', 'consistent', '35 50,0', '35/70 = 50,00% dari total tabel 70'],
    ]);
  });

  it('does not read a variable whose total no other variable nearby confirms', () => {
    // As shares of 50, 20 → 40,0 would make 40,5 a false alarm; one variable alone is not a table.
    expect(findings('Tabel 2 Umur responden Muda 20 40,5 Tua 30 59,5 Sumber: data primer')).toEqual([]);
  });
});
