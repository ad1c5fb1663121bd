/**
 * Rows whose categories are stacked in one cell per group, printed group by group, in a table
 * whose header prints no group sizes (recognisers/unsized-stacked-runs.ts). The table is written
 * for these tests in the layout web tables take as page text (a cell's lines, then "|"): 200
 * subjects, 90 cases and 110 controls; every expected share is its count over those sizes.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (lines: string[]) =>
  checkText(lines.join('\n'), { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const of = (n: number) => `of ${n}, the sum of the counts (the percentages add up to 100%)`;

const head = [
  '|   | No. (%) of subjects |',
  '  | Variable | ',
  '  Total | ',
  '  Cases | ',
  '  Controls | ',
  '  P-value | ',
  '',
];
const sex = [
  ...['  Sex ', '    Female ', '    Male | '],
  ...['   120 (60.0) ', '    80 (40.0) | ', '   63 (70.0) ', '    27 (30.0) | ', '   57 (51.8) ', '    53 (48.2) | '],
  ...['   0.009 | ', ''],
];
// Controls' former smokers: 29/110 = 26.36, printed 26.3 (the run still adds up to 99.9).
const smoking = [
  ...['  Smoking ', '    Never ', '    Former ', '    Current | '],
  ...['   100 (50.0) ', '    60 (30.0) ', '    40 (20.0) | ', '   41 (45.6) ', '    31 (34.4) ', '    18 (20.0) | '],
  ...['   59 (53.6) ', '    29 (26.3) ', '    22 (20.0) | ', '   0.48 |'],
];

describe('stacked rows printed group by group, without group sizes in the header', () => {
  it('reads each group run against the size its runs share row after row', () => {
    expect(findings([...head, ...sex, ...smoking])).toEqual([
      ['percentages', 'consistent', '120 (60.0)', `120/200 = 60.00% ${of(200)}`],
      ['percentages', 'consistent', '80 (40.0)', `80/200 = 40.00% ${of(200)}`],
      ['percentages', 'consistent', '63 (70.0)', `63/90 = 70.00% ${of(90)}`],
      ['percentages', 'consistent', '27 (30.0)', `27/90 = 30.00% ${of(90)}`],
      ['percentages', 'consistent', '57 (51.8)', `57/110 = 51.82% ${of(110)}`],
      ['percentages', 'consistent', '53 (48.2)', `53/110 = 48.18% ${of(110)}`],
      ['percentages', 'consistent', '100 (50.0)', `100/200 = 50.00% ${of(200)}`],
      ['percentages', 'consistent', '60 (30.0)', `60/200 = 30.00% ${of(200)}`],
      ['percentages', 'consistent', '40 (20.0)', `40/200 = 20.00% ${of(200)}`],
      ['percentages', 'consistent', '41 (45.6)', `41/90 = 45.56% ${of(90)}`],
      ['percentages', 'consistent', '31 (34.4)', `31/90 = 34.44% ${of(90)}`],
      ['percentages', 'consistent', '18 (20.0)', `18/90 = 20.00% ${of(90)}`],
      ['percentages', 'consistent', '59 (53.6)', `59/110 = 53.64% ${of(110)}`],
      ['percentages', 'inconsistent', '29 (26.3)', `29/110 = 26.36% ${of(110)}`],
      ['percentages', 'consistent', '22 (20.0)', `22/110 = 20.00% ${of(110)}`],
    ]);
  });

  it('one stacked row alone is no evidence of the groups', () => {
    expect(findings([...head, ...sex])).toEqual([]);
  });

  it('a group whose runs sum to different counts is left unread (which total is not known)', () => {
    // Controls: 110 for sex, 111 for smoking (22 printed 23); the other groups agree and are read.
    const changed = smoking.map((l) => l.replace('22 (20.0)', '23 (20.0)'));
    expect(findings([...head, ...sex, ...changed]).map((f) => f[2])).toEqual([
      ...['120 (60.0)', '80 (40.0)', '63 (70.0)', '27 (30.0)'],
      ...['100 (50.0)', '60 (30.0)', '40 (20.0)', '41 (45.6)', '31 (34.4)', '18 (20.0)'],
    ]);
  });
});
