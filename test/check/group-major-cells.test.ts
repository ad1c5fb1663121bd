/**
 * A row of stacked categories printed group by group, one cell per line
 * (recognisers/group-major-cells.ts): each group's run of pairs is of its header size when its
 * counts add up to exactly that size. Text written for this test: 50/84 = 59.52, 34/84 = 40.48,
 * 41/80 = 51.25, 39/80 = 48.75 (printed 47.8: inconsistent), 20/84 = 23.81, 22/80 = 27.50,
 * 15/84 = 17.86, 9/80 = 11.25.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const shares = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

const table = (secondGroup: string[]) =>
  [
    'Table 1 Baseline characteristics',
    'Item',
    'Exercise group (n = 84)',
    'Usual care group (n = 80)',
    'P values',
    'Sex (n,%)',
    'Male',
    'Female',
    '50 (59.5)',
    '34 (40.5)',
    ...secondGroup,
    '0.28',
    'Smoking (n,%)',
    '20 (23.8)',
    '22 (27.5)',
    '0.59',
    'Diabetes (n,%)',
    '15 (17.9)',
    '9 (11.3)',
    '0.23',
  ].join('\n\n');

describe("stacked categories printed one group's cells after the other's", () => {
  it("reads each group's run against its header size", () => {
    expect(shares(table(['41 (51.3)', '39 (47.8)']))).toEqual([
      ['consistent', '50 (59.5)', '50/84 = 59.52% of the stated total 84'],
      ['consistent', '34 (40.5)', '34/84 = 40.48% of the stated total 84'],
      ['consistent', '41 (51.3)', '41/80 = 51.25% of the stated total 80'],
      ['inconsistent', '39 (47.8)', '39/80 = 48.75% of the stated total 80'],
      ['consistent', '20 (23.8)', '20/84 = 23.81% of the stated total 84'],
      ['consistent', '22 (27.5)', '22/80 = 27.50% of the stated total 80'],
      ['consistent', '15 (17.9)', '15/84 = 17.86% of the stated total 84'],
      ['consistent', '9 (11.3)', '9/80 = 11.25% of the stated total 80'],
    ]);
  });

  it("leaves the row unread when a run's counts do not add up to its group's size", () => {
    // 41 + 38 = 79, not 80: which cells are whose is not proven.
    expect(shares(table(['41 (51.3)', '38 (48.8)'])).map((f) => f[1])).toEqual([
      '20 (23.8)',
      '22 (27.5)',
      '15 (17.9)',
      '9 (11.3)',
    ]);
  });
});
