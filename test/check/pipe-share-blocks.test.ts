/**
 * Baseline tables kept as pipe rows under an "n | % | n | %" header, a block of rows per
 * variable, statistics broken off their rows (recognisers/pipe-share-blocks.ts). Each case
 * lists every finding naskah reports, exactly. The tables were written for these tests: two
 * groups of 20, so every share is a whole number (12/20 = 60, 6/20 = 30, 7/20 = 35).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const inferred = (count: number, pct: number) =>
  `${count}/20 = ${pct.toFixed(2)}% of 20, the sum of the counts (the percentages add up to 100%)`;
const blockColumn = (count: number, pct: number) =>
  `${count}/20 = ${pct.toFixed(2)}% of 20, the group size the counts of every block of its column add up to`;

describe('pipe tables of n | % pairs per group, a block of rows per variable', () => {
  it('reads each block against its counts, and a block whose shares miss 100 against its column’s group size', () => {
    // Education, exercise group: 5 + 9 + 6 = 20, as every other block of the column, but the
    // shares add up to 105: 6/20 = 30, printed 35. The χ² (0.90 for the 2 × 2 of sex; R:
    // pchisq(0.90, 1, lower.tail = FALSE) = .343) prints no df here; a χ² of a 2 × 2 block has 1
    // (recognisers/two-by-two-chi-square-df.ts), so P = 0.34 is checked and fits.
    const text = [
      '| Characteristic | Category | Exercise | | Usual care | | Test |',
      '|---|---|---|---|---|---|---|',
      '| n | % | n | % | |||',
      '| Sex | Female | 12 | 60 | 9 | 45 |',
      'χ2 = 0.90 P = 0.34 |',
      '| Male | 8 | 40 | 11 | 55 | ||',
      '| Smoking | Never | 10 | 50 | 7 | 35 |',
      '| Former | 6 | 30 | 8 | 40 | P = 0.61 |',
      '| Current | 4 | 20 | 5 | 25 | ||',
      '| Education | Primary | 5 | 25 | 4 | 20 |',
      '| Secondary | 9 | 45 | 10 | 50 | ||',
      '| Tertiary | 6 | 35 | 6 | 30 | ||',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '12 (60%)', inferred(12, 60)],
      ['percentages', 'consistent', '9 (45%)', inferred(9, 45)],
      ['p-value', 'consistent', 'χ2 = 0.90 P = 0.34', 'p = 0.3414 to 0.3441 for |χ²(1)| ∈ [0.895, 0.905]'],
      ['percentages', 'consistent', '8 (40%)', inferred(8, 40)],
      ['percentages', 'consistent', '11 (55%)', inferred(11, 55)],
      ['percentages', 'consistent', '10 (50%)', inferred(10, 50)],
      ['percentages', 'consistent', '7 (35%)', inferred(7, 35)],
      ['percentages', 'consistent', '6 (30%)', inferred(6, 30)],
      ['percentages', 'consistent', '8 (40%)', inferred(8, 40)],
      ['percentages', 'consistent', '4 (20%)', inferred(4, 20)],
      ['percentages', 'consistent', '5 (25%)', inferred(5, 25)],
      ['percentages', 'consistent', '5 (25%)', blockColumn(5, 25)],
      ['percentages', 'consistent', '4 (20%)', inferred(4, 20)],
      ['percentages', 'consistent', '9 (45%)', blockColumn(9, 45)],
      ['percentages', 'consistent', '10 (50%)', inferred(10, 50)],
      ['percentages', 'inconsistent', '6 (35%)', blockColumn(6, 30)],
      ['percentages', 'consistent', '6 (30%)', inferred(6, 30)],
    ]);
  });

  it('a share printed with a padding zero is its one-decimal value; one cut instead of rounded is not', () => {
    // 5/30 = 16.67 printed 16.70 (padding); 11/30 = 36.67 printed 36.60 (cut), 19/30 = 63.33 printed 63.40.
    const text = [
      '| n | % | n | % |',
      '| Sex | Male | 5 | 16.70 | 11 | 36.60 |',
      '| Female | 25 | 83.30 | 19 | 63.40 |',
    ].join('\n');
    expect(findings(text)).toEqual([
      [
        'percentages',
        'consistent',
        '5 (16.70%)',
        '5/30 = 16.67% of 30, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'inconsistent',
        '11 (36.60%)',
        '11/30 = 36.67% of 30, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'consistent',
        '25 (83.30%)',
        '25/30 = 83.33% of 30, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'inconsistent',
        '19 (63.40%)',
        '19/30 = 63.33% of 30, the sum of the counts (the percentages add up to 100%)',
      ],
    ]);
  });

  it('declines a block that may leave a category out, and a row of means ends a block', () => {
    // Insurance: 11 + 7 = 18 and 12 + 7 = 19, not the groups' 20, and the shares add up to 90
    // and 95: an answer is missing, its total unknown. "Over 40" after the means row is a block
    // of one row, not read. The table reader's not-checkable finding for the table is unchanged.
    const text = [
      '| n | % | n | % | |||',
      '| Sex | Female | 12 | 60 | 9 | 45 |',
      '| Male | 8 | 40 | 11 | 55 | ||',
      '| Age, mean (SD) | 34.2 | 5.1 | 35.0 | 4.8 | ||',
      '| Over 40 | 3 | 15 | 4 | 20 | ||',
      '| Smoking | Never | 10 | 50 | 7 | 35 |',
      '| Former | 6 | 30 | 8 | 40 | ||',
      '| Current | 4 | 20 | 5 | 25 | ||',
      '| Insurance | Public | 11 | 55 | 12 | 60 |',
      '| Private | 7 | 35 | 7 | 35 | ||',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'not-checkable', '| Sex | Female | 12 | 60 | 9 | 45 |', '—'],
      ['percentages', 'consistent', '12 (60%)', inferred(12, 60)],
      ['percentages', 'consistent', '9 (45%)', inferred(9, 45)],
      ['percentages', 'consistent', '8 (40%)', inferred(8, 40)],
      ['percentages', 'consistent', '11 (55%)', inferred(11, 55)],
      ['percentages', 'consistent', '10 (50%)', inferred(10, 50)],
      ['percentages', 'consistent', '7 (35%)', inferred(7, 35)],
      ['percentages', 'consistent', '6 (30%)', inferred(6, 30)],
      ['percentages', 'consistent', '8 (40%)', inferred(8, 40)],
      ['percentages', 'consistent', '4 (20%)', inferred(4, 20)],
      ['percentages', 'consistent', '5 (25%)', inferred(5, 25)],
    ]);
  });

  it('leaves a table of row shares to the table reader (its columns are no blocks)', () => {
    // Each row's shares add up to 100 across the two groups (20/50, 30/50; 45/75, 30/75): the
    // groups are an outcome's categories. Down the first column 40.0 + 60.0 = 100 only by chance;
    // read as a block, 20 would be 30.8% of 65, a false alarm.
    const text = [
      '| n | % | n | % |',
      '| Sex | Male | 20 | 40.0 | 30 | 60.0 |',
      '| Female | 45 | 60.0 | 30 | 40.0 |',
      '| Smoking | Yes | 10 | 50.0 | 10 | 50.0 |',
      '| No | 55 | 50.0 | 55 | 50.0 |',
    ].join('\n');
    const ofRow = (a: number, b: number, pa: string, pb: string) => [
      'percentages',
      'consistent',
      `${a} (${pa}%); ${b} (${pb}%)`,
      `${a}/${a + b} = ${pa}0% of ${a + b}, the sum of the row (its percentages add up to 100%); ${b}/${a + b} = ${pb}0% of ${a + b}, the sum of the row (its percentages add up to 100%)`,
    ];
    expect(findings(text)).toEqual([
      ofRow(20, 30, '40.0', '60.0'),
      ofRow(45, 30, '60.0', '40.0'),
      ofRow(10, 10, '50.0', '50.0'),
      ofRow(55, 55, '50.0', '50.0'),
    ]);
  });

  it('reads nothing without the n | % header (the columns might be means and SDs)', () => {
    const text = ['| Sex | Male | 5 | 16.70 | 11 | 36.60 |', '| Female | 25 | 83.30 | 19 | 63.40 |'].join('\n');
    expect(findings(text)).toEqual([]);
  });
});
