/**
 * Counts of people with percentages whose % signs were lost, in a sentence that also holds a
 * flattened table whose header reads "Persentase" (recognisers/lost-percent-signs.ts): the
 * header word is not a % sign, so the list is still read. Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('lost % signs after a flattened "Persentase" header', () => {
  it('reads the list, its total the sum of its counts (30 + 18 = 48)', () => {
    // 30/48 = 62,50%; 18/48 = 37,50%, printed 37,4 (62,5 + 37,4 = 99,9: within rounding of 100).
    const text =
      'Tabel 4.3 Distribusi Responden Berdasarkan Status Gizi Status Gizi Frekuensi Persentase Baik Kurang Berdasarkan tabel 4.3, sebagian besar responden berstatus gizi baik yaitu sebanyak 30 responden 62,5, sedangkan yang berstatus gizi kurang sebanyak 18 responden 37,4.';
    expect(findings(text)).toEqual([
      [
        'percentages',
        'consistent',
        '30 responden 62,5',
        '30/48 = 62,50% dari 48, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'inconsistent',
        '18 responden 37,4',
        '18/48 = 37,50% dari 48, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
    ]);
  });

  it('still leaves a sentence with a real % sign to the reader of "(27,1%)" pairs', () => {
    // The word "persen" itself marks the shares as printed with their unit: not a lost sign.
    const text = 'Sebanyak 30 responden 62,5 persen dan 18 responden 37,5 persen berstatus gizi baik.';
    expect(findings(text)).toEqual([]);
  });
});
