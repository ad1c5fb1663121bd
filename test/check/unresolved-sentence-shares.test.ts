/**
 * A table of row percentages with % signs, its rows one per line and nothing to end a sentence,
 * which the sentence reader takes as one list without a usable total
 * (recognisers/unresolved-sentence-shares.ts). The table is written for these tests; each
 * expected share is its count over the sum of its row's counts. Only percentages findings are
 * compared: the odds ratios go to the confidence-interval check.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const shares = (lines: string[]) =>
  checkText(lines.join('\n'), { lang: 'en' })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

const ofRow = (n: number) => `of ${n}, the sum of the row (its percentages add up to 100%)`;
const misprinted = 'of 120, the sum of the row (a row of a table of row percentages, whose other rows add up to 100%)';

const rows = [
  'Variable Practice',
  'COR (95% CI) P-value',
  'Good practice Poor practice',
  'Residence',
  'Urban 64(53.3%) 56(46.7%) 1',
  'Rural 45(37.5%) 75(62.5%) 0.53(0.31–0.88) 0.014',
  'Education',
  'No formal education 12(30%) 28(70%) 1',
  'Primary 38(47.5%) 42(52.5%) 2.11(0.94–4.74) 0.071',
  // 61/120 = 50.83, printed 51.8 (the row adds up to 101.0).
  'Secondary and above 59(49.2%) 61(51.8%) 2.26(1.05–4.86) 0.037',
];
const expected = [
  ['consistent', '64(53.3%)', `64/120 = 53.33% ${ofRow(120)}`],
  ['consistent', '56(46.7%)', `56/120 = 46.67% ${ofRow(120)}`],
  ['consistent', '45(37.5%)', `45/120 = 37.50% ${ofRow(120)}`],
  ['consistent', '75(62.5%)', `75/120 = 62.50% ${ofRow(120)}`],
  ['consistent', '12(30%)', `12/40 = 30.00% ${ofRow(40)}`],
  ['consistent', '28(70%)', `28/40 = 70.00% ${ofRow(40)}`],
  ['consistent', '38(47.5%)', `38/80 = 47.50% ${ofRow(80)}`],
  ['consistent', '42(52.5%)', `42/80 = 52.50% ${ofRow(80)}`],
  ['consistent', '59(49.2%)', `59/120 = 49.17% ${misprinted}`],
  ['inconsistent', '61(51.8%)', `61/120 = 50.83% ${misprinted}`],
];

describe('a table of row shares read as one list without a total', () => {
  it('is read row by row when its caption stands apart (the list states no total)', () => {
    expect(shares(['Table 3. Factors associated with good practice among mothers (n = 240)', '', ...rows])).toEqual(
      expected,
    );
  });

  it('is read row by row when the caption’s n runs into it (most shares contradict that total)', () => {
    expect(shares(['Table 3. Factors associated with good practice among mothers (n = 240)', ...rows])).toEqual(
      expected,
    );
  });

  it('is left to the list when its rows are no table of row shares', () => {
    // Shares of the 240 mothers, each row's pairs adding up to no 100: the caption's n is their total.
    const text = [
      'Table 1. Characteristics of the mothers (n = 240)',
      'Residence Urban 120(50.0%) Rural 120(50.0%)',
      'Education None 40(16.7%) Primary 80(33.3%) Secondary 120(50.0%)',
    ];
    expect(shares(text)).toEqual([
      ['consistent', '120(50.0%)', '120/240 = 50.00% of the stated total 240'],
      ['consistent', '120(50.0%)', '120/240 = 50.00% of the stated total 240'],
      ['consistent', '40(16.7%)', '40/240 = 16.67% of the stated total 240'],
      ['consistent', '80(33.3%)', '80/240 = 33.33% of the stated total 240'],
      ['consistent', '120(50.0%)', '120/240 = 50.00% of the stated total 240'],
    ]);
  });
});
