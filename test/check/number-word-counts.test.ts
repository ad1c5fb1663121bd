/**
 * Counts written in words with their percentage ("three people (4.22%)", "tiga orang (10,0%)"),
 * read as counts of people (recognisers/percentages.ts). Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('counts written in words', () => {
  it('English: against the stated total', () => {
    expect(
      findings(
        'Of the 40 patients, 30 people (75.0%) recovered, eight people (20.0%) improved and two people (4.0%) did not.',
        'en',
      ),
    ).toEqual([
      ['percentages', 'consistent', '30 people (75.0%)', '30/40 = 75.00% of the stated total 40'],
      ['percentages', 'consistent', 'eight people (20.0%)', '8/40 = 20.00% of the stated total 40'],
      ['percentages', 'inconsistent', 'two people (4.0%)', '2/40 = 5.00% of the stated total 40'],
    ]);
  });

  it('Indonesian: in a list whose percentages add up to 100', () => {
    const inferred = 'dari 30, jumlah semua frekuensi (persentasenya berjumlah 100%)';
    expect(
      findings(
        'Sebanyak 20 orang (66,7%) setuju, tujuh orang (23,3%) ragu-ragu dan tiga orang (10,0%) tidak setuju.',
        'id',
      ),
    ).toEqual([
      ['percentages', 'consistent', '20 orang (66,7%)', `20/30 = 66,67% ${inferred}`],
      ['percentages', 'consistent', 'tujuh orang (23,3%)', `7/30 = 23,33% ${inferred}`],
      ['percentages', 'consistent', 'tiga orang (10,0%)', `3/30 = 10,00% ${inferred}`],
    ]);
  });

  it('only a number word before people is a count', () => {
    expect(findings('In one study (45%) the effect was larger.', 'en')).toEqual([]);
  });
});
