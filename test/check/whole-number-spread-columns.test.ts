/**
 * A column of means (SD) beside a column of n (%) cells, told by its whole numbers in brackets
 * where the shares carry decimals (recognisers/whole-number-spread-columns.ts): its cells are not
 * read as counts of the table's N.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

describe('whole-number columns beside decimal shares (recognisers/whole-number-spread-columns.ts)', () => {
  it('a mean (SD) column is not read against the N the caption and the Total column state', () => {
    // 812/2000 = 40.60%, 604/2000 = 30.20%, 584/2000 = 29.20%, 2000/2000 = 100.
    const text = [
      'Table 3.',
      '',
      'Characteristics of the participants by the route they were recruited through (n=2000).',
      '',
      'Route Total (n=2000), n (%) Age (years), mean (SD)',
      'Clinic 812 (40.60) 47 (12)',
      'Pharmacy 604 (30.20) 52 (10)',
      'Website 584 (29.20) 44 (9)',
      'All 2000 (100.00) 48 (11)',
    ].join('\n');
    // Read as shares of 2000, 47 (12), 52 (10), 44 (9) and 48 (11) were four false alarms.
    expect(findings(text)).toEqual([
      [
        'consistent',
        '812 (40.60)',
        '812/2000 = 40.60% of 2000, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'consistent',
        '604 (30.20)',
        '604/2000 = 30.20% of 2000, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'consistent',
        '584 (29.20)',
        '584/2000 = 29.20% of 2000, the sum of the counts (the percentages add up to 100%)',
      ],
      ['consistent', '2000 (100.00)', '2000/2000 = 100.00% of the stated total 2000'],
    ]);
  });
});
