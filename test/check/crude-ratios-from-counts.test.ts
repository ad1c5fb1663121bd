/**
 * Crude odds ratios checked against the counts printed beside them (fresh6-en, issue #14):
 * a row's odds over its reference row's (checks/crude-ratios-from-counts.ts). Each case lists
 * every inconsistent finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const flags = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.verdict === 'inconsistent')
    .map((f) => [f.check, f.reported, f.recomputed]);

// Odds of "poor" over the reference row's (R): (64/79)/(43/76) = 1.432, (68/53)/(43/76) = 2.268,
// (116/106)/(59/102) = 1.892, (55/60)/(82/127) = 1.420, (38/21)/(82/127) = 2.803.
const rows = (above5000: string) =>
  [
    'Table 5. Factors associated with knowledge of hepatitis B (N = 383)',
    'Variable | Good | Poor | COR (95% CI) | P value |',
    'Age in year | | | | |',
    '18–25 | 79 | 64 | 1.43 (0.87–2.36) | .158 |',
    '26–30 | 53 | 68 | 2.27 (1.35–3.81) | .002 |',
    'Above 30 | 76 | 43 | 1.00 | |',
    'Residency | | | | |',
    'Urban | 106 | 116 | 1.89 (1.25–2.86) | .003 |',
    'Rural | 102 | 59 | 1.00 | |',
    'Monthly income | | | | |',
    'Below 1000 birr | 127 | 82 | 1.00 | |',
    '1000–5000 birr | 60 | 55 | 1.42 (.90–2.25) | .135 |',
    `Above 5000 birr | 21 | 38 | ${above5000} | .001 |`,
  ].join('\n');

describe('a crude odds ratio against its counts (checks/crude-ratios-from-counts.ts)', () => {
  it('fits when it is the row’s odds over the reference row’s', () => {
    expect(flags(rows('2.80 (1.54–5.11)'))).toEqual([]);
  });

  it('is flagged when the counts give another ratio', () => {
    // 1/2.803 = 0.357: the other orientation does not give .56 either.
    expect(flags(rows('.56 (.31–1.02)'))).toEqual([
      [
        'confidence-interval',
        'OR = .56; 21, 38 / 127, 82',
        "crude odds ratio from the row's counts against its reference row's = 0.357",
      ],
    ]);
  });

  it('reads count (percentage) cells, with the first outcome’s odds', () => {
    // Odds of a case (R): (30/40)/(40/80) = 1.50, (25/25)/(40/80) = 2.00, (20/15)/(40/80) = 2.667,
    // (65/60)/(50/100) = 2.167: "3.10" is none of them, nor 1/2.667.
    const text = [
      'Table 3. Crude odds ratios (COR) of factors associated with anaemia',
      'Variable | Cases n (%) | Controls n (%) | COR (95% CI) |',
      'Education | | | |',
      'No education | 40 (33.3) | 80 (66.7) | 1 |',
      'Primary | 30 (42.9) | 40 (57.1) | 1.50 (0.83–2.71) |',
      'Secondary | 25 (50.0) | 25 (50.0) | 2.00 (1.03–3.88) |',
      'Higher | 20 (57.1) | 15 (42.9) | 3.10 (1.21–5.86) |',
      'Residence | | | |',
      'Urban | 50 (33.3) | 100 (66.7) | 1 |',
      'Rural | 65 (52.0) | 60 (48.0) | 2.17 (1.32–3.55) |',
    ].join('\n');
    expect(flags(text).filter((f) => f[2]!.startsWith('crude'))).toEqual([
      [
        'confidence-interval',
        'OR = 3.10; 20, 15 / 40, 80',
        "crude odds ratio from the row's counts against its reference row's = 2.667",
      ],
    ]);
  });

  it('does not judge a table most of whose rows fit no count, beside one that fits', () => {
    // The second table's ratios are a multilevel model's: (60/90)/(50/100) = 1.33, (50/70)/(40/80)
    // = 1.43, (60/60)/(40/80) = 2.00, (45/55)/(40/80) = 1.64, none printed either way.
    const other = [
      'Table 6. Multilevel model of anaemia, COR (95% CI)',
      'Variable | Yes | No | COR (95% CI) |',
      'Sex | | | |',
      'Male | 100 | 50 | 1 |',
      'Female | 90 | 60 | 3.10 (1.90–5.06) |',
      'Age | | | |',
      '< 30 | 80 | 40 | 1 |',
      '30–39 | 70 | 50 | 2.45 (1.41–4.26) |',
      '40+ | 60 | 60 | 0.41 (0.24–0.70) |',
      '≥ 50 | 55 | 45 | 5.20 (2.90–9.30) |',
    ];
    const text = [rows('2.80 (1.54–5.11)'), rows('2.80 (1.54–5.11)'), ...other].join('\n');
    expect(flags(text).filter((f) => f[2]!.startsWith('crude'))).toEqual([]);
  });

  it('is not read under a header of adjusted ratios, nor where most rows do not fit', () => {
    expect(
      flags(rows('.56 (.31–1.02)').replace('COR (95% CI)', 'AOR (95% CI)').replace('Table 5.', 'Table 5')),
    ).toEqual([]);
    // Group sizes, not outcome counts: no row fits, and none is judged.
    const sizes = rows('.56 (.31–1.02)')
      .replace('| 79 | 64 |', '| 143 | 37 |')
      .replace('| 53 | 68 |', '| 121 | 32 |')
      .replace('| 106 | 116 |', '| 222 | 58 |');
    expect(flags(sizes)).toEqual([]);
  });
});
