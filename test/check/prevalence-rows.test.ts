/**
 * Prevalence tables as pipe rows: number tested, number positive, prevalence
 * (recognisers/prevalence-rows.ts). The tables are written for these tests; each expected share
 * is the positives over the row's number tested.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const shares = (lines: string[]) =>
  checkText(lines.join('\n'), { lang: 'en' })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

const of = (n: number) => `of the total ${n} printed with it`;

describe('prevalence rows: each share of its own number tested', () => {
  it('reads the positives and their share in cells of their own', () => {
    // Goats: 9/64 = 14.06, printed 14.6.
    const text = [
      'Table 2. Brucella antibodies in small ruminants by species and sex.',
      'Categories | No. examined | No. positive | Prevalence (%) | ||',
      '---|---|---|---|---|---|',
      'Species | Sheep a) | 120 | 6 | 5.0 |',
      'Goats a) | 64 | 9 | 14.6 | ||',
      'Sex | Male | 50 | 2 | 4.0 |',
      'Female | 134 | 13 | 9.7 | ||',
      'a) Prevalence differed between species.',
    ];
    expect(shares(text)).toEqual([
      ['consistent', '6 (5.0%)', `6/120 = 5.00% ${of(120)}`],
      ['inconsistent', '9 (14.6%)', `9/64 = 14.06% ${of(64)}`],
      ['consistent', '2 (4.0%)', `2/50 = 4.00% ${of(50)}`],
      ['consistent', '13 (9.7%)', `13/134 = 9.70% ${of(134)}`],
    ]);
  });

  it('reads the positives with their share in one cell, footnote marks set aside', () => {
    const text = [
      'Table 1.',
      'Number sampled | Number positive (%) | |',
      '---|---|---|',
      'Village | ||',
      'North | 212 | 17∗ (8.0) |',
      'South | 98 | 2 (2.0) |',
      '∗Statistically significant.',
    ];
    expect(shares(text)).toEqual([
      ['consistent', '17∗ (8.0)', `17/212 = 8.02% ${of(212)}`],
      ['consistent', '2 (2.0)', `2/98 = 2.04% ${of(98)}`],
    ]);
  });

  it('reads nothing without a header naming the number tested before the positives', () => {
    const text = ['Categories | Group A | Group B | % |', 'Sheep | 120 | 6 | 5.0 |', 'Goats | 64 | 9 | 14.6 |'];
    expect(shares(text)).toEqual([]);
  });
});
