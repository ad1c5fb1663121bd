/**
 * Tables of row percentages whose header does not say "n (%)" (recognisers/unmarked-row-share-tables.ts):
 * one cell per line, as web tables reach page text, each row's "count (share)" cells followed by
 * its odds ratio and p. The tables are written for these tests; each expected share is its count
 * over the sum of its row's counts. Only the percentages findings are compared: the odds ratios
 * go to the confidence-interval check, which these tests are not about.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const shares = (cells: string[][]) =>
  checkText(cells.flat().join('\n\n'), { lang: 'en' })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

const ofRow = (n: number) => `of ${n}, the sum of the row (its percentages add up to 100%)`;

describe('row percentages under a header that does not name n (%)', () => {
  it('reads a table of rows whose shares are plainly of their row, and a row misprinted in it', () => {
    // 2 or more: 71/190 = 37.37, 119/190 = 62.63 printed 61.6 (the row adds up to 99.0 only).
    const table = [
      ['Table 4 Factors associated with anaemia among pregnant women', 'Variables', 'Anaemia', 'OR (95% CI)'],
      ['P-value', 'Anaemic', 'Not anaemic'],
      ['Residence', ' Urban', '40 (25.0)', '120 (75.0)', '1', ' '],
      [' Rural', '66 (44.0)', '84 (56.0)', '2.36 (1.46, 3.80)', '<0.001'],
      ['Parity', ' 0-1', '35 (29.2)', '85 (70.8)', '1', ' '],
      [' 2 or more', '71 (37.4)', '119 (61.6)', '1.45 (0.89, 2.37)', '0.14'],
      ['ANC visits', ' Fewer than 4', '58 (41.4)', '82 (58.6)', '1.80 (1.12, 2.88)', '0.015'],
      [' 4 or more', '48 (28.2)', '122 (71.8)', '1'],
    ];
    const misprinted =
      'of 190, the sum of the row (a row of a table of row percentages, whose other rows add up to 100%)';
    expect(shares(table)).toEqual([
      ['consistent', '40 (25.0)', `40/160 = 25.00% ${ofRow(160)}`],
      ['consistent', '120 (75.0)', `120/160 = 75.00% ${ofRow(160)}`],
      ['consistent', '66 (44.0)', `66/150 = 44.00% ${ofRow(150)}`],
      ['consistent', '84 (56.0)', `84/150 = 56.00% ${ofRow(150)}`],
      ['consistent', '35 (29.2)', `35/120 = 29.17% ${ofRow(120)}`],
      ['consistent', '85 (70.8)', `85/120 = 70.83% ${ofRow(120)}`],
      ['consistent', '71 (37.4)', `71/190 = 37.37% ${misprinted}`],
      ['inconsistent', '119 (61.6)', `119/190 = 62.63% ${misprinted}`],
      ['consistent', '58 (41.4)', `58/140 = 41.43% ${ofRow(140)}`],
      ['consistent', '82 (58.6)', `82/140 = 58.57% ${ofRow(140)}`],
      ['consistent', '48 (28.2)', `48/170 = 28.24% ${ofRow(170)}`],
      ['consistent', '122 (71.8)', `122/170 = 71.76% ${ofRow(170)}`],
    ]);
  });

  it('does not read means and SDs in brackets, whose rows are no shares of their sum', () => {
    const table = [
      ['Table 2 Scores by group', 'Variables', 'Intervention', 'Control', 'P-value'],
      ['Knowledge', '35 (10)', '37 (12)', '0.21'],
      ['Attitude', '42 (58)', '40 (60)', '0.33'],
      ['Practice', '20 (80)', '22 (78)', '0.52'],
    ];
    expect(shares(table)).toEqual([]);
  });

  it('needs three rows of row shares: two may add up to 100 by chance', () => {
    const table = [
      ['Table 5 Outcome by sex', 'Variables', 'Recovered', 'Died', 'P-value'],
      ['Male', '40 (25.0)', '120 (75.0)', '0.02'],
      ['Female', '66 (44.0)', '84 (56.0)'],
    ];
    expect(shares(table)).toEqual([]);
  });
});
