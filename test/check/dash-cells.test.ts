/**
 * Frequency tables of groups side by side whose empty cells print "- -" (no count, no share),
 * their cells one per line as PDF text layers give them (recognisers/broken-tables.ts): a dash
 * pair keeps its group's place in the row and has nothing to check; and rows numbered without a
 * dot before a label that is itself a number ("1 < 20 8 20,0"). Each case lists every finding,
 * exactly.
 * Since the flat-table readers take these rows first, a pair is reported as the row prints it
 * ("12 60,0").
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const TABLE = [
  'Tabel 2 Distribusi Responden Berdasarkan Pekerjaan',
  'No Pekerjaan',
  'Intervensi Kontrol',
  'n % n %',
  '1. Petani',
  '12 60,0',
  '9 45,5',
  '2. Pedagang',
  '- -',
  '5 25,0',
  '3. Buruh',
  '8 40,0',
  '- -',
  '4. PNS',
  '- -',
  '6 30,0',
  'Jumlah 20',
  '100,0 20',
  '100,0',
].join('\n');

describe('side-by-side groups with "- -" for an empty cell', () => {
  it('reads each group against its own total (20 and 20), skipping the dashes', () => {
    // Intervensi 12 + 8 = 20: 60,0 and 40,0 fit; Kontrol 9 + 5 + 6 = 20: 9/20 = 45,0 (printed 45,5).
    expect(findings(TABLE)).toEqual([
      ['percentages', 'consistent', '12 60,0', '12/20 = 60,00% dari total tabel 20'],
      ['percentages', 'inconsistent', '9 45,5', '9/20 = 45,00% dari total tabel 20'],
      ['percentages', 'consistent', '5 25,0', '5/20 = 25,00% dari total tabel 20'],
      ['percentages', 'consistent', '8 40,0', '8/20 = 40,00% dari total tabel 20'],
      ['percentages', 'consistent', '6 30,0', '6/20 = 30,00% dari total tabel 20'],
    ]);
  });

  it('declines a row with a dash for the count but a printed share', () => {
    // "- 30,0" is not an empty cell pair: which count the share belongs to is unknown.
    expect(findings(TABLE.replace('6 30,0', '- 30,0'))).toEqual([]);
  });
});

describe('rows numbered without a dot, their labels numbers', () => {
  it('takes a line-initial number before a label as the row number, not a cell of the row above', () => {
    // N = 40: 8/40 = 20,00, 22/40 = 55,00, 10/40 = 25,00 (printed 26,0); the caption's "Tahun 2019"
    // line is no row of the table.
    const text = [
      'Tabel 3',
      'Distribusi Responden Menurut Umur Di Puskesmas Sukamaju',
      'Tahun 2019',
      'No Umur (Tahun) Jumlah (%)',
      '1 < 20 8 20,0',
      '2 20 – 29 22 55,0',
      '3 ≥ 30 10 26,0',
      'Jumlah 40 100,0',
      'Sumber : Data Primer',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '8 20,0', '8/40 = 20,00% dari total tabel 40'],
      ['percentages', 'consistent', '22 55,0', '22/40 = 55,00% dari total tabel 40'],
      ['percentages', 'inconsistent', '10 26,0', '10/40 = 25,00% dari total tabel 40'],
    ]);
  });
});
