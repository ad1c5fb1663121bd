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

  it('is not read without both group sizes, or when the header names no t column', () => {
    expect(findings(table('| Item | Study group | Comparison group | t | p |'))).toEqual([]);
    expect(findings(table('| Item | Study group (n = 40) | Comparison group (n = 38) | U | p |'))).toEqual([]);
  });
});
