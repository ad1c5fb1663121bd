/**
 * Row percentages under a header of group sizes (recognisers/column-totals.ts): when most rows
 * give each count's share of the row's own sum, the header's n is not the denominator and
 * each row is checked on its own.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('row percentages under column group sizes', () => {
  it('each row against its own sum; a share that misses it is flagged', () => {
    // 20/80 = 25.0, 60/80 = 75.0; 30/70 = 42.86, 40/70 = 57.14; 10/80 = 12.5 but 70/80 = 87.5, printed 88.5.
    const text = [
      'Table 2. Outcome by exposure',
      'Variables | Participants (n=230) | |||',
      '---|---|---|---|',
      'Cases (n=60) | Controls (n=170) | OR | |',
      'Smoking | 20 (25.0%) | 60 (75.0%) | 1.2 |',
      'Alcohol | 30 (42.9%) | 40 (57.1%) | 1.5 |',
      'Obesity | 10 (12.5%) | 70 (88.5%) | 0.9 |',
    ].join('\n');
    const shares = findings(text).filter((f) => f[0] === 'percentages');
    expect(shares).toEqual([
      [
        'percentages',
        'consistent',
        '20 (25.0%)',
        '20/80 = 25.00% of 80, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'consistent',
        '60 (75.0%)',
        '60/80 = 75.00% of 80, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'consistent',
        '30 (42.9%)',
        '30/70 = 42.86% of 70, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'consistent',
        '40 (57.1%)',
        '40/70 = 57.14% of 70, the sum of the counts (the percentages add up to 100%)',
      ],
      // 12.5 + 88.5 = 101: the row's sum is no longer evidence for the row as a whole…
      ['percentages', 'not-checkable', '10 (12.5%) | 70 (88.5', '—'],
      // …but 70 at 88.5% needs a total of 79.05–79.14 where the row's counts give 80.
      ['percentages', 'inconsistent', '70 (88.5%)', 'the total would have to lie between 79.05 and 79.14'],
    ]);
  });
});

describe('column shares with a bare count in one group', () => {
  it('a row with one share and a bare 0 keeps the share in its own column', () => {
    // 118/177 = 66.7 → 67; 0 in the first group; 28/177 = 15.8 → 16; 34/177 = 19.2, printed 21.
    const text = [
      'Table 3. Screened individuals',
      'Characteristic | ||',
      '|---|---|---|',
      'Participants (N = 291) | Nonparticipants (N = 177) | |',
      'Female (%) | 238 (82%) | 118 (67%) |',
      'Missing (%) | 0 | 28 (16%) |',
      'Spanish (%) | 38 (13%) | 34 (21%) |',
    ].join('\n');
    const n = (c: number, d: number) =>
      `${c}/${d} = ${((100 * c) / d).toFixed(2)}% of its column's group size n = ${d} in the table header`;
    expect(findings(text).filter((f) => f[0] === 'percentages')).toEqual([
      ['percentages', 'consistent', '238 (82%)', n(238, 291)],
      ['percentages', 'consistent', '118 (67%)', n(118, 177)],
      ['percentages', 'consistent', '28 (16%)', n(28, 177)],
      ['percentages', 'consistent', '38 (13%)', n(38, 291)],
      ['percentages', 'inconsistent', '34 (21%)', n(34, 177)],
    ]);
  });
});

describe('a row of shares whose counts miss their sum by one misprint', () => {
  it('takes the total the other shares give and flags only the misprinted count', () => {
    // Row 2: 3/20 = 15.0 and 2/20 = 10.0 give 20; "5 (75.0)" should be 15 (15/20 = 75.0).
    const text = [
      'Table 4. Answers by group',
      'Item Good, n (%) Average, n (%) Poor, n (%)',
      'Yes 10 (25.0) 20 (50.0) 10 (25.0)',
      'No 3 (15.0) 5 (75.0) 2 (10.0)',
      'Unsure 6 (30.0) 8 (40.0) 6 (30.0)',
    ].join('\n');
    const flagged = findings(text).filter((f) => f[0] === 'percentages' && f[1] !== 'consistent');
    expect(flagged).toEqual([
      [
        'percentages',
        'inconsistent',
        '5 (75.0)',
        "5/20 = 25.00% of 20, the total the row's other shares give (its percentages add up to 100%; its counts do not)",
      ],
    ]);
  });
});

describe('the same row in Indonesian', () => {
  it('names the total the other shares give in Indonesian', () => {
    const text = [
      'Tabel 4. Jawaban per kelompok',
      'Item Baik, n (%) Cukup, n (%) Kurang, n (%)',
      'Ya 10 (25,0) 20 (50,0) 10 (25,0)',
      'Tidak 3 (15,0) 5 (75,0) 2 (10,0)',
      'Ragu 6 (30,0) 8 (40,0) 6 (30,0)',
    ].join('\n');
    const flagged = checkText(text, { lang: 'id' })
      .findings.filter((f) => f.check === 'percentages' && f.verdict !== 'consistent')
      .map((f) => [f.verdict, f.recomputed]);
    expect(flagged).toEqual([
      [
        'inconsistent',
        '5/20 = 25,00% dari 20, total yang diberikan persentase lain di baris itu (persentasenya berjumlah 100%, frekuensinya tidak)',
      ],
    ]);
  });
});
