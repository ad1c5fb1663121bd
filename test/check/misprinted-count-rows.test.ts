/**
 * Frequency tables that lost their layout, one of whose counts is misprinted
 * (recognisers/misprinted-count-rows.ts): the shares, all but one fitting their count of the total
 * row's N and adding up to 100, show that N is the total. Each case lists every finding naskah
 * reports, exactly; every expected share is the count over N, worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a frequency table with one misprinted count', () => {
  it('holds every share to the total row, and flags the one that does not fit', () => {
    // 22 + 9 + 12 + 2 = 45, not the 40 of the total row; 9/40 = 22,5 %, 12/40 = 30 %, 2/40 = 5 %
    // fit, and the shares add up to 100; 22/40 = 55 %, printed 42,5 (17 of 40): the count is misprinted.
    const text =
      'Tabel 3. Pekerjaan Responden Pekerjaan Frekuensi Persentase Petani 22 42,5 Pedagang 9 22,5 Buruh 12 30,0 Lainnya 2 5,0 Jumlah 40 100';
    expect(findings(text)).toEqual([
      ['percentages', 'inconsistent', '22 42,5', '22/40 = 55,00% dari total 40 yang disebutkan'],
      ['percentages', 'consistent', '9 22,5', '9/40 = 22,50% dari total 40 yang disebutkan'],
      ['percentages', 'consistent', '12 30,0', '12/40 = 30,00% dari total 40 yang disebutkan'],
      ['percentages', 'consistent', '2 5,0', '2/40 = 5,00% dari total 40 yang disebutkan'],
    ]);
  });

  it('is not read when two shares miss (a misread total, not a misprint), or the shares do not add up to 100', () => {
    // 22/40 and 12/40 both miss.
    expect(
      findings(
        'Tabel 3. Pekerjaan Frekuensi Persentase Petani 22 42,5 Pedagang 9 22,5 Buruh 12 25,0 Lainnya 4 10,0 Jumlah 40 100',
      ),
    ).toEqual([]);
    // 42,5 + 22,5 + 35,0 + 5,0 = 105.
    expect(
      findings(
        'Tabel 3. Pekerjaan Frekuensi Persentase Petani 22 42,5 Pedagang 9 22,5 Buruh 12 35,0 Lainnya 2 5,0 Jumlah 40 100',
      ),
    ).toEqual([]);
  });
});
