/**
 * Misses of the fresh11-en corpus (development material since its one measurement), fixed in
 * general: crude and adjusted ratios side by side under a reference row marked once in its
 * label; cross tables whose rows print the category's total and share first; and χ² tests
 * printed as rows of statistic, df and p between the blocks they test, with no header naming
 * them. Tables written for the tests; each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a reference row marked once in its label, a 1.00 under every ratio column (recognisers/reference-label-columns.ts)', () => {
  it('reads every ratio of the rows below it, not only the last', () => {
    // Centres over the bounds' rounding: √(0.895·1.995) = 1.336 to √(0.905·2.005) = 1.347 holds
    // 1.34; √(1.095·2.895) = 1.780 to √(1.105·2.905) = 1.792 misses 1.90. Wald p of 1.34
    // [0.90–2.00] at the printed values: se = (ln 2.00 − ln 0.90)/3.92 = 0.2037, z = 1.437,
    // p = 0.151, inside the range the roundings give. Before, the one "(Ref.)" made one ratio
    // column of two, and only 1.90 was read.
    const text = [
      'Table 3. Factors associated with smoking',
      'Variable cOR [95% CI] P-Value aOR [95% CI] P-Value',
      'Sex',
      'Female (Ref.) 1.00 1.00',
      'Male 1.34 [0.90–2.00] 0.151 1.90 [1.10–2.90] 0.025',
    ].join('\n');
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'consistent',
        'OR = 1.34; CI 95% 0.90 – 2.00',
        'centre on the log scale √(lower·upper) = [1.336, 1.347]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 1.34; CI 95% 0.90 – 2.00; p = 0.151',
        'p from the interval (Wald) = 0.1396 to 0.1603',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'OR = 1.90; CI 95% 1.10 – 2.90',
        'centre on the log scale √(lower·upper) = [1.780, 1.792]',
      ],
    ]);
  });
});

describe('ratios a little below their centre, bounds to two decimals (checks/likelihood-skewed-tables.ts)', () => {
  it('are misprints, not a likelihood-based table: bounds to two decimals would show such a lean in most rows', () => {
    // Centres over the bounds' rounding: 1.40 [0.80–2.50] √(0.795·2.495) = 1.408 to 1.420;
    // 1.15 [0.70–1.95] 1.163 to 1.174; 2.10 [0.90–5.00] 2.114 to 2.128; each ratio above 1 and
    // below its centre by under a tenth of the half-width on the log scale (1.8%, 3.1%, 1.2%),
    // the lean profile-likelihood intervals give, which with bounds to one decimal lets a table
    // pass (wild12-causes.test.ts). 0.60 [0.40–0.90]: √(0.395·0.895) = 0.595 to 0.605, centred.
    const text = [
      'Table 2. Odds of hypertension',
      'Variable | OR (95% CI) |',
      '| Age ≥ 60 | 1.40 (0.80–2.50) |',
      '| Smoker | 1.15 (0.70–1.95) |',
      '| Obese | 2.10 (0.90–5.00) |',
      '| Active | 0.60 (0.40–0.90) |',
    ].join('\n');
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'inconsistent',
        'OR = 1.40; CI 95% 0.80 – 2.50',
        'centre on the log scale √(lower·upper) = [1.408, 1.420]',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'OR = 1.15; CI 95% 0.70 – 1.95',
        'centre on the log scale √(lower·upper) = [1.163, 1.174]',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'OR = 2.10; CI 95% 0.90 – 5.00',
        'centre on the log scale √(lower·upper) = [2.114, 2.128]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 0.60; CI 95% 0.40 – 0.90',
        'centre on the log scale √(lower·upper) = [0.5946, 0.6054]',
      ],
    ]);
  });
});

describe('a table of χ² rows between count blocks whose header was lost (recognisers/stat-df-p-rows.ts, total-first-share-rows.ts)', () => {
  // Each block: the χ² row, then per category its total and share of all 200, then each group's
  // count and share of the row. Pearson's χ² of the counts (R's chisq.test, correct = FALSE):
  // 80/40, 44/36 gives 2.773 (p 0.096); 30/20, 60/30, 34/26 gives 1.641 (p 0.440); 70/40, 54/36
  // gives 0.278, whose p is 0.598, printed 0.030. The p ranges are the χ² upper tails at the ends
  // of the printed χ²'s rounding interval (R: pchisq(c(2.775, 2.765), 1, lower.tail = FALSE) =
  // 0.0957, 0.0963).
  const table = [
    'Table 4. Smoking by characteristics of the participants',
    '|',
    '| 2.77 | 1 | 0.096 | |||',
    '|',
    '| 120 | 60.0 | 80 | 66.7 | 40 | 33.3 |',
    '|',
    '| 80 | 40.0 | 44 | 55.0 | 36 | 45.0 |',
    '|',
    '| 1.64 | 2 | 0.440 | |||',
    '|',
    '| 50 | 25.0 | 30 | 60.0 | 20 | 40.0 |',
    '|',
    '| 90 | 45.0 | 60 | 66.7 | 30 | 33.3 |',
    '|',
    '| 60 | 30.0 | 34 | 56.7 | 26 | 43.3 |',
    '|',
    '| 0.28 | 1 | 0.030 | |||',
    '|',
    '| 110 | 55.0 | 70 | 63.6 | 40 | 36.4 |',
    '|',
    '| 90 | 45.0 | 54 | 61.0 | 36 | 40.0 |',
  ].join('\n');

  it('reads each row of statistic, df and p as a χ² when the blocks’ rows and groups give its df', () => {
    expect(findings(table).filter((f) => f[0] === 'p-value')).toEqual([
      ['p-value', 'consistent', '2.77 | 1 | 0.096', 'p = 0.0957 to 0.0963 for |χ²(1)| ∈ [2.765, 2.775]'],
      ['p-value', 'consistent', '1.64 | 2 | 0.440', 'p = 0.4393 to 0.4415 for |χ²(2)| ∈ [1.635, 1.645]'],
      ['p-value', 'decision-error', '0.28 | 1 | 0.030', 'p = 0.5934 to 0.6000 for |χ²(1)| ∈ [0.275, 0.285]'],
    ]);
  });

  it('holds each category’s share to the sum of its block and each group’s to the row’s total', () => {
    const shares = findings(table).filter((f) => f[0] === 'percentages');
    expect(shares).toHaveLength(21);
    // 54 of 90 is 60.00%, printed 61.0; all other shares round from their counts.
    expect(shares.filter((f) => f[1] !== 'consistent')).toEqual([
      ['percentages', 'inconsistent', '54 | 61.0', '54/90 = 60.00% of the row total 90'],
    ]);
    expect(shares[0]).toEqual([
      'percentages',
      'consistent',
      '120 | 60.0',
      '120/200 = 60.00% of 200, the sum of the counts (the percentages add up to 100%)',
    ]);
  });

  it('flags a χ² whose p agrees with it but whose block’s counts put p on the other side of α (checks/counts-chi-square.ts)', () => {
    // χ²(2) = 6.50 gives p = 0.0388, printed 0.039; the counts 30/20, 60/30, 34/26 give 1.641, p = 0.440
    // (scipy chi2_contingency, correction=False). The other blocks' χ² are their counts' (2.773, 0.278).
    const misprinted = table.replace('| 1.64 | 2 | 0.440 |', '| 6.50 | 2 | 0.039 |');
    expect(findings(misprinted).filter((f) => f[0] === 'p-value')).toEqual([
      ['p-value', 'consistent', '2.77 | 1 | 0.096', 'p = 0.0957 to 0.0963 for |χ²(1)| ∈ [2.765, 2.775]'],
      ['p-value', 'consistent', '6.50 | 2 | 0.039', 'p = 0.0387 to 0.0389 for |χ²(2)| ∈ [6.495, 6.505]'],
      [
        'p-value',
        'decision-error',
        'χ²(2) = 6.50; p = 0.039',
        "counts 30 : 20 / 60 : 30 / 34 : 26: Pearson's χ²(2) = 1.641, p = 0.4402",
      ],
      ['p-value', 'decision-error', '0.28 | 1 | 0.030', 'p = 0.5934 to 0.6000 for |χ²(1)| ∈ [0.275, 0.285]'],
    ]);
  });

  it('is not read when the printed df do not fit the blocks (a t or F table, or merged categories)', () => {
    const wrongDf = table.replace('| 2.77 | 1 |', '| 2.77 | 3 |').replace('| 1.64 | 2 |', '| 1.64 | 5 |');
    expect(findings(wrongDf).filter((f) => f[0] === 'p-value')).toEqual([]);
  });
});

describe('rows whose label states their size (recognisers/label-size-shares.ts)', () => {
  it('holds each share to its row’s N when every share of the table is near it', () => {
    // 36/2400 = 1.500%, 30/1250 = 2.400%, 27/700 = 3.857% (printed 3.85, cut rather than rounded:
    // within one unit of the last digit, so the table still reads as shares of its rows' sizes).
    const text = [
      'Table 2. Deaths by smoking status',
      '| Smoking | Deaths (%) | HR (95% CI) |',
      '| Never N = 2,400 | 36 (1.50%) | 1 |',
      '| Former N = 1,250 | 30 (2.40%) | 1.61 (0.99–2.62) |',
      '| Current N = 700 | 27 (3.85%) | 2.28 (1.39–3.74) |',
    ].join('\n');
    expect(findings(text).filter((f) => f[0] === 'percentages')).toEqual([
      ['percentages', 'consistent', '36 (1.50%)', '36/2400 = 1.50% of the stated total 2400'],
      ['percentages', 'consistent', '30 (2.40%)', '30/1250 = 2.40% of the stated total 1250'],
      ['percentages', 'inconsistent', '27 (3.85%)', '27/700 = 3.86% of the stated total 700'],
    ]);
  });

  it('reads the size from the cell just before the count when the label states none', () => {
    // Under "Total n | Died n (%)": 50/200 = 25.0, 30/150 = 20.0, 12/60 = 20.0 (printed 30), 92/410 = 22.4.
    const text = [
      'Table 3. Deaths by ward',
      'Ward Total n Died n (%) HR (95% CI) P-value',
      'A 200 50 (25) 1',
      'B 150 30 (20) 0.80 (0.51–1.25) 0.33',
      'C 60 12 (30) 0.78 (0.42–1.46) 0.44',
      'Total 410 92 (22)',
    ].join('\n');
    expect(findings(text).filter((f) => f[0] === 'percentages')).toEqual([
      ['percentages', 'consistent', '50 (25)', '50/200 = 25.00% of the row total 200'],
      ['percentages', 'consistent', '30 (20)', '30/150 = 20.00% of the row total 150'],
      ['percentages', 'inconsistent', '12 (30)', '12/60 = 20.00% of the row total 60'],
      ['percentages', 'consistent', '92 (22)', '92/410 = 22.44% of the row total 410'],
    ]);
  });

  it('is not read when the shares are of something else (here, of the deaths: 36/93 = 38.7%)', () => {
    const text = [
      'Table 2. Deaths by smoking status',
      '| Never N = 2,400 | 36 (38.7%) |',
      '| Former N = 1,250 | 30 (32.3%) |',
      '| Current N = 800 | 27 (29.0%) |',
    ].join('\n');
    expect(findings(text).filter((f) => f[0] === 'percentages' && f[1] === 'inconsistent')).toEqual([]);
  });
});

describe('a normality finding stated before its test and p (recognisers/trailing-assumption-p.ts)', () => {
  it('reads the one p after the decision when the words between name the test', () => {
    // Shapiro–Wilk's null hypothesis is normality: p < 0.001 rejects it, p = 0.38 does not.
    const text =
      'Scores were normally distributed with a Shapiro-Wilk statistic of 0.91 and p-value <0.001. Ages were normally distributed (Shapiro-Wilk test, p = 0.38).';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'inconsistent',
        'normally distributed with a Shapiro-Wilk statistic of 0.91 and p-value <0.001',
        'p = 0.001 is at or below α = 0.05: significant',
      ],
      [
        'conclusion',
        'consistent',
        'normally distributed (Shapiro-Wilk test, p = 0.38',
        'p = 0.38 is above α = 0.05: not significant',
      ],
    ]);
  });

  it('leaves a p after another test’s statistic to that test', () => {
    // The conclusion found is the groups' ("differed", with t's p); none is read for normality.
    const found = findings('Scores were normally distributed, and the groups differed (t = 2.10, p = 0.04).');
    expect(found.filter((f) => String(f[2]).includes('normally'))).toEqual([]);
    expect(found.map((f) => f[2])).toEqual(['differed (t = 2.10, p = 0.04', 't = 2.10, p = 0.04']);
  });
});

describe('ratios and intervals typeset without spaces (recognisers/glued-ci-level.ts, intervals.ts)', () => {
  it('reads "OR=5.035,95%CI:[3.236,7.737]" as the ratio 5.035 with its 95% interval', () => {
    // √(3.2355·7.7365) = 5.003 to √(3.2365·7.7375) = 5.004: 5.035 is off-centre. √(1.365·2.975) =
    // 2.015 to √(1.375·2.985) = 2.026 holds 2.02.
    const text =
      'Anxiety was associated with depression(OR=5.035,95%CI:[3.236,7.737]).Urban residence was a risk factor(OR=2.02,95%CI:[1.37,2.98]).';
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'inconsistent',
        'OR = 5.035; CI 95% 3.236 – 7.737',
        'centre on the log scale √(lower·upper) = [5.003, 5.004]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 2.02; CI 95% 1.37 – 2.98',
        'centre on the log scale √(lower·upper) = [2.015, 2.026]',
      ],
    ]);
  });

  it('still reads a level whose % sign was lost right before the name ("95CI = …")', () => {
    // √(0.1775·0.8775) = 0.3947 to √(0.1785·0.8785) = 0.3960 holds 0,396.
    expect(
      checkText('Umur berisiko (OR = 0,396; 95CI = 0,178 – 0,878).', { lang: 'id' }).findings.map((f) => [
        f.verdict,
        f.reported,
      ]),
    ).toEqual([['consistent', 'OR = 0,396; IK 95% 0,178 – 0,878']]);
  });

  it('keeps a decimal comma a decimal comma: "[1,19-36,14]" is one interval, not three numbers', () => {
    expect(
      checkText('Risiko meningkat (OR=6,56; IK 95% [1,19-36,14]).', { lang: 'id' }).findings.map((f) => f.reported),
    ).toEqual(['OR = 6,56; IK 95% 1,19 – 36,14']);
  });
});
