/**
 * Pipe tables of "No. | %" pairs whose rows lost their leading "|" and carry the row's p in a
 * cell after the pairs (recognisers/pipe-row-tails.ts, used by recognisers/pipe-share-blocks.ts).
 * The table is written for these tests: 120 cases and 150 controls; every expected share is its
 * count over its block's sum (or the size every other block of its column adds up to).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const shares = (lines: string[]) =>
  checkText(lines.join('\n'), { lang: 'en' })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

const of = (n: number) => `of ${n}, the sum of the counts (the percentages add up to 100%)`;
const ofSize = (n: number) => `of ${n}, the group size the counts of every block of its column add up to`;

const head = [
  'Table 2.',
  'Characteristics | Cases (n=120)',
  '|',
  'Controls (n=150)',
  '|',
  'P value | ||',
  '---|---|---|---|---|---|',
  'No. | % | No. | % | ||',
];

describe('pipe rows without their leading "|", a p after the pairs', () => {
  it('reads each block of a column, the row with a p included', () => {
    // Male cases: 70/120 = 58.33, printed 58.8 (the block adds up to 100.5, its counts to 120).
    const text = [
      ...head,
      'Sex | 0.210 | ||||',
      'Male | 70 | 58.8 | 76 | 50.7 | |',
      'Female | 50 | 41.7 | 74 | 49.3 | |',
      'Smoking | |||||',
      'Ever | 45 | 37.5 | 30 | 20.0 | 0.002 |',
      'Never | 75 | 62.5 | 120 | 80.0 | |',
      'Age (years) | |||||',
      '< 50 | 60 | 50.0 | 90 | 60.0 | 0.10 |',
      '≥ 50 | 60 | 50.0 | 60 | 40.0 | |',
    ];
    expect(shares(text)).toEqual([
      ['inconsistent', '70 (58.8%)', `70/120 = 58.33% ${ofSize(120)}`],
      ['consistent', '76 (50.7%)', `76/150 = 50.67% ${of(150)}`],
      ['consistent', '50 (41.7%)', `50/120 = 41.67% ${ofSize(120)}`],
      ['consistent', '74 (49.3%)', `74/150 = 49.33% ${of(150)}`],
      ['consistent', '45 (37.5%)', `45/120 = 37.50% ${of(120)}`],
      ['consistent', '30 (20.0%)', `30/150 = 20.00% ${of(150)}`],
      ['consistent', '75 (62.5%)', `75/120 = 62.50% ${of(120)}`],
      ['consistent', '120 (80.0%)', `120/150 = 80.00% ${of(150)}`],
      ['consistent', '60 (50.0%)', `60/120 = 50.00% ${of(120)}`],
      ['consistent', '90 (60.0%)', `90/150 = 60.00% ${of(150)}`],
      ['consistent', '60 (50.0%)', `60/120 = 50.00% ${of(120)}`],
      ['consistent', '60 (40.0%)', `60/150 = 40.00% ${of(150)}`],
    ]);
  });

  it('a number after the pairs that is no p still ends the block (a row of another shape)', () => {
    const text = [
      ...head,
      'Smoking | |||||',
      'Ever | 45 | 37.5 | 30 | 20.0 | 12 |',
      'Never | 75 | 62.5 | 120 | 80.0 | |',
    ];
    expect(shares(text)).toEqual([]);
  });
});
