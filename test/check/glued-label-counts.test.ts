/**
 * Table rows whose first count is glued to its label, the space lost in the page text
 * (`No1130 (46)`, `Male120 (62.5)`): the count is read from the first digit after a small letter
 * (recognisers/published-rows.ts). Each case lists every finding naskah reports, exactly. The
 * table was written for these tests: 500 people, 250 of them women.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const of = (count: number, n: number) =>
  `${count}/${n} = ${((100 * count) / n).toFixed(2)}% of ${n}, the sum of the counts (the percentages add up to 100%)`;

describe('a count glued to its label', () => {
  it('is read, so its column block adds up and its misprints show', () => {
    // Pooled: 312 + 188 = 500 and 95 + 205 + 200 = 500; 95/500 = 19.0 and 205/500 = 41.0, printed
    // 18.0 and 42.0 (the block still adds up to 100). Women: 160 + 90 = 40 + 110 + 100 = 250.
    const text = [
      'Table 1 Characteristics of the sample by sex',
      'VariablePooled n (%)Females n (%)',
      'Smoking',
      'No312 (62.4)160 (64.0)',
      'Yes188 (37.6)90 (36.0)',
      'Exercise',
      'Daily95 (18.0)40 (16.0)',
      'Weekly205 (42.0)110 (44.0)',
      'Never200 (40.0)100 (40.0)',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '312 (62.4)', of(312, 500)],
      ['percentages', 'consistent', '160 (64.0)', of(160, 250)],
      ['percentages', 'consistent', '188 (37.6)', of(188, 500)],
      ['percentages', 'consistent', '90 (36.0)', of(90, 250)],
      ['percentages', 'inconsistent', '95 (18.0)', of(95, 500)],
      ['percentages', 'consistent', '40 (16.0)', of(40, 250)],
      ['percentages', 'inconsistent', '205 (42.0)', of(205, 500)],
      ['percentages', 'consistent', '110 (44.0)', of(110, 250)],
      ['percentages', 'consistent', '200 (40.0)', of(200, 500)],
      ['percentages', 'consistent', '100 (40.0)', of(100, 250)],
    ]);
  });
});
