/**
 * Rows whose categories are stacked in one cell per group with no number before each category
 * (recognisers/stacked-category-runs.ts, used by row-shares.ts). Each case lists every finding
 * naskah reports, exactly. The table was written for these tests: 120 and 118 patients, one cell
 * per line with blank lines between, as web tables' page text stores them.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const cells = (...lines: string[]) => lines.join('\n\n');

const header = cells(
  'Table 2 Baseline characteristics of the two groups',
  'Item',
  'Exercise group (n = 120)',
  'Control group (n = 118)',
  'P values',
);
const singleRows = cells(
  'Smoking (n,%)',
  '30 (25.0)',
  '33 (28.0)',
  '0.60',
  'Diabetes (n,%)',
  '12 (10.0)',
  '12 (10.2)',
  '0.96',
  'Hypertension (n,%)',
  '45 (37.5)',
  '44 (37.3)',
  '0.97',
);

const of = (count: number, n: number) => `${count}/${n} = ${((100 * count) / n).toFixed(2)}% of the stated total ${n}`;
// Each single row's p against the tests of its counts (recognisers/count-row-p.ts): Pearson's
// χ²(1) p .6041, .9654 (0.96 is near it, not judged) and .9731.
const countP = (table: string, p: string, tests: string, verdict = 'consistent') => [
  'p-value',
  verdict,
  `${table}; p = ${p}`,
  `counts ${table}: p of Pearson's χ²(1) = ${tests}`,
];
const singles = [
  countP('30 : 33 / 90 : 85', '0.60', "0.6041, with Yates' correction = 0.7102, Fisher's exact = 0.6603"),
  ['percentages', 'consistent', '30 (25.0)', of(30, 120)],
  ['percentages', 'consistent', '33 (28.0)', of(33, 118)],
  countP(
    '12 : 12 / 108 : 106',
    '0.96',
    "0.9654, with Yates' correction = 1.0000, Fisher's exact = 1.0000",
    'not-checkable',
  ),
  ['percentages', 'consistent', '12 (10.0)', of(12, 120)],
  ['percentages', 'consistent', '12 (10.2)', of(12, 118)],
  countP('45 : 44 / 75 : 74', '0.97', "0.9731, with Yates' correction = 1.0000, Fisher's exact = 1.0000"),
  ['percentages', 'consistent', '45 (37.5)', of(45, 120)],
  ['percentages', 'consistent', '44 (37.3)', of(44, 118)],
];

describe('categories stacked in one cell per group', () => {
  it('reads each group’s run of categories against its size', () => {
    // Sex: 66 + 54 = 120 (55.0, 45.0), 59 + 59 = 118 (50.0 each). Residence: 70 + 50 = 120
    // (58.33, 41.67); 60 + 58 = 118, 50.85 and 49.15, printed 51.8 and 48.2 (they add up to 100).
    const text = cells(
      header,
      'Sex (n,%)',
      'Male',
      'Female',
      '66 (55.0)',
      '54 (45.0)',
      '59 (50.0)',
      '59 (50.0)',
      '0.44',
      'Residence (n,%)',
      'Urban',
      'Rural',
      '70 (58.3)',
      '50 (41.7)',
      '60 (51.8)',
      '58 (48.2)',
      '0.24',
      singleRows,
    );
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '66 (55.0)', of(66, 120)],
      ['percentages', 'consistent', '54 (45.0)', of(54, 120)],
      ['percentages', 'consistent', '59 (50.0)', of(59, 118)],
      ['percentages', 'consistent', '59 (50.0)', of(59, 118)],
      ['percentages', 'consistent', '70 (58.3)', of(70, 120)],
      ['percentages', 'consistent', '50 (41.7)', of(50, 120)],
      ['percentages', 'inconsistent', '60 (51.8)', of(60, 118)],
      ['percentages', 'inconsistent', '58 (48.2)', of(58, 118)],
      ...singles,
    ]);
  });

  it('does not read runs whose counts miss their group’s size', () => {
    // 60 + 50 = 110 answers of 120 (54.5, 45.5 of 110): some did not answer; not read.
    const text = cells(
      header,
      'Residence (n,%)',
      'Urban',
      'Rural',
      '60 (54.5)',
      '50 (45.5)',
      '60 (50.8)',
      '58 (49.2)',
      '0.24',
      singleRows,
    );
    expect(findings(text)).toEqual(singles);
  });
});
