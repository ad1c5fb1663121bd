/**
 * Score sheets flattened into running text (recognisers/score-sheet-rows.ts, checks/listed-sums.ts).
 * Texts written for these tests; sums by hand in the comments. Each case lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported]);

describe('score sheets: each row total against its scores, each column against the Jumlah row', () => {
  it('a row total that is not the sum of its scores is inconsistent; the column sums are the evidence', () => {
    // AN 3 + 4 + 2 = 9 (printed 9), BU 4 + 4 + 3 = 11 (printed 12), CI 2 + 3 + 4 = 9 (printed 9).
    // Jumlah: the score columns 3 + 4 + 2 = 9, 4 + 4 + 3 = 11, 2 + 3 + 4 = 9, and the total
    // column 9 + 12 + 9 = 30 as the author added it (the scores give 29).
    const text =
      'Tabel 4.2 Hasil Observasi Siswa Aspek 1 Ket Aspek 2 Ket Aspek 3 Ket Skor AN 3 Cukup 4 Baik 2 Kurang 9 BU 4 Baik 4 Baik 3 Cukup 12 CI 2 Kurang 3 Cukup 4 Baik 9 Jumlah 9 11 9 30 Dari tabel tersebut terlihat bahwa keaktifan siswa meningkat.';
    expect(findings(text)).toEqual([
      ['totals', 'consistent', '3 + 4 + 2 → 9'],
      ['totals', 'inconsistent', '4 + 4 + 3 → 12'],
      ['totals', 'consistent', '2 + 3 + 4 → 9'],
      ['totals', 'consistent', '3 + 4 + 2 → 9'],
      ['totals', 'consistent', '4 + 4 + 3 → 11'],
      ['totals', 'consistent', '2 + 3 + 4 → 9'],
      ['totals', 'consistent', '9 + 12 + 9 → 30'],
    ]);
  });

  it('columns that do not add up to the Jumlah row: the rows cannot be told apart, nothing is read', () => {
    // Column 1: 3 + 4 + 2 = 9, printed 10.
    const text = 'Siswa Aspek 1 Aspek 2 Aspek 3 Skor AN 3 4 2 9 BU 4 4 3 11 CI 2 3 4 9 Jumlah 10 11 9 30';
    expect(findings(text)).toEqual([]);
  });

  it('a Jumlah row whose last number is neither the sum of its others nor of the last column is no score sheet', () => {
    // Columns 30, 30 and 30 (18 + 9 + 3); 30 + 30 = 60: the last column is a third score, not a total.
    const text = 'Kelas A 12 15 18 Kelas B 10 11 9 Kelas C 8 4 3 Jumlah 30 30 30';
    expect(findings(text)).toEqual([]);
  });
});
