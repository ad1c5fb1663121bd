/**
 * Runs of whole-number scores before their total row, column after column or row after row
 * (recognisers/column-block-totals.ts). Texts written for these tests; sums by hand in the
 * comments. Each case lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('score columns printed one after another before the total row', () => {
  it('column after column: the second column adds up, the first is one off', () => {
    // Pertemuan 1: 30 + 28 + 25 + 31 + 27 = 141, printed 140; pertemuan 2: 33 + 30 + 29 + 34 + 31 = 157.
    // Read row by row the sums would be 30 + 25 + 27 + 30 + 34 = 146 and 28 + 31 + 33 + 29 + 31 = 152.
    expect(
      findings(
        'Tabel 7 Aktivitas Siswa Aspek Pertemuan 1 Pertemuan 2 a. Bertanya b. Menjawab c. Berdiskusi d. Mencatat e. Presentasi 30 28 25 31 27 33 30 29 34 31 Jumlah skor 140 157',
      ),
    ).toEqual([
      ['totals', 'inconsistent', '30 + 28 + 25 + 31 + 27 → 140', 'jumlah nilai yang dicantumkan = 141'],
      ['totals', 'consistent', '33 + 30 + 29 + 34 + 31 → 157', 'jumlah nilai yang dicantumkan = 157'],
    ]);
  });

  it('row after row, every column adding up', () => {
    // Columns: 3 + 4 + 2 + 5 = 14 and 1 + 2 + 2 + 3 = 8 (column after column: 10 and 12).
    expect(findings('Jawaban Ya Tidak 3 1 4 2 2 2 5 3 Jumlah 14 8').map(([c, v, r]) => [c, v, r])).toEqual([
      ['totals', 'consistent', '3 + 4 + 2 + 5 → 14'],
      ['totals', 'consistent', '1 + 2 + 2 + 3 → 8'],
    ]);
  });

  it('row numbers in the run: neither reading adds up, nothing is read', () => {
    expect(findings('Butir Ya Tidak 1 3 1 2 4 2 3 2 2 4 5 3 Jumlah 14 8')).toEqual([]);
  });

  it('neither reading adds up: nothing is read', () => {
    expect(findings('Skor 30 28 25 31 27 33 30 29 34 31 Jumlah skor 150 160')).toEqual([]);
  });
});
