/**
 * A web table's text with one cell per line and blank lines between, whose header gives each
 * group's size and where one variable stacks its categories in one cell per group ("Male",
 * "Female", then the first group's two pairs, then the second's): the single rows are read
 * against the header's sizes, the stacked row as the groups' runs (recognisers/stacked-cells.ts,
 * stacked-category-runs.ts, row-shares.ts). Every finding naskah reports is listed, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const cells = (rows: string[]) => rows.join('\n\n');
const HEADER = [
  'Table 2 Baseline characteristics of the two groups',
  'Item',
  'Treatment group (n = 120)',
  'Control group (n = 118)',
  'P values',
];
const SEX = ['Sex (n,%)', 'Male', 'Female', '70 (58.3)', '50 (41.7)', '66 (55.9)', '52 (44.1)', '0.71'];
const SINGLE = [
  'Current smoking (n,%)',
  '25 (20.8)',
  '30 (25.4)',
  '0.40',
  'Diabetes (n,%)',
  '19 (15.8)',
  '22 (18.8)',
  '0.55',
  'Hypertension (n,%)',
  '41 (34.2)',
  '40 (33.9)',
  '0.97',
];

// The last single row's p against the tests of its counts (recognisers/count-row-p.ts): 41 of 120
// and 40 of 118, Pearson's χ²(1) p .9652; the rows above it are not read, Diabetes misprinting a share.
const HYPERTENSION_P = [
  'p-value',
  'consistent',
  '41 : 40 / 79 : 78; p = 0.97',
  "counts 41 : 40 / 79 : 78: p of Pearson's χ²(1) = 0.9652, with Yates' correction = 1.0000, Fisher's exact = 1.0000",
];

describe('group sizes from a header printed one cell per line, stacked rows set aside', () => {
  it('each single row’s pairs against its group’s n; the stacked row as the groups’ runs', () => {
    // By hand: 25/120 = 20.83, 30/118 = 25.42, 19/120 = 15.83, 22/118 = 18.64 (printed 18.8),
    // 41/120 = 34.17, 40/118 = 33.90.
    const expected = [
      ['percentages', 'consistent', '25 (20.8)', '25/120 = 20.83% of the stated total 120'],
      ['percentages', 'consistent', '30 (25.4)', '30/118 = 25.42% of the stated total 118'],
      ['percentages', 'consistent', '19 (15.8)', '19/120 = 15.83% of the stated total 120'],
      ['percentages', 'inconsistent', '22 (18.8)', '22/118 = 18.64% of the stated total 118'],
      HYPERTENSION_P,
      ['percentages', 'consistent', '41 (34.2)', '41/120 = 34.17% of the stated total 120'],
      ['percentages', 'consistent', '40 (33.9)', '40/118 = 33.90% of the stated total 118'],
    ];
    // The stacked row is read as the groups' runs (recognisers/stacked-category-runs.ts):
    // 70 + 50 = 120 (58.33, 41.67), 66 + 52 = 118 (55.93, 44.07).
    expect(findings(cells([...HEADER, ...SEX, ...SINGLE]))).toEqual([
      ['percentages', 'consistent', '70 (58.3)', '70/120 = 58.33% of the stated total 120'],
      ['percentages', 'consistent', '50 (41.7)', '50/120 = 41.67% of the stated total 120'],
      ['percentages', 'consistent', '66 (55.9)', '66/118 = 55.93% of the stated total 118'],
      ['percentages', 'consistent', '52 (44.1)', '52/118 = 44.07% of the stated total 118'],
      ...expected,
    ]);
    // Without the stacked row, the single rows alone: the blank lines do not hide the header.
    expect(findings(cells([...HEADER, ...SINGLE]))).toEqual(expected);
  });

  it('numbered categories on lines alone: each run of pairs with its group’s n, when each group’s shares add up to 100', () => {
    // Number of medicines 0, 1, 2: 30/120 = 25.00, 54/120 = 45.00, 36/120 = 30.00 (25 + 45 + 30 =
    // 100); 31/118 = 26.27, 56/118 = 47.46, 7/118 = 5.93 printed 26.3, 47.5, 26.2 (26.3 + 47.5 +
    // 26.2 = 100: the count 7 is the misprint, 31 would give 26.27).
    const medicines = [
      'Number of medicines (n,%)',
      '0',
      '30 (25.0)',
      '31 (26.3)',
      '0.40',
      '0.82',
      '1',
      '54 (45.0)',
      '56 (47.5)',
      '2',
      '36 (30.0)',
      '7 (26.2)',
    ];
    const stated = (count: number, n: number, pct: string, exact: string, verdict = 'consistent') => [
      'percentages',
      verdict,
      `${count} (${pct})`,
      `${count}/${n} = ${exact}% of the stated total ${n}`,
    ];
    expect(findings(cells([...HEADER, ...SINGLE.slice(0, 4), ...medicines, ...SINGLE.slice(4)]))).toEqual([
      stated(25, 120, '20.8', '20.83'),
      stated(30, 118, '25.4', '25.42'),
      stated(30, 120, '25.0', '25.00'),
      stated(31, 118, '26.3', '26.27'),
      stated(54, 120, '45.0', '45.00'),
      stated(56, 118, '47.5', '47.46'),
      stated(36, 120, '30.0', '30.00'),
      stated(7, 118, '26.2', '5.93', 'inconsistent'),
      stated(19, 120, '15.8', '15.83'),
      stated(22, 118, '18.8', '18.64', 'inconsistent'),
      HYPERTENSION_P,
      stated(41, 120, '34.2', '34.17'),
      stated(40, 118, '33.9', '33.90'),
    ]);
    // A group whose shares do not add up to 100 over the runs: not read.
    const partial = medicines.map((l) => (l === '36 (30.0)' ? '36 (20.0)' : l));
    expect(findings(cells([...HEADER, ...SINGLE.slice(0, 4), ...partial, ...SINGLE.slice(4)]))).toEqual([
      stated(25, 120, '20.8', '20.83'),
      stated(30, 118, '25.4', '25.42'),
      stated(19, 120, '15.8', '15.83'),
      stated(22, 118, '18.8', '18.64', 'inconsistent'),
      HYPERTENSION_P,
      stated(41, 120, '34.2', '34.17'),
      stated(40, 118, '33.9', '33.90'),
    ]);
  });

  it('is not read when the header gives no size for a group', () => {
    const unsized = HEADER.map((l) => l.replace(' (n = 118)', ''));
    expect(findings(cells([...unsized, ...SEX, ...SINGLE]))).toEqual([]);
  });
});

describe('a row whose every share misses its group’s size (recognisers/other-denominator-rows.ts)', () => {
  // Statin use: 30/110 = 27.27 and 28/112 = 25.00, the sizes the note gives; against the header's
  // 120 and 118 they would read 25.00 and 23.73, both flagged.
  const statin = ['Statin use (n,%)', '30 (27.3)', '28 (25.0)', '0.70'];

  it('has other denominators than the header’s: not read against them', () => {
    expect(
      findings(cells([...HEADER, ...SINGLE, ...statin])).filter((f) => f[2] === '30 (27.3)' || f[2] === '28 (25.0)'),
    ).toEqual([]);
  });

  it('a note saying for how many the data were available leaves a share off the header’s size not checkable', () => {
    // One group's cell off its size, the other on it: without the note 30 (26.8) would be flagged (30/120 = 25.0).
    const row = ['Statin use (n,%)', '30 (26.8)', '28 (23.7)', '0.70'];
    const note = ['Data available for 112 and 118 participants.'];
    expect(findings(cells([...HEADER, ...SINGLE, ...row])).filter((f) => f[1] !== 'consistent')).toEqual([
      ['percentages', 'inconsistent', '22 (18.8)', '22/118 = 18.64% of the stated total 118'],
      ['percentages', 'inconsistent', '30 (26.8)', '30/120 = 25.00% of the stated total 120'],
    ]);
    // With it, a share that fewer answers could give (22/0.1885 to 22/0.1875 = 116.7–117.3 of 118;
    // 30/0.2685 to 30/0.2675 = 111.7–112.2 of 120: the note's 112) is not checkable
    // (recognisers/missing-data-shares.ts).
    expect(findings(cells([...HEADER, ...SINGLE, ...row, ...note])).filter((f) => f[1] !== 'consistent')).toEqual([
      ['percentages', 'not-checkable', '22 (18.8)', '—'],
      ['percentages', 'not-checkable', '30 (26.8)', '—'],
    ]);
  });
});
