/**
 * Row percentages printed once per stratum side by side (src/check/recognisers/stratified-row-shares.ts):
 * each stratum's shares add up to 100 over its own counts, the row's to 200. Text written for this
 * test; the case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const ofRow = (count: number, n: number, pct: string) =>
  `${count}/${n} = ${pct}% of ${n}, the sum of the row (its percentages add up to 100%)`;

describe('a table of row shares stratified by site, the strata side by side', () => {
  it("reads each stratum's pairs against the sum of that stratum's counts", () => {
    // Urban and rural rows: 120 + 30 = 150, 90 + 30 = 120, 84 + 36 = 120, 66 + 42 = 108,
    // 45 + 35 = 80, 51 + 29 = 80, 249 + 101 = 350; the rural total 207 + 101 = 308 gives 67.21
    // and 32.79, printed 67.0 and 33.0.
    const text = [
      'Table 3. Smoking by age group, stratified by site',
      '| Urban | Rural |',
      '| Never n (%) | Current n (%) | Never n (%) | Current n (%) |',
      ' 18–39 | 120 (80.0) | 30 (20.0) | 90 (75.0) | 30 (25.0) |',
      ' 40–59 | 84 (70.0) | 36 (30.0) | 66 (61.1) | 42 (38.9) |',
      ' ≥ 60 | 45 (56.3) | 35 (43.8) | 51 (63.8) | 29 (36.2) |',
      ' Total | 249 (71.1) | 101 (28.9) | 207 (67.0) | 101 (33.0) |',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '120 (80.0)', ofRow(120, 150, '80.00')],
      ['percentages', 'consistent', '30 (20.0)', ofRow(30, 150, '20.00')],
      ['percentages', 'consistent', '90 (75.0)', ofRow(90, 120, '75.00')],
      ['percentages', 'consistent', '30 (25.0)', ofRow(30, 120, '25.00')],
      ['percentages', 'consistent', '84 (70.0)', ofRow(84, 120, '70.00')],
      ['percentages', 'consistent', '36 (30.0)', ofRow(36, 120, '30.00')],
      ['percentages', 'consistent', '66 (61.1)', ofRow(66, 108, '61.11')],
      ['percentages', 'consistent', '42 (38.9)', ofRow(42, 108, '38.89')],
      ['percentages', 'consistent', '45 (56.3)', ofRow(45, 80, '56.25')],
      ['percentages', 'consistent', '35 (43.8)', ofRow(35, 80, '43.75')],
      ['percentages', 'consistent', '51 (63.8)', ofRow(51, 80, '63.75')],
      ['percentages', 'consistent', '29 (36.2)', ofRow(29, 80, '36.25')],
      ['percentages', 'consistent', '249 (71.1)', ofRow(249, 350, '71.14')],
      ['percentages', 'consistent', '101 (28.9)', ofRow(101, 350, '28.86')],
      ['percentages', 'inconsistent', '207 (67.0)', ofRow(207, 308, '67.21')],
      ['percentages', 'inconsistent', '101 (33.0)', ofRow(101, 308, '32.79')],
    ]);
  });

  it('reads a row whose four shares all end in 0 as whole per cents padded', () => {
    // 75/95 = 78.95 and 20/95 = 21.05 fit 79 and 21 (not 79.0 and 21.0): all four shares of the
    // row end in 0; 73/89 = 82.02, 16/89 = 17.98. The other row: 40/50 = 80.00, 10/50 = 20.00,
    // 30/40 = 75.00, 10/40 = 25.00.
    const text = [
      '| Men | Women |',
      '| No n (%) | Yes n (%) | No n (%) | Yes n (%) |',
      ' Tertiary | 73 (82.0) | 16 (18.0) | 75 (79.0) | 20 (21.0) |',
      ' Primary | 40 (80.0) | 10 (20.0) | 30 (75.0) | 10 (25.0) |',
    ].join('\n');
    expect(findings(text).map((f) => f.slice(0, 3))).toEqual([
      ['percentages', 'consistent', '73 (82.0)'],
      ['percentages', 'consistent', '16 (18.0)'],
      ['percentages', 'consistent', '75 (79.0)'],
      ['percentages', 'consistent', '20 (21.0)'],
      ['percentages', 'consistent', '40 (80.0)'],
      ['percentages', 'consistent', '10 (20.0)'],
      ['percentages', 'consistent', '30 (75.0)'],
      ['percentages', 'consistent', '10 (25.0)'],
    ]);
  });
});
