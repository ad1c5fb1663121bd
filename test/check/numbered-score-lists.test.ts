/**
 * Numbered lists of scores with their sum and a mean restated after them
 * (recognisers/numbered-score-lists.ts, checks/listed-sums.ts). Texts written for these tests;
 * sums by hand in the comments. Each case lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const LIST = [
  'Tabel 4.3 Hasil Observasi Aktivitas Guru',
  '1. Membuka pelajaran 3',
  '2. Menjelaskan tujuan pembelajaran 4',
  '3. Membimbing diskusi kelompok 2',
  '4. Memberikan penguatan 3',
  '5. Menutup pelajaran 3',
];

describe('numbered lists of scores', () => {
  it('the sum of five scores (3 + 4 + 2 + 3 + 3 = 15) and a restated mean of 15/5 = 3,00', () => {
    const text = [
      ...LIST,
      'Jumlah skor 15',
      'Pada siklus I guru memperoleh skor 15, rerata 3,00 dengan kategori baik.',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['totals', 'consistent', '3 + 4 + 2 + 3 + 3 → 15', 'jumlah nilai yang dicantumkan = 15'],
      ['descriptives', 'consistent', '3, 4, 2, 3, 3 → 3,00', 'rata-rata nilai yang dicantumkan = 3,0000–3,0000'],
    ]);
  });

  it('a sum one off, with the mean of that sum (16/5 = 3,20): the error is in the sum, reported once', () => {
    const text = [...LIST, 'Jumlah skor 16', 'Diperoleh skor 16, rerata 3,20.'].join('\n');
    expect(findings(text)).toEqual([
      ['totals', 'inconsistent', '3 + 4 + 2 + 3 + 3 → 16', 'jumlah nilai yang dicantumkan = 15'],
      ['descriptives', 'consistent', '3, 4, 2, 3, 3 → 3,20', 'rata-rata nilai yang dicantumkan = 3,0000–3,0000'],
    ]);
  });

  it('a mean that is neither the sum of the scores nor the printed sum over their number (15/8 = 1,88)', () => {
    const text = [...LIST, 'Jumlah skor 15', 'Diperoleh skor 15, rerata 1,88.'].join('\n');
    expect(findings(text)).toEqual([
      ['totals', 'consistent', '3 + 4 + 2 + 3 + 3 → 15', 'jumlah nilai yang dicantumkan = 15'],
      ['descriptives', 'inconsistent', '3, 4, 2, 3, 3 → 1,88', 'rata-rata nilai yang dicantumkan = 3,0000–3,0000'],
    ]);
  });

  it('an item that does not end in a score: not a list of scores, nothing is read', () => {
    const text = ['1. SD 6 20,0', '2. SMP 12 40,0', '3. SMA 12 40,0', 'Jumlah 30'].join('\n');
    expect(findings(text).filter(([check]) => check === 'totals' || check === 'descriptives')).toEqual([]);
  });
});
