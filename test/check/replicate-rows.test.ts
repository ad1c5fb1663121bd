/**
 * Replicate tables with their Total and mean (recognisers/replicate-rows.ts, checks/listed-sums.ts).
 * Texts written for these tests; sums and means by hand in the comments. Each case lists every
 * finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('replicates with their Total and Rata-rata', () => {
  it('a flattened table of four replicates: a wrong Total and a wrong mean are each inconsistent', () => {
    // P0: 10.2 + 11.0 + 9.8 + 10.5 = 41.5, 41.5/4 = 10.375 (10.38 fits). P1: 50.3, 12.575.
    // P2: 14.1 + 13.9 + 15.0 + 14.6 = 57.6, not 56.6; 57.6/4 = 14.40. P3: 38.0, 38.0/4 = 9.50, not 9.75.
    const text =
      'Tabel 2. Berat basah tanaman (g) Perlakuan Ulangan Total Rata-rata 1 2 3 4 P0 10.2 11.0 9.8 10.5 41.5 10.38 P1 12.0 12.4 13.1 12.8 50.3 12.58 P2 14.1 13.9 15.0 14.6 56.6 14.40 P3 9.0 9.5 10.0 9.5 38.0 9.75 Sumber: data primer.';
    expect(findings(text)).toEqual([
      ['totals', 'consistent', '10.2 + 11.0 + 9.8 + 10.5 → 41.5', 'jumlah nilai yang dicantumkan = 41,5'],
      [
        'descriptives',
        'consistent',
        '10.2, 11.0, 9.8, 10.5 → 10.38',
        'rata-rata nilai yang dicantumkan = 10,3250–10,4250',
      ],
      ['totals', 'consistent', '12.0 + 12.4 + 13.1 + 12.8 → 50.3', 'jumlah nilai yang dicantumkan = 50,3'],
      [
        'descriptives',
        'consistent',
        '12.0, 12.4, 13.1, 12.8 → 12.58',
        'rata-rata nilai yang dicantumkan = 12,5250–12,6250',
      ],
      ['totals', 'inconsistent', '14.1 + 13.9 + 15.0 + 14.6 → 56.6', 'jumlah nilai yang dicantumkan = 57,6'],
      [
        'descriptives',
        'consistent',
        '14.1, 13.9, 15.0, 14.6 → 14.40',
        'rata-rata nilai yang dicantumkan = 14,3500–14,4500',
      ],
      ['totals', 'consistent', '9.0 + 9.5 + 10.0 + 9.5 → 38.0', 'jumlah nilai yang dicantumkan = 38,0'],
      [
        'descriptives',
        'inconsistent',
        '9.0, 9.5, 10.0, 9.5 → 9.75',
        'rata-rata nilai yang dicantumkan = 9,4500–9,5500',
      ],
    ]);
  });

  it('rows broken by a week number and a repeated header are all read', () => {
    // 2 + 3 + 4 = 9, mean 3.00; 5.5 + 6.0 + 6.5 = 18.0, mean 6.00.
    const text = [
      'Minggu ke- Perlakuan Ulangan ke- Total Rata- rata',
      '1 2 3',
      '2 (Dua)',
      'A1 2.0 3.0 4.0 9.0 3.00',
      '(2)',
      'Minggu ke- Perlakuan Ulangan ke- Total Rata- rata',
      '1 2 3',
      'A2 5.5 6.0 6.5 18.0 6.00',
    ].join('\n');
    expect(findings(text).map(([check, verdict, reported]) => [check, verdict, reported])).toEqual([
      ['totals', 'consistent', '2.0 + 3.0 + 4.0 → 9.0'],
      ['descriptives', 'consistent', '2.0, 3.0, 4.0 → 3.00'],
      ['totals', 'consistent', '5.5 + 6.0 + 6.5 → 18.0'],
      ['descriptives', 'consistent', '5.5, 6.0, 6.5 → 6.00'],
    ]);
  });

  it('a row with more numbers than the header has replicates is not read', () => {
    const text = 'Perlakuan Ulangan Total Rata-rata 1 2 3 P1 2.0 3.0 4.0 5.0 14.0 3.50';
    expect(findings(text)).toEqual([]);
  });

  it('without a header numbering the replicates nothing is read', () => {
    const text = 'Hasil pengukuran P1 2.0 3.0 4.0 9.5 3.00 P2 5.5 6.0 6.5 18.0 6.00';
    expect(findings(text)).toEqual([]);
  });
});
