/**
 * The general cause behind the wild13 precision corpus's false alarm, each fixed in general and
 * tested here on text written for the test (exact findings):
 *
 * - a count of zero printed bare, without its share, in a row of count (percentage) cells
 *   (`Tertiary | 0 | 2 (3.3) | 2 (1.7)`): read by their order among the row's pairs, the row's
 *   pairs stood one column left of their own, and a column's group size made the total's share
 *   look misprinted (src/check/recognisers/zero-count-cells.ts, applied by row-shares.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

// 60 controls, 60 cases, 120 in all: every share below is its count over 60 (the groups) or 120
// (the Total column), rounded to one decimal, e.g. 2/60 = 3.33 → 3.3 and 2/120 = 1.67 → 1.7.
const ROWS: [string, string, string, string][] = [
  ['Male', '30 (50.0)', '20 (33.3)', '50 (41.7)'],
  ['Female', '30 (50.0)', '40 (66.7)', '70 (58.3)'],
  ['Urban', '45 (75.0)', '30 (50.0)', '75 (62.5)'],
  ['Rural', '15 (25.0)', '30 (50.0)', '45 (37.5)'],
  ['None', '20 (33.3)', '10 (16.7)', '30 (25.0)'],
  ['Primary', '38 (63.3)', '40 (66.7)', '78 (65.0)'],
  ['Secondary', '2 (3.3)', '8 (13.3)', '10 (8.3)'],
  ['Tertiary', '0', '2 (3.3)', '2 (1.7)'],
];
const HEADS = ['Sex', null, 'Residence', null, 'Schooling', null, null, null];

const of60 = (c: string, p: string) => `${c}/60 = ${p}% of 60, the sum of the counts (the percentages add up to 100%)`;
const of120 = (c: string, p: string) =>
  `${c}/120 = ${p}% of 120, the sum of the counts (the percentages add up to 100%)`;

describe('a zero count printed bare holds its column (recognisers/zero-count-cells.ts)', () => {
  it('one cell a line: the cases’ and the total’s shares of the row after the zero are read in their own columns', () => {
    const text = [
      'Table 1: Characteristics of cases and controls',
      'Variables',
      'Controls (%)',
      'Cases (%)',
      'Total',
      ...ROWS.flatMap((r, i) => [...(HEADS[i] ? [HEADS[i]!] : []), r[0], ...r.slice(1).map((c) => c.replace(' ', ''))]),
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '30(50.0)', of60('30', '50.00')],
      ['percentages', 'consistent', '20(33.3)', of60('20', '33.33')],
      ['percentages', 'consistent', '50(41.7)', of120('50', '41.67')],
      ['percentages', 'consistent', '30(50.0)', of60('30', '50.00')],
      ['percentages', 'consistent', '40(66.7)', of60('40', '66.67')],
      ['percentages', 'consistent', '70(58.3)', of120('70', '58.33')],
      ['percentages', 'consistent', '45(75.0)', of60('45', '75.00')],
      ['percentages', 'consistent', '30(50.0)', of60('30', '50.00')],
      ['percentages', 'consistent', '75(62.5)', of120('75', '62.50')],
      ['percentages', 'consistent', '15(25.0)', of60('15', '25.00')],
      ['percentages', 'consistent', '30(50.0)', of60('30', '50.00')],
      ['percentages', 'consistent', '45(37.5)', of120('45', '37.50')],
      ['percentages', 'consistent', '20(33.3)', of60('20', '33.33')],
      ['percentages', 'consistent', '10(16.7)', of60('10', '16.67')],
      ['percentages', 'consistent', '30(25.0)', of120('30', '25.00')],
      ['percentages', 'consistent', '38(63.3)', of60('38', '63.33')],
      ['percentages', 'consistent', '40(66.7)', of60('40', '66.67')],
      ['percentages', 'consistent', '78(65.0)', of120('78', '65.00')],
      ['percentages', 'consistent', '2(3.3)', of60('2', '3.33')],
      ['percentages', 'consistent', '8(13.3)', of60('8', '13.33')],
      ['percentages', 'consistent', '10(8.3)', of120('10', '8.33')],
      // Before: 2 (3.3) read in the controls' column and 2 (1.7) held to the cases' 60 (inconsistent).
      ['percentages', 'consistent', '2(3.3)', of60('2', '3.33')],
      ['percentages', 'consistent', '2(1.7)', of120('2', '1.67')],
    ]);
  });

  it('pipes: the row with the bare zero raises no flag', () => {
    const text = [
      'Table 1: Characteristics of cases and controls',
      '| Variables | Controls n (%) | Cases n (%) | Total n (%) |',
      ...ROWS.flatMap((r, i) => [...(HEADS[i] ? [`| ${HEADS[i]} | | | |`] : []), `| ${r.join(' | ')} |`]),
    ].join('\n');
    const line = text.indexOf('| Tertiary');
    const tertiary = checkText(text, { lang: 'en' })
      .findings.filter((f) => f.start >= line)
      .map((f) => [f.check, f.verdict, f.reported, f.recomputed]);
    expect(tertiary).toEqual([
      // 0 controls + 2 cases = 2 in all.
      ['totals', 'consistent', 'Tertiary: 0 + 2 → 2', 'sum of the rows = 2'],
      ['percentages', 'consistent', '2 (3.3)', of60('2', '3.33')],
      // Before: held to the cases' 60 (2/60 = 3.33, inconsistent).
      ['percentages', 'consistent', '2 (1.7)', of120('2', '1.67')],
    ]);
    expect(findings(text).filter(([, v]) => v === 'inconsistent' || v === 'decision-error')).toEqual([]);
  });

  it('a row whose first cell is a numeric category (0 children) is no zero count', () => {
    const text = [
      'Table 2. Children of the women, n (%)',
      '| Number of children | Users (n = 40) | Non-users (n = 60) |',
      '|---|---|---|',
      '| 0 | 4 (10.0) | 15 (25.0) |',
      '| 1–2 | 24 (60.0) | 30 (50.0) |',
      '| 3 or more | 12 (30.0) | 15 (25.0) |',
    ].join('\n');
    const of = (c: string, n: string, p: string) =>
      `${c}/${n} = ${p}% of ${n}, the sum of the counts (the percentages add up to 100%)`;
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '4 (10.0)', of('4', '40', '10.00')],
      ['percentages', 'consistent', '15 (25.0)', of('15', '60', '25.00')],
      ['percentages', 'consistent', '24 (60.0)', of('24', '40', '60.00')],
      ['percentages', 'consistent', '30 (50.0)', of('30', '60', '50.00')],
      ['percentages', 'consistent', '12 (30.0)', of('12', '40', '30.00')],
      ['percentages', 'consistent', '15 (25.0)', of('15', '60', '25.00')],
    ]);
  });
});
