/**
 * English t-test tables as published articles print them (fresh5 English, issue #14): rows of
 * each group's mean ± SD under a header with both group sizes, however many rows stand between
 * the header and a row, and labels that name their cells' format. Each case lists every finding
 * naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('two-group t tables: labels "(mean ± SD)", rows far below the header (recognisers/two-group-t-rows.ts)', () => {
  const rows = [
    ['Anxiety', '12.50 ± 3.20', '13.10 ± 3.40', '−0.81', '0.421'],
    ['Depression', '10.40 ± 2.80', '11.90 ± 3.10', '−2.24', '0.028'],
    ['Stress', '15.20 ± 4.10', '15.60 ± 3.90', '−0.44', '0.661'],
    ['Self-efficacy', '28.30 ± 5.20', '26.10 ± 5.60', '1.80', '0.076'],
    ['Fatigue', '9.80 ± 2.40', '10.30 ± 2.60', '−0.88', '0.382'],
    ['Pain', '4.10 ± 1.90', '4.60 ± 2.00', '−1.13', '0.262'],
    ['Sleep quality', '8.20 ± 2.10', '9.40 ± 2.30', '−1.20', '0.019'],
  ];
  const table = (header: string) =>
    [
      'Table 2. Scores of the two groups before the programme.',
      header,
      '|---|---|---|---|---|',
      ...rows.map((r) => `| ${r[0]} (mean ± SD) | ${r.slice(1).join(' | ')} |`),
    ].join('\n');

  it('df = 40 + 38 − 2 = 76 for every row; the last row, eight lines below the header, is read too', () => {
    // By hand, first row: s²p = (39·3.20² + 37·3.40²)/76 = 10.883, SE = √(10.883·(1/40 + 1/38)) =
    // 0.7473, t = 0.60/0.7473 = 0.803 (in [0.787, 0.818]). Last row: s²p = (39·2.10² + 37·2.30²)/76
    // = 4.838, SE = 0.4983, t = 1.20/0.4983 = 2.408, not the printed 1.20; and t(76) = 1.20 gives
    // two-tailed p ≈ .234, not .019 (jStat), on the other side of .05.
    const se = (reported: string, range: string, verdict = 'consistent') => [
      'standard-error',
      verdict,
      reported,
      `|M₁ − M₂| / SE (Student's pooled or Welch's) = ${range} for n = 40 and 38`,
    ];
    const p = (reported: string, range: string, t: string, verdict = 'consistent') => [
      'p-value',
      verdict,
      reported,
      `p = ${range} (two-tailed) for |t(76)| ∈ ${t}`,
    ];
    expect(findings(table('| Item | Study group (n = 40) | Comparison group (n = 38) | t | p |'))).toEqual([
      se('t(76) = -0.81; M = 12.50, SD = 3.20; M = 13.10, SD = 3.40', '[0.787, 0.818]'),
      p('−0.81 | 0.421', '0.4176 to 0.4233', '[0.805, 0.815]'),
      se('t(76) = -2.24; M = 10.40, SD = 2.80; M = 11.90, SD = 3.10', '[2.220, 2.264]'),
      p('−2.24 | 0.028', '0.0277 to 0.0284', '[2.235, 2.245]'),
      se('t(76) = -0.44; M = 15.20, SD = 4.10; M = 15.60, SD = 3.90', '[0.429, 0.453]'),
      p('−0.44 | 0.661', '0.6576 to 0.6648', '[0.435, 0.445]'),
      se('t(76) = 1.80; M = 28.30, SD = 5.20; M = 26.10, SD = 5.60', '[1.786, 1.809]'),
      p('1.80 | 0.076', '0.0750 to 0.0766', '[1.795, 1.805]'),
      se('t(76) = -0.88; M = 9.80, SD = 2.40; M = 10.30, SD = 2.60', '[0.862, 0.903]'),
      p('−0.88 | 0.382', '0.3789 to 0.3843', '[0.875, 0.885]'),
      se('t(76) = -1.13; M = 4.10, SD = 1.90; M = 4.60, SD = 2.00', '[1.105, 1.158]'),
      p('−1.13 | 0.262', '0.2599 to 0.2641', '[1.125, 1.135]'),
      se('t(76) = -1.20; M = 8.20, SD = 2.10; M = 9.40, SD = 2.30', '[2.377, 2.434]', 'inconsistent'),
      p('−1.20 | 0.019', '0.2319 to 0.2358', '[1.195, 1.205]', 'decision-error'),
    ]);
  });

  it('is not read without both group sizes, when the header names no t column, or a p not of t(n₁ + n₂ − 2)', () => {
    expect(findings(table('| Item | Study group | Comparison group | t | p |'))).toEqual([]);
    expect(findings(table('| Item | Study group (n = 40) | Comparison group (n = 38) | Welch t | p |'))).toEqual([]);
    expect(
      findings(table('| Item | Study group (n = 40) | Comparison group (n = 38) | t | Bonferroni-adjusted p |')),
    ).toEqual([]);
    expect(findings(table('| Item | Study group (n = 40) | Comparison group (n = 38) | U | p |'))).toEqual([]);
  });
});

describe('two-group t tables whose notes or columns say the p is not of t(n₁ + n₂ − 2) (recognisers/two-group-t-rows.ts)', () => {
  it('is not read when the notes below the rows say one-tailed, adjusted or paired', () => {
    // Stress: s²p = (24·4.1² + 24·3.9²)/48 = 16.01, SE = √(16.01·2/25) = 1.1317, t = 3.1/1.1317 =
    // 2.74; one-tailed p = pt(-2.74, 48) = .0043, which read two-tailed (.0086) would be flagged.
    for (const note of [
      'Note. One-tailed tests.',
      'Note. Analyses adjusted for baseline scores (ANCOVA).',
      'Paired comparisons.',
    ])
      expect(
        findings(
          [
            'Table 4. Mean scores by group',
            'Scale Group A (n = 25) Group B (n = 25) t p',
            'Stress 18.2 ± 4.1 15.1 ± 3.9 2.74 0.004',
            note,
          ].join('\n'),
        ),
      ).toEqual([]);
  });

  it('is not read when its two sized columns are time points of the same people', () => {
    // A pre/post comparison of 30 people: t(29) = 2.10 gives p = .0445 (printed .045); held to
    // t(30 + 30 − 2 = 58) it would read .040 and be flagged.
    for (const header of [
      'Domain Pre-test (n = 30) Post-test (n = 30) t p',
      'Domain Before (n = 30) After (n = 30) t p',
    ])
      expect(
        findings(['Table 3. Knowledge of the trainees', header, 'Nutrition 8.1 ± 1.8 9.0 ± 1.6 2.10 0.045'].join('\n')),
      ).toEqual([]);
  });
});

describe('tables whose last columns are t, df and p (recognisers/t-df-p-columns.ts)', () => {
  const table = (caption: string, header: string, rows = ROWS) =>
    [caption, header, ...rows, '', 'The cohorts differed in anatomy.'].join('\n');
  const ROWS = [
    'Anatomy 14.2 ± 2.1 13.1 ± 2.4 2.05 58 0.045',
    'Physiology 12.8 ± 3.0 12.5 ± 2.7 0.41 58 0.683',
    'Pharmacology 11.0 ± 2.9 9.6 ± 3.1 1.81 58 0.021',
  ];
  const CAPTION = 'Table 4. Knowledge scores of the two cohorts';

  it('each row’s p against t(df); what stands before the three cells is left alone', () => {
    // R: 2*pt(-c(2.05, 0.41, 1.81), 58) = 0.0449, 0.6833, 0.0755: the third row's .021 is printed
    // significant though its t gives .075.
    expect(findings(table(CAPTION, 'Domain Cohort A Cohort B t df p'))).toEqual([
      ['p-value', 'consistent', '2.05 58 0.045', 'p = 0.0444 to 0.0454 (two-tailed) for |t(58)| ∈ [2.045, 2.055]'],
      ['p-value', 'consistent', '0.41 58 0.683', 'p = 0.6797 to 0.6870 (two-tailed) for |t(58)| ∈ [0.405, 0.415]'],
      ['p-value', 'decision-error', '1.81 58 0.021', 'p = 0.0747 to 0.0763 (two-tailed) for |t(58)| ∈ [1.805, 1.815]'],
    ]);
  });

  it('"t-value df p-value", a bound for p', () => {
    // R: 2*pt(-c(2.595, 2.605), 22) = 0.0165, 0.0162 (not below .01); 2*pt(-c(1.095, 1.105), 22) =
    // 0.2854, 0.2811.
    const text = [
      'Table 2. Pre-test and post-test scores.',
      'Scale Pre Post t-value df p-value',
      'Recall 5.1 6.3 −2.60 22 <0.01',
      'Naming 7.4 7.9 −1.10 22 0.283',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['p-value', 'inconsistent', '−2.60 22 <0.01', 'p = 0.0162 to 0.0165 (two-tailed) for |t(22)| ∈ [2.595, 2.605]'],
      ['p-value', 'consistent', '−1.10 22 0.283', 'p = 0.2811 to 0.2854 (two-tailed) for |t(22)| ∈ [1.095, 1.105]'],
    ]);
  });

  it('is not read when the p may not be t’s own, or the header does not end in t, df and p', () => {
    for (const caption of [
      'Table 4. Knowledge scores of the two cohorts (Welch’s t tests)',
      'Table 4. Knowledge scores of the two cohorts; p adjusted by the Holm method',
      'Table 4. Knowledge scores of the two cohorts, one-tailed tests',
      'Table 4. Mann–Whitney tests of the knowledge scores',
    ])
      expect(findings(table(caption, 'Domain Cohort A Cohort B t df p'))).toEqual([]);
    expect(findings(table(CAPTION, 'Domain Cohort A Cohort B t df p Bonferroni p'))).toEqual([]);
    expect(findings(table(CAPTION, 'Domain Cohort A Cohort B t df p d'))).toEqual([]);
  });

  it('is not read when the notes below the table say the p is one-tailed or adjusted', () => {
    // Read two-tailed, 2*pt(-1.75, 40) = 0.088 would be a decision error against .044, its one-tailed p.
    for (const note of [
      'Note. p values are one-tailed, as improvement was hypothesised.',
      'Note. All tests were one-sided (H1: post > pre).',
      'p values adjusted with the Holm procedure.',
    ]) {
      const text = [
        'Table 2. Pre-post comparison of self-efficacy',
        'Domain Pre Post t df p',
        'Planning 3.1 ± 0.6 3.4 ± 0.5 1.75 40 0.044',
        'Evaluation 3.0 ± 0.5 3.1 ± 0.6 0.90 40 0.187',
        note,
      ].join('\n');
      expect(findings(text)).toEqual([]);
    }
  });

  it('ends at the next table’s header or caption: a χ² table pasted right below is not read as t', () => {
    // R: 2*pt(-c(4.605, 4.615), 98) = 1.2e-5; 2*pt(-c(0.795, 0.805), 98) = 0.4285, 0.4228. Read as
    // t(1), the χ² rows 'Sex 3.84 1 0.050' and 'Parity 4.00 1 0.046' would be decision errors.
    const rows = ['Knowledge 14.2 ± 2.1 12.1 ± 2.4 4.61 98 <0.001', 'Attitude 30.5 ± 4.2 29.8 ± 4.5 0.80 98 0.425'];
    const tRows = [
      ['p-value', 'consistent', '4.61 98 <0.001', 'p = 1.2 × 10^-5 (two-tailed) for |t(98)| ∈ [4.605, 4.615]'],
      ['p-value', 'consistent', '0.80 98 0.425', 'p = 0.4228 to 0.4285 (two-tailed) for |t(98)| ∈ [0.795, 0.805]'],
    ];
    const header = 'Variable Intervention Control t df p';
    expect(
      findings([CAPTION, header, ...rows, 'Variable χ2 df p', 'Sex 3.84 1 0.050', 'Region 2.71 1 0.100'].join('\n')),
    ).toEqual(tRows);
    expect(
      findings(
        [
          CAPTION,
          header,
          ...rows,
          'Table 3 Association of knowledge with parity',
          'Primiparous 30 20 4.00 1 0.046',
        ].join('\n'),
      ),
    ).toEqual(tRows);
  });
});
