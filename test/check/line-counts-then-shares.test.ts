/**
 * Questionnaire tables stored one cell per line, each row's counts first and then its shares
 * with their % signs (recognisers/line-counts-then-shares.ts). Each case lists every finding
 * naskah reports, exactly. The tables were written for these tests: 50 respondents per item.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const of50 = (count: number) =>
  `${count}/50 = ${(2 * count).toFixed(2)}% of 50, the sum of the counts (the percentages add up to 100%)`;

const item = (label: string, counts: number[], shares: string[]) => [label, ...counts.map(String), ...shares];

describe('counts, then their shares, one cell per line', () => {
  it('reads a table of such rows, each against the sum of its counts', () => {
    // 30/50 = 60, 35/50 = 70; 28/50 = 56 and 22/50 = 44, printed 54% and 46%.
    const text = [
      'Table 4.3: Opinion of respondents',
      'Yes',
      'No',
      'Yes',
      'No',
      '1',
      ...item('Homework helps me learn', [30, 20], ['60%', '40%']),
      '2',
      ...item('I study with friends', [35, 15], ['70%', '30%']),
      '3',
      ...item('I read before class', [28, 22], ['54%', '46%']),
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '30 (60%)', of50(30)],
      ['percentages', 'consistent', '20 (40%)', of50(20)],
      ['percentages', 'consistent', '35 (70%)', of50(35)],
      ['percentages', 'consistent', '15 (30%)', of50(15)],
      ['percentages', 'inconsistent', '28 (54%)', of50(28)],
      ['percentages', 'inconsistent', '22 (46%)', of50(22)],
    ]);
  });

  it('reads no row alone, nor rows of which two or more miss their counts', () => {
    const one = item('Homework helps me learn', [28, 22], ['54%', '46%']).join('\n');
    expect(findings(one)).toEqual([]);
    // 28/50 = 56 and 21/50 = 42, printed 54% and 44%: two rows off, no reading to trust.
    const off = [
      ...item('Homework helps me learn', [30, 20], ['60%', '40%']),
      ...item('I study with friends', [28, 22], ['54%', '46%']),
      ...item('I read before class', [21, 29], ['44%', '56%']),
    ].join('\n');
    expect(findings(off)).toEqual([]);
  });
});
