/**
 * Ratios of a variable with an empty cell (checks/zero-cell-ratios.ts): with a count of 0 no Wald
 * interval is finite, so an interval off its ratio's centre on the log scale is not a misprint
 * one can prove. Each case lists every confidence-interval finding naskah reports, exactly; the
 * centres √(lower·upper) over the bounds' rounding are computed by hand beside them.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const ciFindings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'confidence-interval')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

const table = (reference: string) =>
  `Table 3. Education and sex of cases and controls\nVariable | Cases n (%) | Controls n (%) | OR (95% CI)\nEducation | | |\nUniversity | ${reference} | 7 (2.6) | 1.00\nSecondary | 11 (3.9) | 74 (27.3) | 0.40 (0.02–8.00)\nPrimary | 30 (10.7) | 61 (22.5) | 0.15 (0.008–0.90)\nSex | | |\nFemale | 100 (35.7) | 90 (33.2) | 1.00\nMale | 180 (64.3) | 181 (66.8) | 1.50 (1.00–1.80)\n`;

// 0.40 (0.02–8.00): √(0.015·7.995) = 0.3463 to √(0.025·8.005) = 0.4474, centred.
const secondary = [
  'consistent',
  'OR = 0.40; CI 95% 0.02 – 8.00',
  'centre on the log scale √(lower·upper) = [0.3463, 0.4474]',
];
// 0.15 (0.008–0.90): √(0.0075·0.895) = 0.08193 to √(0.0085·0.905) = 0.08771, not 0.15.
const primary = 'centre on the log scale √(lower·upper) = [0.08193, 0.08771]';
// 1.50 (1.00–1.80): √(0.995·1.795) = 1.336 to √(1.005·1.805) = 1.347, not 1.50.
const male = [
  'inconsistent',
  'OR = 1.50; CI 95% 1.00 – 1.80',
  'centre on the log scale √(lower·upper) = [1.336, 1.347]',
];

describe('a ratio interval of a variable with a zero count', () => {
  it('is not judged off-centre when its reference category has no case; the next variable still is', () => {
    expect(ciFindings(table('0 (0.0)'))).toEqual([
      secondary,
      ['not-checkable', 'OR = 0.15; CI 95% 0.008 – 0.90', primary],
      male,
    ]);
  });

  it('is flagged when every count of the variable is above zero', () => {
    expect(ciFindings(table('2 (0.7)'))).toEqual([
      secondary,
      ['inconsistent', 'OR = 0.15; CI 95% 0.008 – 0.90', primary],
      male,
    ]);
  });
});
