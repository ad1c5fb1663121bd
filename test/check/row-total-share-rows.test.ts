/**
 * Cross tables one row per line with row shares and a Total column that carries its share of the
 * whole ("n % (Within Row) … n % (of Total)"), recognisers/row-total-share-rows.ts. The tables are
 * written for these tests; every expected share is the count over the total the comment names.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const ofRow = (n: number) => `of the row total ${n}`;
const ofBlock = (n: number) => `of ${n}, the sum of the counts (the percentages add up to 100%)`;

describe('row shares beside a Total column with its share of the whole', () => {
  it('reads each group share against its row total and each Total share against its block', () => {
    // Female: 20/100 = 20.0, printed 21.0. Age 60 and over: 60/200 = 30.0, printed 30.1 (the
    // block's shares 30.0 + 40.0 + 30.1 still add up to 100 within their rounding).
    const text = [
      'Table 2. Outcome by patient characteristics',
      'Recovered (n = 150) Not recovered (n = 50) Total (n = 200) p',
      'n % n % n %',
      'Sex Male 70 70.0 30 30.0 100 50.0 0.02',
      'Female 80 80.0 20 21.0 100 50.0 -',
      'Age group <40 50 83.3 10 16.7 60 30.0 0.11',
      '40 to 59 60 75.0 20 25.0 80 40.0 -',
      '60 and over 40 66.7 20 33.3 60 30.1 -',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '70 70.0', `70/100 = 70.00% ${ofRow(100)}`],
      ['percentages', 'consistent', '30 30.0', `30/100 = 30.00% ${ofRow(100)}`],
      ['percentages', 'consistent', '100 50.0', `100/200 = 50.00% ${ofBlock(200)}`],
      ['percentages', 'consistent', '80 80.0', `80/100 = 80.00% ${ofRow(100)}`],
      ['percentages', 'inconsistent', '20 21.0', `20/100 = 20.00% ${ofRow(100)}`],
      ['percentages', 'consistent', '100 50.0', `100/200 = 50.00% ${ofBlock(200)}`],
      ['percentages', 'consistent', '50 83.3', `50/60 = 83.33% ${ofRow(60)}`],
      ['percentages', 'consistent', '10 16.7', `10/60 = 16.67% ${ofRow(60)}`],
      ['percentages', 'consistent', '60 30.0', `60/200 = 30.00% ${ofBlock(200)}`],
      ['percentages', 'consistent', '60 75.0', `60/80 = 75.00% ${ofRow(80)}`],
      ['percentages', 'consistent', '20 25.0', `20/80 = 25.00% ${ofRow(80)}`],
      ['percentages', 'consistent', '80 40.0', `80/200 = 40.00% ${ofBlock(200)}`],
      ['percentages', 'consistent', '40 66.7', `40/60 = 66.67% ${ofRow(60)}`],
      ['percentages', 'consistent', '20 33.3', `20/60 = 33.33% ${ofRow(60)}`],
      ['percentages', 'inconsistent', '60 30.1', `60/200 = 30.00% ${ofBlock(200)}`],
    ]);
  });

  it('a block misprinted twice is read when its sum is the size two other blocks share', () => {
    // Age: 33/200 = 16.5 printed 16.6, 67/200 = 33.5 printed 33.4 (they still add up to 100).
    const sex = ['Sex Male 70 70.0 30 30.0 100 50.0 0.31', 'Female 80 80.0 20 20.0 100 50.0 -'];
    const smoking = ['Smoker Yes 45 75.0 15 25.0 60 30.0 1.00', 'No 105 75.0 35 25.0 140 70.0 -'];
    const age = [
      'Age <40 20 60.6 13 39.4 33 16.6 0.27',
      '40-59 50 74.6 17 25.4 67 33.4 -',
      '60+ 80 80.0 20 20.0 100 50.0 -',
    ];
    const totalShares = (text: string) =>
      findings(text)
        .filter((f) => String(f[3]).includes('sum of the counts'))
        .map((f) => [f[1], f[2]]);
    expect(totalShares([...sex, ...smoking, ...age].join('\n'))).toEqual([
      ['consistent', '100 50.0'],
      ['consistent', '100 50.0'],
      ['consistent', '60 30.0'],
      ['consistent', '140 70.0'],
      ['inconsistent', '33 16.6'],
      ['inconsistent', '67 33.4'],
      ['consistent', '100 50.0'],
    ]);
    // With one other block of 200 only, the age block's Total shares are not read (its rows are).
    expect(totalShares([...sex, ...age].join('\n'))).toEqual([
      ['consistent', '100 50.0'],
      ['consistent', '100 50.0'],
    ]);
  });

  it('is not read when the group shares are column shares that only come close to 100', () => {
    // 45/88 = 51.1 and 40/82 = 48.8: shares of the columns (88 cases, 82 controls), not of the rows.
    const text = [
      'Table 3. Sex by group',
      'Cases Controls Total',
      'Male 45 51.1 40 48.8 85 50.0',
      'Female 43 48.9 42 51.2 85 50.0',
      'Smoker 20 22.7 30 36.6 50 29.4',
      'Non-smoker 68 77.3 52 63.4 120 70.6',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });
});
