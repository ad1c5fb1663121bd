/**
 * Counts of people with percentages whose % signs were lost, in a sentence that also holds a
 * flattened table whose header reads "Persentase" (recognisers/lost-percent-signs.ts): the
 * header word is not a % sign, so the list is still read; and lists of such pairs whose shares
 * are whole numbers, read run by run where the shares add up to exactly 100. Each case lists
 * every finding, exactly.
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

describe('lost % signs on whole-number shares', () => {
  const row = (quote: string, c: number, n: number, verdict: string, pct: string) => [
    'percentages',
    verdict,
    quote,
    `${c}/${n} = ${pct}% dari ${n}, jumlah semua frekuensi (persentasenya berjumlah 100%)`,
  ];

  it('reads each run of pairs adding up to 100 as one variable, of the sum of its counts', () => {
    // Pengetahuan: 36 + 14 = 50, 72 + 28 = 100. Sikap: 30 + 20 = 50, 62 + 38 = 100, but 30/50 = 60
    // and 20/50 = 40: both misprinted (or swapped with another variable's).
    const text =
      'Sebagian besar responden berpengetahuan baik yaitu sebanyak 36 responden 72, sedangkan berpengetahuan kurang sebanyak 14 responden 28, dan menurut sikap sebanyak 30 orang 62 bersikap positif dan 20 orang 38 bersikap negatif.';
    expect(findings(text)).toEqual([
      row('36 responden 72', 36, 50, 'consistent', '72,00'),
      row('14 responden 28', 14, 50, 'consistent', '28,00'),
      row('30 orang 62', 30, 50, 'inconsistent', '60,00'),
      row('20 orang 38', 20, 50, 'inconsistent', '40,00'),
    ]);
  });

  it('reads none when the whole numbers add up to 101', () => {
    expect(findings('Sebanyak 36 responden 72 berpengetahuan baik dan 14 responden 29 berpengetahuan kurang.')).toEqual(
      [],
    );
  });
});
