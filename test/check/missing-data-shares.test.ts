/**
 * Shares under the header's group sizes in a table whose notes say data are missing
 * (recognisers/missing-data-shares.ts, used by row-shares.ts and share-count-rows.ts). Each case
 * lists every finding naskah reports, exactly. The table was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('shares of groups with missing data', () => {
  it('judges a share that fits its group, or that only a larger group could give; one a smaller total could give is not checkable', () => {
    // 66/120 = 55.0, 59/118 = 50.0, 30/120 = 25.0, 12/118 = 10.17, 35/118 = 29.66: fit.
    // 33 (29.7): 33/0.2975 to 33/0.2965 = 110.9–111.3 answers, fewer than 118: not checkable;
    // 18 (16.5): 108.8–109.4 answers, fewer than 120: not checkable.
    // 40 (30.0): 40/0.3005 = 133.1 people at least, more than 120 (40/120 = 33.33): inconsistent.
    const text = [
      'Table 1. Baseline characteristics*',
      'Variable | Exercise (n = 120) | Control (n = 118) |',
      '---|---|---|',
      'Women, n (%) | 66 (55.0) | 59 (50.0) |',
      'Smokers, n (%) | 30 (25.0) | 33 (29.7) |',
      'Diabetes, n (%) | 18 (16.5) | 12 (10.2) |',
      'Obesity, n (%) | 40 (30.0) | 35 (29.7) |',
      '*Data were missing for up to 11 participants.',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '66 (55.0)', '66/120 = 55.00% of the stated total 120'],
      ['percentages', 'consistent', '59 (50.0)', '59/118 = 50.00% of the stated total 118'],
      ['percentages', 'consistent', '30 (25.0)', '30/120 = 25.00% of the stated total 120'],
      ['percentages', 'not-checkable', '33 (29.7)', '—'],
      ['percentages', 'not-checkable', '18 (16.5)', '—'],
      ['percentages', 'consistent', '12 (10.2)', '12/118 = 10.17% of the stated total 118'],
      ['percentages', 'inconsistent', '40 (30.0)', '40/120 = 33.33% of the stated total 120'],
      ['percentages', 'consistent', '35 (29.7)', '35/118 = 29.66% of the stated total 118'],
    ]);
  });
});
