/**
 * Frequency tables pasted flat whose row labels are ranges or whole numbers (fresh7-id;
 * recognisers/range-label-rows.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('rows labelled by an age or score range, read back from the total row', () => {
  it('each share against its count of the total; a truncated share is inconsistent', () => {
    // Of 30: 4 → 13,333 (13,33), 9 → 30,000, 11 → 36,667 (printed 36,66: truncated), 6 → 20,000.
    const text =
      'Tabel 2. Umur responden Umur Tahun Jumlah Persentase 20-29 4 13,33 30 – 39 9 30,00 40-49 11 36,66 50 6 20,00 Total 30 100 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '4 (13,33%)', '4/30 = 13,33% dari total tabel 30'],
      ['percentages', 'consistent', '9 (30,00%)', '9/30 = 30,00% dari total tabel 30'],
      ['percentages', 'inconsistent', '11 (36,66%)', '11/30 = 36,67% dari total tabel 30'],
      ['percentages', 'consistent', '6 (20,00%)', '6/30 = 20,00% dari total tabel 30'],
      ['totals', 'consistent', 'Total 30 100', 'jumlah baris = 30'],
    ]);
  });

  it('rows whose counts do not add up to the total are not read (a row may be lost)', () => {
    // 4 + 9 = 13, not 30: the rows before "20-29" were not read as rows, so nothing is judged.
    const text = 'Tabel 3. Umur Laki-laki 17 56,67 20-29 4 13,33 30-39 9 30,00 Total 30 100 Sumber: data primer';
    expect(findings(text).filter((f) => f[2] === '4 (13,33%)')).toEqual([]);
  });
});
