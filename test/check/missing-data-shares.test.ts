/**
 * Shares in a table whose notes say some data are missing (recognisers/missing-data-shares.ts):
 * a share that fits its column's header n is read as of it; one that does not may be of fewer
 * answers and is left unread, never flagged. Text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const table = (note: string) =>
  [
    'Table 1. Baseline characteristics',
    'Variable Group A',
    '(n = 120)',
    '(n = 115)',
    'p value',
    'Number (%) smokers 30 (25) 40 (35) 0.09',
    'Number (%) married 60 (50) 50 (45) 0.48',
    'Number (%) employed 45 (41) 43 (37) 0.52',
    '',
    note,
  ].join('\n');

describe('shares of a table with missing data', () => {
  it('reads the shares that fit the header n and leaves the others unread', () => {
    // 30/120 = 25.0, 40/115 = 34.8, 60/120 = 50.0, 43/115 = 37.4 fit; 50/115 = 43.5 (printed 45)
    // and 45/120 = 37.5 (printed 41) may be of fewer answers: not read.
    expect(findings(table('Some participants had missing data for employment and marital status.'))).toEqual([
      ['percentages', 'consistent', '30 (25)', '30/120 = 25.00% of the stated total 120'],
      ['percentages', 'consistent', '40 (35)', '40/115 = 34.78% of the stated total 115'],
      ['percentages', 'consistent', '60 (50)', '60/120 = 50.00% of the stated total 120'],
      ['percentages', 'consistent', '43 (37)', '43/115 = 37.39% of the stated total 115'],
    ]);
  });

  it('without such a note every share is held to the header n', () => {
    expect(findings(table('Values are number (%).')).filter((f) => f[1] === 'inconsistent')).toEqual([
      ['percentages', 'inconsistent', '50 (45)', '50/115 = 43.48% of the stated total 115'],
      ['percentages', 'inconsistent', '45 (41)', '45/120 = 37.50% of the stated total 120'],
    ]);
  });
});
