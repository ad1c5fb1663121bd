/**
 * Rows of shares over rows of counts, under a row of group sizes, statistic cells between the
 * groups (recognisers/share-count-rows.ts). Each case lists every finding naskah reports,
 * exactly. The table was written for these tests: 200 women and 50 men; χ² and p computed with
 * jStat for the 2 × 2 of each row (Pearson, no correction): smoking [[60, 140], [10, 40]] 1.984,
 * p .1590; alcohol [[90, 110], [15, 35]] 3.695, p .0546; obesity [[40, 160], [6, 44]] 1.705,
 * p .1916; insomnia, answered by 190 women and 48 men, [[50, 140], [5, 43]] 5.451, p .0196.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const table = (sizes: string) =>
  [
    'Table 1. Health behaviours by gender',
    'Women | Men | Statistics |',
    `N | ${sizes} | |`,
    'Smoking, % | 30.0% | 20.0% | χ²(1;250) = 1.984; |',
    '(n) | 60 | 10 | p = 0.159 |',
    'Alcohol use, % | 45.0% | 30.0% | χ²(1;250) = 3.695; |',
    '(n) | 90 | 15 | p = 0.055 |',
    'Obesity, % | 19.0% | 12.0% | χ²(1;250) = 1.705; |',
    '(n) | 40 | 6 | p = 0.192 |',
    'Insomnia, % | 26.3% | 10.4% | χ²(1;238) = 5.451; |',
    '(n) | 50 | 5 | p = 0.020 |',
  ].join('\n');

const ofSize = (count: number, size: number) =>
  `${count}/${size} = ${((100 * count) / size).toFixed(2)}% of its column's group size n = ${size} in the table header`;

describe('rows of shares over rows of counts, under the groups’ sizes', () => {
  it('holds each share to its count over its group’s size; a row analysed with fewer cases is not checkable', () => {
    // Obesity: 40/200 = 20.0, printed 19.0%; 19.0% of a count of 40 needs 210 people or more,
    // more than the 200 women. Insomnia: 50/200 = 25.0 and 5/50 = 10.0, printed 26.3% and
    // 10.4%, are 50/190 and 5/48 (its χ² says 238 answered): the row's shares are not checkable.
    expect(findings(table('200 | 50'))).toEqual([
      ['percentages', 'consistent', '60 (30.0%)', ofSize(60, 200)],
      ['percentages', 'consistent', '10 (20.0%)', ofSize(10, 50)],
      [
        'p-value',
        'consistent',
        'χ²(1;250) = 1.984; | (n) | 60 | 10 | p = 0.159',
        'p = 0.1589 to 0.1590 for |χ²(1)| ∈ [1.9835, 1.9845]',
      ],
      ['percentages', 'consistent', '90 (45.0%)', ofSize(90, 200)],
      ['percentages', 'consistent', '15 (30.0%)', ofSize(15, 50)],
      [
        'p-value',
        'consistent',
        'χ²(1;250) = 3.695; | (n) | 90 | 15 | p = 0.055',
        'p = 0.0546 for |χ²(1)| ∈ [3.6945, 3.6955]',
      ],
      ['percentages', 'inconsistent', '40 (19.0%)', ofSize(40, 200)],
      ['percentages', 'consistent', '6 (12.0%)', ofSize(6, 50)],
      [
        'p-value',
        'consistent',
        'χ²(1;250) = 1.705; | (n) | 40 | 6 | p = 0.192',
        'p = 0.1916 to 0.1917 for |χ²(1)| ∈ [1.7045, 1.7055]',
      ],
      ['percentages', 'not-checkable', '50 (26.3%)', '—'],
      ['percentages', 'not-checkable', '5 (10.4%)', '—'],
      [
        'p-value',
        'consistent',
        'χ²(1;238) = 5.451; | (n) | 50 | 5 | p = 0.020',
        'p = 0.0196 for |χ²(1)| ∈ [5.4505, 5.4515]',
      ],
    ]);
  });

  it('says why a row analysed with fewer cases is not checkable', () => {
    const explained = checkText(table('200 | 50'), { lang: 'en' })
      .findings.filter((f) => f.verdict === 'not-checkable')
      .map((f) => f.explanation);
    expect(explained).toEqual([
      "The row was analysed with fewer cases than its group's 200 (one of its shares needs a smaller total), and the totals it was analysed with are not printed.",
      "The row was analysed with fewer cases than its group's 50 (one of its shares needs a smaller total), and the totals it was analysed with are not printed.",
    ]);
    const id = checkText(table('200 | 50'), { lang: 'id' }).findings.find((f) => f.verdict === 'not-checkable');
    expect(id?.explanation).toBe(
      'Baris ini dianalisis dengan kasus lebih sedikit daripada 200 pada kelompoknya (salah satu persentasenya memerlukan total yang lebih kecil), dan total yang dipakai tidak dicantumkan.',
    );
  });

  it('reads no share against a sizes row that most of them miss', () => {
    // N 100 and 25: 60/100 = 60.0, not 30.0%; every share would need a larger group.
    expect(findings(table('100 | 25')).filter(([check]) => check === 'percentages')).toEqual([]);
  });
});
