/**
 * Causes of English false alarms in the development corpora (issue #14, fresh4-en and wild2-en):
 * the same t reported two- and one-tailed, a template's "degrees of freedom (N – 2) = .67" read
 * as a df, and a table's "< 0.001" whose sign was lost. Each case lists every finding naskah
 * reports, exactly. Recomputed p's were checked with scipy (stats.t.sf, stats.norm.sf).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);
const explanations = (text: string) => checkText(text, { lang: 'en' }).findings.map((f) => f.explanation);

describe('the same test reported two-tailed and one-tailed (checks/repeated-values.ts)', () => {
  // t(113) = 1.83: two-tailed p = 0.0691 to 0.0706, one-tailed half that (0.0346 to 0.0353).
  it('is one result when the text allows a one-tailed reading', () => {
    const text =
      'Scores did not differ from the norm, t(113) = 1.83, p = .07. Employing a one-tailed test, scores were greater than the norm, t(113) = 1.83, p = .035.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'did not differ from the norm, t(113) = 1.83, p = .07',
        'p = .07 is above α = 0.05: not significant',
      ],
      [
        'p-value',
        'consistent',
        't(113) = 1.83, p = .07',
        'p = 0.0691 to 0.0706 (two-tailed) for |t(113)| ∈ [1.825, 1.835]',
      ],
      ['repeated-values', 'consistent', 't(113) = 1.83, p = .07 | t(113) = 1.83, p = .035', 'also reported at line 1'],
      [
        'p-value',
        'consistent',
        't(113) = 1.83, p = .035',
        'p = 0.0346 to 0.0353 (one-tailed) for |t(113)| ∈ [1.825, 1.835]',
      ],
    ]);
  });

  it('still differs when nothing says a test was one-tailed', () => {
    const text =
      'Scores did not differ from the norm, t(113) = 1.83, p = .07. In the second sample, scores were greater than the norm, t(113) = 1.83, p = .035.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'did not differ from the norm, t(113) = 1.83, p = .07',
        'p = .07 is above α = 0.05: not significant',
      ],
      [
        'p-value',
        'consistent',
        't(113) = 1.83, p = .07',
        'p = 0.0691 to 0.0706 (two-tailed) for |t(113)| ∈ [1.825, 1.835]',
      ],
      [
        'repeated-values',
        'inconsistent',
        't(113) = 1.83, p = .07 | t(113) = 1.83, p = .035',
        'also reported at line 1',
      ],
      [
        'p-value',
        'decision-error',
        't(113) = 1.83, p = .035',
        'p = 0.0691 to 0.0706 (two-tailed) for |t(113)| ∈ [1.825, 1.835]',
      ],
    ]);
  });

  it('still differs when even the one-tailed reading does not join the p values', () => {
    // .07 two-tailed and .01 one-tailed (.02 two-tailed) cannot be one p.
    const text =
      'Scores did not differ, t(113) = 1.83, p = .07. Employing a one-tailed test, scores were greater, t(113) = 1.83, p = .01.';
    const repeated = findings(text).filter((f) => f[0] === 'repeated-values');
    expect(repeated).toEqual([
      ['repeated-values', 'inconsistent', 't(113) = 1.83, p = .07 | t(113) = 1.83, p = .01', 'also reported at line 1'],
    ]);
  });
});

describe('a df below one is no df (recognisers/statements.ts)', () => {
  it('a template row "degrees of freedom (N – 2)" running into "= .67" leaves r without df', () => {
    const text =
      'Component Example Meaning\nr r(78) Correlation coefficient with degrees of freedom (N – 2)\n= .67 r = .67 Effect size (strength & direction)\np < .001 Probability the result is due to chance';
    expect(findings(text)).toEqual([
      ['p-value', 'not-checkable', 'r = .67 Effect size (strength & direction) p < .001', '—'],
    ]);
  });

  it('degrees of freedom written apart are still read', () => {
    // r = .45 with df = 78: t = r·√df/√(1 − r²) = 4.45, p = 2.8e-5
    // (2.2e-5 to 3.5e-5 over r ∈ [.445, .455]), below .001.
    expect(findings('Study time correlated with scores, r = .45, df = 78, p < .001.')).toEqual([
      [
        'p-value',
        'consistent',
        'r = .45, df = 78, p < .001',
        'p = 2.2 × 10^-5 to 3.5 × 10^-5 (two-tailed) for |r(78)| ∈ [0.445, 0.455]',
      ],
    ]);
  });
});

describe("a table's p printed at its floor (checks/table-floor-p.ts)", () => {
  // HR 0.66 (0.57, 0.75): SE = (ln 0.75 − ln 0.57)/3.92 = 0.0700, z = 5.93, Wald p = 2.9e-9.
  it('an HR row whose interval puts p far below the printed 0.001 is not checkable', () => {
    const text =
      'Table 2. Hazard ratios for mortality\nHR (95% CI) P value\n1 0.83 (0.72,0.95)0.007 0.66 (0.57,0.75)0.001';
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'consistent',
        'HR = 0.83; CI 95% 0.72 – 0.95',
        'centre on the log scale √(lower·upper) = [0.8220, 0.8321]',
      ],
      [
        'confidence-interval',
        'consistent',
        'HR = 0.83; CI 95% 0.72 – 0.95; p = 0.007',
        'p from the interval (Wald) = 0.0037 to 0.0146',
      ],
      [
        'confidence-interval',
        'consistent',
        'HR = 0.66; CI 95% 0.57 – 0.75',
        'centre on the log scale √(lower·upper) = [0.6488, 0.6589]',
      ],
      [
        'confidence-interval',
        'not-checkable',
        'HR = 0.66; CI 95% 0.57 – 0.75; p = 0.001',
        'p from the interval (Wald) = 5.8 × 10^-11 to 3.5 × 10^-8',
      ],
    ]);
    expect(explanations(text)[3]).toBe(
      'The table prints p as 0.001, the smallest value its precision shows, and the statistic or interval beside it implies a smaller p: most likely "< 0.001" whose sign was lost, so p cannot be checked.',
    );
  });

  it('a t row of a table likewise; its other rows are checked', () => {
    // t(58) = 6.21: p = 6.0e-8 to 6.2e-8; t(58) = 2.45: p = 0.0171 to 0.0175.
    const text =
      'Table 2. Paired t-tests\n| Outcome | t | df | p |\n|---|---|---|---|\n| Knowledge | 6.21 | 58 | 0.001 |\n| Attitude | 2.45 | 58 | 0.017 |';
    expect(findings(text).map((f) => f.slice(0, 3))).toEqual([
      ['p-value', 'not-checkable', '| Knowledge | 6.21 | 58 | 0.001 |'],
      ['p-value', 'consistent', '| Attitude | 2.45 | 58 | 0.017 |'],
    ]);
  });

  it('prose that writes "p = 0.001" states its operator and is checked as written', () => {
    expect(findings('Mortality was lower in the second quartile (HR = 0.66, 95% CI 0.57–0.75, p = 0.001).')).toEqual([
      [
        'confidence-interval',
        'consistent',
        'HR = 0.66; CI 95% 0.57 – 0.75',
        'centre on the log scale √(lower·upper) = [0.6488, 0.6589]',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'HR = 0.66; CI 95% 0.57 – 0.75; p = 0.001',
        'p from the interval (Wald) = 5.8 × 10^-11 to 3.5 × 10^-8',
      ],
    ]);
    expect(findings('The scores rose, t(58) = 6.21, p = 0.001.').map((f) => f.slice(0, 2))).toEqual([
      ['p-value', 'inconsistent'],
    ]);
  });

  it('a table p above its floor is checked as printed', () => {
    // HR 0.66 (0.57, 0.75) with p printed 0.002: not the floor of three decimals.
    const text =
      'Table 2. Hazard ratios for mortality\nHR (95% CI) P value\n1 0.83 (0.72,0.95)0.007 0.66 (0.57,0.75)0.002';
    expect(findings(text)[3]!.slice(0, 2)).toEqual(['confidence-interval', 'inconsistent']);
  });
});

describe('a p column after two ratio columns (recognisers/ratio-p-column.ts)', () => {
  // COR 2.10 (1.30, 3.39): Wald p .0022 to .0027; AOR 1.80 (1.05, 3.09): .0307 to .0347.
  const table = (p: string) =>
    [
      'Table 2. Factors associated with anaemia',
      '| Variable | Anaemic n (%) | Not anaemic n (%) | COR (95% CI) | AOR (95% CI) | p |',
      '|---|---|---|---|---|---|',
      `| Rural | 40 (33.3) | 80 (66.7) | 2.10 (1.30, 3.39) | 1.80 (1.05, 3.09) | ${p} |`,
      '| Urban | 20 (16.7) | 100 (83.3) | 1 | 1 | |',
    ].join('\n');

  it("is the adjusted ratio's, the column it follows, not the crude ratio's", () => {
    expect(findings(table('0.03')).filter((f) => f[0] === 'confidence-interval')).toEqual([
      [
        'confidence-interval',
        'consistent',
        'COR = 2.10; CI 95% 1.30 – 3.39',
        'centre on the log scale √(lower·upper) = [2.094, 2.105]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 1.80; CI 95% 1.05 – 3.09',
        'centre on the log scale √(lower·upper) = [1.796, 1.807]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 1.80; CI 95% 1.05 – 3.09; p = 0.03',
        'p from the interval (Wald) = 0.0307 to 0.0347',
      ],
    ]);
  });

  it("and a p that disagrees with the adjusted ratio's interval is still flagged there", () => {
    expect(findings(table('0.30')).filter((f) => f[1] !== 'consistent')).toEqual([
      [
        'confidence-interval',
        'decision-error',
        'OR = 1.80; CI 95% 1.05 – 3.09; p = 0.30',
        'p from the interval (Wald) = 0.0307 to 0.0347',
      ],
    ]);
  });
});

describe('row percentages beside a total column (recognisers/row-total-column.ts)', () => {
  // The groups' shares are of the row's total cell (60/150 = 40.0%), not of their column's n (60/100).
  const table = (rural: string) =>
    [
      'Table 1. Characteristics by anaemia status',
      '| Variable | Total (N = 400) n (%) | Anaemic (n = 100) n (%) | Not anaemic (n = 300) n (%) | p |',
      '|---|---|---|---|---|',
      `| Rural | 150 (37.5) | ${rural} | 0.001 |`,
      '| Urban | 250 (62.5) | 40 (16.0) | 210 (84.0) | |',
      '| Married | 300 (75.0) | 75 (25.0) | 225 (75.0) | 0.90 |',
      '| Single | 100 (25.0) | 25 (25.0) | 75 (75.0) | |',
    ].join('\n');

  it("reads each group's share against its row's total cell", () => {
    expect(findings(table('60 (40.0) | 90 (60.0)'))).toEqual([
      [
        'percentages',
        'consistent',
        '150 (37.5)',
        '150/400 = 37.50% of 400, the sum of the counts (the percentages add up to 100%)',
      ],
      ['percentages', 'consistent', '60 (40.0)', '60/150 = 40.00% of the row total 150'],
      ['percentages', 'consistent', '90 (60.0)', '90/150 = 60.00% of the row total 150'],
      [
        'percentages',
        'consistent',
        '250 (62.5)',
        '250/400 = 62.50% of 400, the sum of the counts (the percentages add up to 100%)',
      ],
      ['percentages', 'consistent', '40 (16.0)', '40/250 = 16.00% of the row total 250'],
      ['percentages', 'consistent', '210 (84.0)', '210/250 = 84.00% of the row total 250'],
      [
        'percentages',
        'consistent',
        '300 (75.0)',
        '300/400 = 75.00% of 400, the sum of the counts (the percentages add up to 100%)',
      ],
      ['percentages', 'consistent', '75 (25.0)', '75/300 = 25.00% of the row total 300'],
      ['percentages', 'consistent', '225 (75.0)', '225/300 = 75.00% of the row total 300'],
      [
        'percentages',
        'consistent',
        '100 (25.0)',
        '100/400 = 25.00% of 400, the sum of the counts (the percentages add up to 100%)',
      ],
      ['percentages', 'consistent', '25 (25.0)', '25/100 = 25.00% of the row total 100'],
      ['percentages', 'consistent', '75 (75.0)', '75/100 = 75.00% of the row total 100'],
    ]);
  });

  it('flags a misprinted share alone (90/150 = 60.0%, printed 65.0)', () => {
    expect(findings(table('60 (40.0) | 90 (65.0)')).filter((f) => f[1] !== 'consistent')).toEqual([
      ['percentages', 'inconsistent', '90 (65.0)', '90/150 = 60.00% of the row total 150'],
    ]);
  });

  it("a table of column percentages keeps its columns' n", () => {
    // 60/100 = 60.0%, 90/300 = 30.0%, 40/100 = 40.0%, 210/300 = 70.0% (printed 72.0).
    const text = [
      'Table 1. Characteristics by anaemia status',
      '| Variable | Total (N = 400) n (%) | Anaemic (n = 100) n (%) | Not anaemic (n = 300) n (%) | p |',
      '|---|---|---|---|---|',
      '| Rural | 150 (37.5) | 60 (60.0) | 90 (30.0) | 0.001 |',
      '| Urban | 250 (62.5) | 40 (40.0) | 210 (72.0) | |',
    ].join('\n');
    expect(findings(text).filter((f) => f[1] !== 'consistent')).toEqual([
      ['percentages', 'inconsistent', '210 (72.0)', '210/300 = 70.00% of the stated total 300'],
    ]);
  });
});

describe('df in brackets after the value (recognisers/df-after-value.ts)', () => {
  it('"F=7.34 [df](2, 102)" and "F = 5.40, df (2, 98)" are F(2, 102) and F(2, 98)', () => {
    // F(2, 102) = 7.34: p = 0.00105 (0.00105 to 0.00106 over [7.335, 7.345]), not below .001.
    // F(2, 98) = 5.40: p = 0.0059 to 0.0060, below .01.
    expect(
      findings('Developing thinking: F=7.34 [df](2, 102), p<0.001; and Expressing ideas: F=5.40 [df] (2, 98), p<0.01.'),
    ).toEqual([
      [
        'p-value',
        'inconsistent',
        'F=7.34 [df](2, 102), p<0.001',
        'p = 0.0010 to 0.0011 for |F(2, 102)| ∈ [7.335, 7.345]',
      ],
      ['p-value', 'consistent', 'F=5.40 [df] (2, 98), p<0.01', 'p = 0.0059 to 0.0060 for |F(2, 98)| ∈ [5.395, 5.405]'],
    ]);
    expect(findings('Scores rose, t = 2.10, df (40), p = .04.')).toEqual([
      [
        'p-value',
        'consistent',
        't = 2.10, df (40), p = .04',
        'p = 0.0416 to 0.0425 (two-tailed) for |t(40)| ∈ [2.095, 2.105]',
      ],
    ]);
  });

  it('a bare parenthesis after the value, or an F with one df, is no df', () => {
    expect(findings('The groups differed, F = 5.40 (2, 98), p < .01.').map((f) => f.slice(0, 2))).toEqual([
      ['conclusion', 'consistent'],
      ['p-value', 'not-checkable'],
    ]);
    expect(findings('Scores rose, F = 5.40, df (2), p < .01.').map((f) => f.slice(0, 2))).toEqual([
      ['p-value', 'not-checkable'],
    ]);
  });
});

describe('a ratio table whose only p column is a trend across its columns (recognisers/trend-p-column.ts)', () => {
  const rows = [
    'All-cause 1 0.83 (0.72, 0.95) 0.76 (0.66, 0.88) 0.70 (0.62, 0.79) 0.21',
    'CVD 1 0.90 (0.70, 1.16) 0.85 (0.66, 1.10) 0.80 (0.62, 1.03) 0.04',
  ];
  it("gives none of its hazard ratios a p (0.21 is the trend's, not Q4's HR 0.70 (0.62, 0.79))", () => {
    const text = ['Table 2. Hazard ratios for mortality by quartile', 'Outcome Q1 Q2 Q3 Q4 P for trend', ...rows].join(
      '\n',
    );
    const checked = findings(text);
    expect(checked.filter((f) => f[2]!.includes('p ='))).toEqual([]);
    expect(checked.map((f) => f.slice(0, 3))).toEqual([
      ['confidence-interval', 'consistent', 'HR = 0.83; CI 95% 0.72 – 0.95'],
      ['confidence-interval', 'consistent', 'HR = 0.76; CI 95% 0.66 – 0.88'],
      ['confidence-interval', 'consistent', 'HR = 0.70; CI 95% 0.62 – 0.79'],
      ['confidence-interval', 'consistent', 'HR = 0.90; CI 95% 0.70 – 1.16'],
      ['confidence-interval', 'consistent', 'HR = 0.85; CI 95% 0.66 – 1.10'],
      ['confidence-interval', 'consistent', 'HR = 0.80; CI 95% 0.62 – 1.03'],
    ]);
  });

  it('a table with a p column of its own keeps it', () => {
    // HR 0.80 (0.62, 1.03) with its own p 0.04: the Wald p is 0.0675 to 0.1024 and the interval holds 1.
    const text = [
      'Table 2. Hazard ratios for mortality by quartile',
      'Outcome Q4 HR (95% CI) P value P for trend',
      'CVD 0.80 (0.62, 1.03) 0.04 0.21',
    ].join('\n');
    expect(findings(text).filter((f) => f[2]!.includes('p ='))).toEqual([
      [
        'confidence-interval',
        'decision-error',
        'HR = 0.80; CI 95% 0.62 – 1.03; p = 0.04',
        'p from the interval (Wald) = 0.0675 to 0.1024',
      ],
    ]);
  });
});

describe("a coefficient's or a difference's interval beside a ratio's (recognisers/interval-columns.ts)", () => {
  // β 0.50 (0.20, 0.80) is symmetric on its own scale; read as a ratio its log-scale centre would
  // be √(0.20·0.80) = 0.40. The ORs sit at their centres: √(1.10·1.78) = 1.399, √(0.85·1.42) = 1.099.
  const ors = [
    [
      'confidence-interval',
      'consistent',
      'OR = 1.40; CI 95% 1.10 – 1.78',
      'centre on the log scale √(lower·upper) = [1.394, 1.404]',
    ],
    [
      'confidence-interval',
      'consistent',
      'OR = 1.10; CI 95% 0.85 – 1.42',
      'centre on the log scale √(lower·upper) = [1.093, 1.104]',
    ],
  ];
  it('a β column before the OR column is not read as a ratio (pipe table and flat text)', () => {
    const pipe = [
      'Table 3. Associations of sleep with outcomes',
      '| Exposure | BMI β (95% CI) | Obesity OR (95% CI) |',
      '|---|---|---|',
      '| Short sleep | 0.50 (0.20, 0.80) | 1.40 (1.10, 1.78) |',
      '| Long sleep | 0.30 (0.10, 0.50) | 1.10 (0.85, 1.42) |',
    ].join('\n');
    expect(findings(pipe)).toEqual(ors);
    const flat = [
      'Table 3. Associations of sleep with outcomes',
      'Exposure BMI β (95% CI) Obesity OR (95% CI)',
      'Short sleep 0.50 (0.20, 0.80) 1.40 (1.10, 1.78)',
      'Long sleep 0.30 (0.10, 0.50) 1.10 (0.85, 1.42)',
    ].join('\n');
    expect(findings(flat)).toEqual(ors);
  });

  it('a row with fewer intervals than the header names is not read; an off-centre ratio is still flagged', () => {
    // RR 2.00 (1.26, 3.17): centre √(1.26·3.17) = 1.999. RR 2.40 (1.26, 3.17) is off it.
    const text = (rr: string) =>
      [
        'Table 4. Effects of the intervention at 12 months',
        'Outcome Intervention Control Difference (95% CI) Risk ratio (95% CI)',
        `Weight loss ≥5% 40 20 20.0 (7.6, 32.4) ${rr} (1.26, 3.17)`,
        'Systolic BP, mmHg 128.0 131.0 3.0 (1.0, 5.0)',
      ].join('\n');
    expect(findings(text('2.00'))).toEqual([
      [
        'confidence-interval',
        'consistent',
        'RR = 2.00; CI 95% 1.26 – 3.17',
        'centre on the log scale √(lower·upper) = [1.993, 2.004]',
      ],
    ]);
    expect(findings(text('2.40')).map((f) => f.slice(0, 3))).toEqual([
      ['confidence-interval', 'inconsistent', 'RR = 2.40; CI 95% 1.26 – 3.17'],
    ]);
  });
});

describe('a share of a subgroup named in the same sentence (recognisers/subgroup-shares.ts)', () => {
  it('is not read when two counts before it could be "these"', () => {
    // 150/600 = 25.0% of the primiparous women; held to the 650 printed last it read 23.08%.
    expect(
      findings(
        'Of the 1,250 births, 600 (48.0%) were to primiparous women and 650 (52.0%) to multiparous women; 150 (25.0%) of these primiparous women were adolescents.',
      ).map((f) => f.slice(0, 3)),
    ).toEqual([
      [
        'percentages',
        'not-checkable',
        'Of the 1,250 births, 600 (48.0%) were to primiparous women and 650 (52.0%) to multiparous women; 150 (25.0%) of these p…',
      ],
      ['percentages', 'consistent', '600 (48.0%)'],
    ]);
    // 103/412 = 25.0% of the anaemic; held to the 1,250 printed after the 412 it read 8.24%. The
    // 412 is "of the 1,250 women" (recognisers/percentages.ts, a total named right after its
    // count): 412/1250 = 32.96%, printed 33.0.
    expect(
      findings(
        'Overall, 412 (33.0%) of the 1,250 women were anaemic, and among them 103 (25.0%) had severe anaemia.',
      ).map((f) => f.slice(0, 3)),
    ).toEqual([['percentages', 'consistent', '412 (33.0%)']]);
  });

  it('"60 (50.0%) of these" is of the 120 before it, not of the 250 the sentence states', () => {
    expect(findings('Of the 250 participants, 120 (48.0%) were women, and 60 (50.0%) of these were married.')).toEqual([
      ['percentages', 'consistent', '120 (48.0%)', '120/250 = 48.00% of the stated total 250'],
      ['percentages', 'consistent', '60 (50.0%)', '60/120 = 50.00% of the total 120 printed with it'],
    ]);
    // 66/120 = 55.0%, printed 50.0: still flagged, against the subgroup.
    expect(
      findings('Of the 250 participants, 120 (48.0%) were women, and 66 (50.0%) of these were married.')[1],
    ).toEqual(['percentages', 'inconsistent', '66 (50.0%)', '66/120 = 55.00% of the total 120 printed with it']);
  });

  it('is of the last whole number before it, a share or not; without one it is not read', () => {
    expect(findings('Of the 250 participants, 120 were women; 60 (50.0%) of these were married.')).toEqual([
      ['percentages', 'consistent', '60 (50.0%)', '60/120 = 50.00% of the total 120 printed with it'],
    ]);
    expect(findings('A total of 400 mothers took part, of these, 300 (75.0%) attended antenatal care.')).toEqual([
      ['percentages', 'consistent', '300 (75.0%)', '300/400 = 75.00% of the total 400 printed with it'],
    ]);
    // A year is no count.
    expect(findings('In 2019, 60 (50.0%) of these were married.')).toEqual([]);
  });
});

describe('an interval after a difference named between it and a mean (recognisers/statements.ts)', () => {
  it('is the difference’s, not the mean’s', () => {
    // 45.2 − 44.8 = 0.4, the centre of (−1.2 + 2.0)/2 = 0.4: held to the mean 45.2 it was flagged.
    expect(
      findings(
        'Mean age was 45.2 years in cases and 44.8 years in controls; the difference between the two group means was 0.4 years (95% CI −1.2 to 2.0).',
      ),
    ).toEqual([]);
  });

  it('a mean with its own interval keeps it', () => {
    // (41.6 + 48.8)/2 = 45.2.
    expect(findings('Mean age was 45.2 years (95% CI 41.6 to 48.8).')).toEqual([
      [
        'confidence-interval',
        'consistent',
        'Mean age = 45.2; CI 95% 41.6 – 48.8',
        'centre (lower + upper)/2 = [45.150, 45.250]',
      ],
    ]);
  });
});

describe('a ratio’s interval a table’s note calls exact (checks/exact-intervals.ts)', () => {
  // √(1.10·4.20) = 2.149, not 2.10: an exact Poisson interval is not centred on the log scale.
  const table = (note: string) =>
    ['Table 4 Incidence rate ratios', 'Model IRR 95% CI', 'Crude 1.80 1.20–2.70', 'Exact‡ 2.10 1.10–4.20', note].join(
      '\n',
    );

  it('is only held to contain its ratio', () => {
    expect(findings(table('‡ Exact Poisson confidence interval.'))).toEqual([
      ['confidence-interval', 'consistent', 'IRR = 1.80; CI 95% 1.20 – 2.70', 'estimate inside its interval'],
      ['confidence-interval', 'consistent', 'IRR = 2.10; CI 95% 1.10 – 4.20', 'estimate inside its interval'],
    ]);
  });

  it('a note after a blank line is another paragraph’s: the interval is held to its centre', () => {
    expect(findings(table('\nAn exact interval was not computed.'))[1]).toEqual([
      'confidence-interval',
      'inconsistent',
      'IRR = 2.10; CI 95% 1.10 – 4.20',
      'centre on the log scale √(lower·upper) = [2.143, 2.156]',
    ]);
  });
});

describe('a ratio’s p adjusted for multiple comparisons while its interval is not (checks/confidence-interval.ts, adjusted-p.ts)', () => {
  // OR 2.00 (1.30–3.08): ln SE = (ln 3.08 − ln 1.30)/(2·1.96) = 0.2200, z = ln 2.00/0.2200 = 3.15,
  // Wald p ≈ .0016; a Bonferroni-corrected p for 8 comparisons (.016) is ten times that.
  const table = (p: string) =>
    [
      'Table 5. Multivariable analysis (p values Bonferroni-corrected for 8 comparisons)',
      'Variable OR 95% CI p',
      `Income 2.00 1.30–3.08 ${p}`,
    ].join('\n');

  it('a p above the interval’s is not checkable', () => {
    expect(findings(table('0.016'))).toEqual([
      [
        'confidence-interval',
        'consistent',
        'OR = 2.00; CI 95% 1.30 – 3.08',
        'centre on the log scale √(lower·upper) = [1.996, 2.006]',
      ],
      [
        'confidence-interval',
        'not-checkable',
        'OR = 2.00; CI 95% 1.30 – 3.08; p = 0.016',
        'p from the interval (Wald) = 0.0014 to 0.0018',
      ],
    ]);
    expect(explanations(table('0.016'))[1]).toBe(
      'The text names an adjustment for multiple comparisons, and the reported p is above the p of its interval: an adjusted p cannot be recomputed from an unadjusted interval.',
    );
  });

  it('a p below the interval’s is still flagged: no adjustment makes a p smaller', () => {
    expect(findings(table('0.0001'))[1]?.slice(0, 2)).toEqual(['confidence-interval', 'inconsistent']);
  });
});

describe('a p adjusted for multiple comparisons (checks/adjusted-p.ts)', () => {
  // t(20) = 2.50: unadjusted two-tailed p = 0.0210 to 0.0215 over [2.495, 2.505].
  const recomputed = 'p = 0.0210 to 0.0215 (two-tailed) for |t(20)| ∈ [2.495, 2.505]';
  it('a reported p above the statistic’s, where an adjustment is named, is not checkable', () => {
    const text =
      'Post hoc comparisons (Bonferroni-adjusted) showed that group A differed from group B, t(20) = 2.50, p = .042.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'differed from group B, t(20) = 2.50, p = .042',
        'p = .042 is at or below α = 0.05: significant',
      ],
      ['p-value', 'not-checkable', 't(20) = 2.50, p = .042', recomputed],
    ]);
    expect(explanations(text)[1]).toBe(
      'The text names an adjustment for multiple comparisons, and the reported p is above the p of the statistic: an adjusted p cannot be recomputed from the statistic alone.',
    );
    // …also when the adjustment is named in the sentence before, in the same paragraph.
    expect(
      findings(
        'Pairwise comparisons used Tukey’s HSD. Group A scored higher than group B, t(20) = 2.50, p = .063.',
      ).map((f) => f.slice(0, 2)),
    ).toEqual([['p-value', 'not-checkable']]);
    // …or just after it.
    expect(
      findings('Group A differed from group B, t(20) = 2.50, p = .042. All p values were Bonferroni-corrected.').map(
        (f) => f.slice(0, 2),
      ),
    ).toEqual([
      ['conclusion', 'consistent'],
      ['p-value', 'not-checkable'],
    ]);
    // A paragraph break ends the reach.
    expect(
      findings('Group A differed from group B, t(20) = 2.50, p = .042.\n\nAll p values were Bonferroni-corrected.').map(
        (f) => f.slice(0, 2),
      ),
    ).toEqual([
      ['conclusion', 'consistent'],
      ['p-value', 'inconsistent'],
    ]);
  });

  it('a reported p below the statistic’s is still an error (no adjustment makes p smaller), and none named leaves p checked', () => {
    expect(
      findings(
        'Post hoc comparisons (Bonferroni-adjusted) showed that group A differed from group B, t(20) = 2.50, p = .010.',
      )[1],
    ).toEqual(['p-value', 'inconsistent', 't(20) = 2.50, p = .010', recomputed]);
    expect(findings('Group A differed from group B, t(20) = 2.50, p = .042.')[1]).toEqual([
      'p-value',
      'inconsistent',
      't(20) = 2.50, p = .042',
      recomputed,
    ]);
  });
});

describe('R output (labels.ts X-squared; recognisers/r-model-summary.ts)', () => {
  it("reads chisq.test's X-squared with its df", () => {
    // χ²(2) = 5.99: p = 0.0499 to 0.0502 over [5.985, 5.995]; χ²(1) = 3.2: p = 0.0714 to 0.0759.
    expect(findings("Pearson's Chi-squared test\ndata: tab\nX-squared = 5.99, df = 2, p-value = 0.05003")).toEqual([
      [
        'p-value',
        'consistent',
        'X-squared = 5.99, df = 2, p-value = 0.05003',
        'p = 0.0499 to 0.0502 for |χ²(2)| ∈ [5.985, 5.995]',
      ],
    ]);
    expect(findings('X-squared = 3.2, df = 1, p-value = 0.2').map((f) => f.slice(0, 2))).toEqual([
      ['p-value', 'inconsistent'],
    ]);
  });

  it("reads summary(lm)'s overall F on its two df", () => {
    // F(2, 97) = 12.5: p = 1.4e-5 to 1.5e-5; F(2, 97) = 2.5: p = 0.0833 to 0.0916.
    expect(
      findings(
        'Multiple R-squared: 0.205, Adjusted R-squared: 0.189\nF-statistic: 12.5 on 2 and 97 DF,  p-value: 1.4e-05',
      ),
    ).toEqual([
      [
        'p-value',
        'consistent',
        'F-statistic: 12.5 on 2 and 97 DF, p-value: 1.4e-05',
        'p = 1.4 × 10^-5 to 1.5 × 10^-5 for |F(2, 97)| ∈ [12.45, 12.55]',
      ],
    ]);
    expect(findings('F-statistic: 112.5 on 1 and 198 DF,  p-value: < 2.2e-16').map((f) => f.slice(0, 2))).toEqual([
      ['p-value', 'consistent'],
    ]);
    expect(findings('F-statistic: 2.5 on 2 and 97 DF,  p-value: 0.0087').map((f) => f.slice(0, 2))).toEqual([
      ['p-value', 'decision-error'],
    ]);
  });
});

describe('shares of named groups in one sentence (recognisers/group-shares.ts)', () => {
  it('are of the size stated for each group, not of the whole sample', () => {
    // 45/60 = 75.0%, 30/60 = 50.0%; against the 120 randomised they would read 37.5% and 25.0%.
    const text = (pct: string) =>
      `A total of 120 participants were randomised, 60 in each group; 45 (${pct}%) in the intervention group and 30 (50.0%) in the control group completed follow-up.`;
    expect(findings(text('75.0'))).toEqual([
      ['percentages', 'consistent', '45 (75.0%)', '45/60 = 75.00% of the stated total 60'],
      ['percentages', 'consistent', '30 (50.0%)', '30/60 = 50.00% of the stated total 60'],
    ]);
    expect(findings(text('70.0'))[0]).toEqual([
      'percentages',
      'inconsistent',
      '45 (70.0%)',
      '45/60 = 75.00% of the stated total 60',
    ]);
  });

  it('without a size per group they are not checkable', () => {
    expect(
      findings(
        'Of 120 participants, 45 (75.0%) in the intervention group and 30 (50.0%) in the control group completed follow-up.',
      ).map((f) => f.slice(0, 2)),
    ).toEqual([['percentages', 'not-checkable']]);
  });

  it('a pair of the sentence tied to no group makes the size per group no one total: not checkable', () => {
    // 24/320 = 7.5% of all enrolled; held to the 160 per arm it would read 15.0%.
    expect(
      findings(
        'A total of 320 patients were enrolled, 160 per arm; 120 (75.0%) in the intervention arm and 96 (60.0%) in the control arm completed follow-up, and 24 (7.5%) withdrew.',
      ).map((f) => f.slice(0, 2)),
    ).toEqual([['percentages', 'not-checkable']]);
  });

  it('membership of the groups is a share of the sample (110/200 = 55.0%, printed 56.0)', () => {
    expect(
      findings('Of the 200 patients, 90 (45.0%) were in the surgery group and 110 (56.0%) in the medication group.'),
    ).toEqual([
      ['percentages', 'consistent', '90 (45.0%)', '90/200 = 45.00% of the stated total 200'],
      ['percentages', 'inconsistent', '110 (56.0%)', '110/200 = 55.00% of the stated total 200'],
    ]);
  });
});

describe('two ratios agreeing in two-digit numbers (checks/repeated-values.ts)', () => {
  it('are two factors, not one result reported twice', () => {
    const text =
      'Rural residence was associated with anaemia (OR 2.1, 95% CI 1.3–3.4). Among women, low income was associated with anaemia (OR 2.1, 95% CI 1.3–3.6).';
    expect(findings(text).filter((f) => f[0] === 'repeated-values')).toEqual([]);
  });

  it('numbers of three significant digits still tie one result reported twice', () => {
    // 2.10 (1.30–3.40) and 2.10 (1.30–3.60): the second interval is also off its ratio's centre (√(1.30·3.60) = 2.163).
    const text =
      'Rural residence was associated with anaemia (OR 2.10, 95% CI 1.30–3.40). In the results, rural residence remained associated with anaemia (OR 2.10, 95% CI 1.30–3.60).';
    expect(findings(text).filter((f) => f[1] !== 'consistent')).toEqual([
      [
        'repeated-values',
        'inconsistent',
        'OR 2.10, 95% CI 1.30–3.40 | OR 2.10, 95% CI 1.30–3.60',
        'also reported at line 1',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'OR = 2.10; CI 95% 1.30 – 3.60',
        'centre on the log scale √(lower·upper) = [2.158, 2.169]',
      ],
    ]);
  });
});

describe('a level an English conclusion states as a percentage or by comparison (recognisers/stated-levels.ts)', () => {
  it('"significant at the 10% level" and "p = 0.079 < 0.10" are read at α = .10', () => {
    expect(findings('The effect of training was significant at the 10% level, t(40) = 1.80, p = .079.')[0]).toEqual([
      'conclusion',
      'consistent',
      'was significant at the 10% level, t(40) = 1.80, p = .079',
      'p = .079 is at or below α = 0.10: significant',
    ]);
    expect(findings('Since p = 0.079 < 0.10, the effect was significant.')).toEqual([
      [
        'conclusion',
        'consistent',
        'p = 0.079 < 0.10, the effect was significant',
        'p = 0.079 is at or below α = 0.10: significant',
      ],
    ]);
  });

  it('at the 5% level the same p is not significant', () => {
    expect(findings('The effect of training was significant at the 5% level, t(40) = 1.80, p = .079.')[0]).toEqual([
      'conclusion',
      'inconsistent',
      'was significant at the 5% level, t(40) = 1.80, p = .079',
      'p = .079 is above α = 0.05: not significant',
    ]);
  });
});

describe('an ANOVA table headed by abbreviations (recognisers/table-statistics.ts)', () => {
  it('"| Source | SS | df | MS | F | p |" takes F’s second df from the within-groups row', () => {
    // F(2, 57) = 3.50: p = 0.0367 to 0.0370 over [3.495, 3.505].
    const table = (p: string) =>
      [
        'Table 3. ANOVA',
        '| Source | SS | df | MS | F | p |',
        '|---|---|---|---|---|---|',
        `| Between groups | 45.2 | 2 | 22.6 | 3.50 | ${p} |`,
        '| Within groups | 368.1 | 57 | 6.46 | | |',
        '| Total | 413.3 | 59 | | | |',
      ].join('\n');
    expect(findings(table('.037'))).toEqual([
      [
        'p-value',
        'consistent',
        '| Between groups | 45.2 | 2 | 22.6 | 3.50 | .037 |',
        'p = 0.0367 to 0.0370 for |F(2, 57)| ∈ [3.495, 3.505]',
      ],
    ]);
    expect(findings(table('.37')).map((f) => f.slice(0, 2))).toEqual([['p-value', 'decision-error']]);
  });
});

describe('a continuous variable’s row in a table of counts and shares (recognisers/continuous-rows.ts)', () => {
  it('"Age (years) | 35 (10)" and a row marked † where the notes say "† Mean (SD)" are means, not shares', () => {
    const pipe = [
      'Table 1. Baseline characteristics',
      '| Characteristic | Cases (n = 100) n (%) | Controls (n = 200) n (%) |',
      '|---|---|---|',
      '| Age (years) | 35 (10) | 36 (9) |',
      '| Female | 60 (60.0) | 120 (60.0) |',
    ].join('\n');
    expect(findings(pipe).filter((f) => f[1] !== 'consistent' && f[1] !== 'not-checkable')).toEqual([]);
    const flat = [
      'Table 1. Baseline characteristics',
      'Characteristic Cases (n = 100) n (%) Controls (n = 200) n (%)',
      'Age† 35 (10) 36 (9)',
      'Female 60 (60.0) 120 (60.0)',
      '† Mean (SD).',
    ].join('\n');
    expect(findings(flat)).toEqual([
      ['percentages', 'consistent', '60 (60.0)', '60/100 = 60.00% of the stated total 100'],
    ]);
  });

  it('a category after the label ("use (yr) | 0 | 135 (65)") or a category with numbers is still a share', () => {
    // 36/200 = 18.0%, printed 9: flagged.
    const text = [
      'Table 1. Baseline characteristics',
      'Characteristic Cases (n = 100) n (%) Controls (n = 200) n (%)',
      'Age 20-29 years 35 (35) 36 (9)',
      'Female 60 (60.0) 120 (60.0)',
    ].join('\n');
    expect(findings(text).filter((f) => f[1] === 'inconsistent')).toEqual([
      ['percentages', 'inconsistent', '36 (9)', '36/200 = 18.00% of the stated total 200'],
    ]);
  });
});

describe('a sample narrowed before its shares (recognisers/narrowed-sample.ts)', () => {
  it('"500 … screened and 450 were included; 120 (26.7%)" has no certain total (120/450 = 26.7%, 120/500 = 24.0%)', () => {
    expect(
      findings('A total of 500 patients were screened and 450 were included; 120 (26.7%) had diabetes.').map((f) =>
        f.slice(0, 2),
      ),
    ).toEqual([['percentages', 'not-checkable']]);
  });

  it('one stated total is still used', () => {
    expect(findings('A total of 500 patients were included; 120 (26.7%) had diabetes.')).toEqual([
      ['percentages', 'inconsistent', '120 (26.7%)', '120/500 = 24.00% of the stated total 500'],
    ]);
  });
});

describe('one p after several ratios of a sentence (recognisers/shared-sentence-p.ts)', () => {
  it('is no one ratio’s when each ratio has its own parenthesis and the p stands outside them', () => {
    const text =
      'Smoking (OR 2.10, 95% CI 1.30–3.39) and alcohol use (OR 1.10, 95% CI 0.85–1.42) were associated with hypertension, p = 0.01.';
    expect(findings(text).filter((f) => f[2]!.includes('p ='))).toEqual([]);
  });

  it('a p inside a ratio’s parenthesis, or after the only ratio, stays its', () => {
    // OR 1.10 (0.85, 1.42): Wald p 0.4372 to 0.5027, and the interval holds 1.
    const own =
      'Smoking (OR 2.10, 95% CI 1.30–3.39, p = 0.002) and alcohol use (OR 1.10, 95% CI 0.85–1.42, p = 0.01) were associated with hypertension.';
    expect(findings(own).filter((f) => f[1] === 'decision-error')).toEqual([
      [
        'confidence-interval',
        'decision-error',
        'OR = 1.10; CI 95% 0.85 – 1.42; p = 0.01',
        'p from the interval (Wald) = 0.4372 to 0.5027',
      ],
    ]);
    // OR 2.10 (1.30, 3.39): Wald p 0.0022 to 0.0027.
    expect(
      findings('Smoking was associated with hypertension (OR 2.10, 95% CI 1.30–3.39), p = 0.20.').filter(
        (f) => f[1] === 'decision-error',
      ),
    ).toEqual([
      [
        'confidence-interval',
        'decision-error',
        'OR = 2.10; CI 95% 1.30 – 3.39; p = 0.20',
        'p from the interval (Wald) = 0.0022 to 0.0027',
      ],
    ]);
  });
});

describe("an assumption test's p before a sentence's decision (recognisers/assumption-p.ts)", () => {
  it('is not the p of the difference the sentence concludes', () => {
    expect(
      findings(
        'Scores were normally distributed (Shapiro–Wilk p = .20), and the groups differed significantly in their mean scores.',
      ),
      // The p is the normality finding's, stated before it (recognisers/trailing-assumption-p.ts).
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'normally distributed (Shapiro–Wilk p = .20',
        'p = .20 is above α = 0.05: not significant',
      ],
    ]);
    expect(
      findings(
        'Variances were equal (Levene p = .45) and the intervention group scored significantly higher than the control group.',
      ),
    ).toEqual([]);
  });

  it("a sentence's own p is still read", () => {
    expect(findings('The intervention group scored significantly higher than the control group (p = .45).')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'significantly higher than the control group (p = .45',
        'p = .45 is above α = 0.05: not significant',
      ],
    ]);
  });
});
