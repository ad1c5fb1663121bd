/**
 * Rows of a flat cross table whose label ends in a bracket ("Tinggi (PT)", "Bekerja (PNS,
 * swasta)") start where the bracket closes, as after any word (recognisers/flat-cross-tables.ts).
 * Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('row labels that end in a bracket', () => {
  it('reads every row of row shares, each against its own total', () => {
    // 14 + 11 = 25, 9 + 21 = 30, 23 + 32 = 55; 21/30 = 70,00% (printed 71,0).
    const text =
      'Tabel 5 Hubungan Pekerjaan dengan Kepatuhan Pekerjaan Patuh Tidak Patuh Total p n % n % n % Bekerja (PNS, swasta) 14 56,0 11 44,0 25 100 0,041 Tidak bekerja (IRT) 9 30,0 21 71,0 30 100 Jumlah 23 41,8 32 58,2 55 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '14 56,0', '14/25 = 56,00% dari total baris 25'],
      ['percentages', 'consistent', '11 44,0', '11/25 = 44,00% dari total baris 25'],
      ['percentages', 'consistent', '9 30,0', '9/30 = 30,00% dari total baris 30'],
      ['percentages', 'inconsistent', '21 71,0', '21/30 = 70,00% dari total baris 30'],
      ['percentages', 'consistent', '23 41,8', '23/55 = 41,82% dari total baris 55'],
      ['percentages', 'consistent', '32 58,2', '32/55 = 58,18% dari total baris 55'],
    ]);
  });
});
