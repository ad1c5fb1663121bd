/**
 * Frequency tables of groups side by side whose empty cells print "- -" (no count, no share),
 * their cells one per line as PDF text layers give them (recognisers/broken-tables.ts): a dash
 * pair keeps its group's place in the row and has nothing to check. Each case lists every
 * finding, exactly.
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
      ['percentages', 'consistent', '12 (60,0%)', '12/20 = 60,00% dari total tabel 20'],
      ['percentages', 'inconsistent', '9 (45,5%)', '9/20 = 45,00% dari total tabel 20'],
      ['percentages', 'consistent', '5 (25,0%)', '5/20 = 25,00% dari total tabel 20'],
      ['percentages', 'consistent', '8 (40,0%)', '8/20 = 40,00% dari total tabel 20'],
      ['percentages', 'consistent', '6 (30,0%)', '6/20 = 30,00% dari total tabel 20'],
    ]);
  });

  it('declines a row with a dash for the count but a printed share', () => {
    // "- 30,0" is not an empty cell pair: which count the share belongs to is unknown.
    expect(findings(TABLE.replace('6 30,0', '- 30,0'))).toEqual([]);
  });
});
