/**
 * A row of a published table is dropped as "of other denominators" only when every share it
 * holds misses the header's size; a mean (SD) cell ("50 (11)") that the whole-number-spread rule
 * already set aside is no share of that row, so it no longer makes a mistyped count's row look
 * like a row of another denominator (recognisers/row-shares.ts: the doubtful cells are taken out
 * before recognisers/other-denominator-rows.ts judges the row).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

describe('a row whose only other cell is a mean (SD) keeps its share', () => {
  it('holds the share to the header size', () => {
    // Counts add up to more than 2000 (several channels per respondent), so the Total column is
    // held to its header's n = 2000: 301/2000 = 15.05%, printed 15.00.
    const text = `Table 2. Respondents by recruitment channel (n=2000).

Channel Total (n=2000), n (%) Women, n (%; 95% CI) Age (years), mean (SD)
Clinic 700 (35.00) 350 (50.00; 46.31-53.69) 51 (9)
School 500 (25.00) 200 (40.00; 35.80-44.35) 48 (11)
Market 450 (22.50) 270 (60.00; 55.41-64.43) 55 (10)
Mosque 231 (11.55) 99 (42.86; 36.65-49.31) 58 (9)
Other 119 (5.94) 60 (50.42; 41.56-59.25) 53 (12)
Several channels 301 (15.00) 150 (50.00; 44.38-55.62) 50 (11)
All 2000 (100.00) 979 (48.95; 46.76-51.14) 52 (10)

Respondents could name several channels.`;
    const found = checkText(text, { lang: 'en' })
      .findings.filter((f) => f.reported.startsWith('301'))
      .map((f) => [f.check, f.verdict, f.reported, f.recomputed]);
    expect(found).toEqual([
      ['percentages', 'inconsistent', '301 (15.00)', '301/2000 = 15.05% of the stated total 2000'],
    ]);
  });
});
