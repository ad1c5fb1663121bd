/**
 * Rows of published tables that lost their layout (src/check/recognisers/published-rows.ts,
 * ratio-rows.ts, row-shares.ts): ratios with their intervals and p, and n (%) cells with the
 * totals their table gives. The tables here are made up for the tests, in the layouts web
 * pages and PDF text store.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { publishedRows } from '../../src/check/recognisers/published-rows.ts';

const findings = (text: string, check: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === check)
    .map((f) => `${f.verdict}: ${f.reported}`);

describe('published rows', () => {
  it('rejoins a one-cell-per-line row after its label, but keeps age groups as labels', () => {
    const text = ['Age group', '', ' <15', '', '81', '', '13 (16.0)', '', '68 (84.0)', '', ' 15–24', '', '60'].join(
      '\n',
    );
    const rows = publishedRows(text, 'en');
    // `<15` and `15–24` start rows (as tokens, so the label before them is empty).
    expect(rows.map((r) => [r.label, r.tokens.map((t) => t.kind).join(' '), r.labelOnly])).toEqual([
      ['Age group', '', true],
      ['', 'num num pair pair', false],
      ['', 'interval num', false],
    ]);
  });
});

describe('ratio rows', () => {
  it('reads OR | SE | CI | P rows, with the standard error between the ratio and its interval', () => {
    const text = [
      'Table 2. Logistic regression',
      'Variable | OR | SE | 95% CI | P |',
      'Female | 0.62 | 0.05 | 0.53 to 0.71 | <0.001 |',
      'Smoker | 1.85 | 0.30 | 1.35 to 2.54 | 0.40 |',
    ].join('\n');
    expect(findings(text, 'confidence-interval')).toEqual([
      'consistent: OR = 0.62; CI 95% 0.53 – 0.71',
      'consistent: OR = 0.62; CI 95% 0.53 – 0.71; p < 0.001',
      'consistent: OR = 1.85; CI 95% 1.35 – 2.54',
      'decision-error: OR = 1.85; CI 95% 1.35 – 2.54; p = 0.40',
    ]);
  });

  it('reads a ratio with its interval in one cell and flags one outside or off the centre of its interval', () => {
    const text = [
      'Risk factor  Cases n (%)  Controls n (%)  OR (95% CI)  P value',
      'Obese 18 (19.8) 7 (3.3) 5.4 (1.3-21.8) 0.019',
      'Student 1 (3.2) 4 (5.0) 0.34(0.11-2.21) 0.17',
      'Bread 26 (11.6) 43 (19.1) 0.8 (0.9-1.3) 0.37',
    ].join('\n');
    expect(findings(text, 'confidence-interval').filter((f) => !f.includes('; p'))).toEqual([
      'consistent: OR = 5.4; CI 95% 1.3 – 21.8',
      'inconsistent: OR = 0.34; CI 95% 0.11 – 2.21',
      'inconsistent: OR = 0.8; CI 95% 0.9 – 1.3',
    ]);
  });

  it('reports the p of an interval already flagged for its shape only when it is on the other side of alpha', () => {
    const text = ['OR (95% CI) P', 'Student 0.34(0.11-2.21) 0.80', 'Staff 0.34(0.11-2.21) 0.010'].join('\n');
    expect(findings(text, 'confidence-interval')).toEqual([
      'inconsistent: OR = 0.34; CI 95% 0.11 – 2.21',
      'inconsistent: OR = 0.34; CI 95% 0.11 – 2.21',
      'decision-error: OR = 0.34; CI 95% 0.11 – 2.21; p = 0.010',
    ]);
  });

  it('takes the p after the interval, not the next model’s ratio, in one-cell-per-line tables', () => {
    const text = ['COR (95% CI)', 'p', 'AOR (95% CI)', 'p', 'Male', '1.9 (1.2–3.2)', '0.010', '0.8', '(0.4–1.4)'].join(
      '\n\n',
    );
    expect(findings(text, 'confidence-interval')).toEqual([
      'consistent: OR = 1.9; CI 95% 1.2 – 3.2',
      'consistent: OR = 1.9; CI 95% 1.2 – 3.2; p = 0.010',
      // The AOR's cell split over two lines is one cell (./split-cell-lines.ts): √(0.4·1.4) = 0.75.
      'consistent: OR = 0.8; CI 95% 0.4 – 1.4',
    ]);
  });

  it('reads nothing without a ratio word above, nor in rows of medians or ranges', () => {
    expect(findings('Duration | 2.1 | 1.1 to 4.0 | 0.03 |', 'confidence-interval')).toEqual([]);
    expect(
      findings('Odds ratios by group\nLength of stay, median (IQR) | 3 (1.5–10.0) | 0.20 |', 'confidence-interval'),
    ).toEqual([]);
  });

  it('leaves running text to the sentence reader', () => {
    const text = [
      'Odds ratios are reported in Table 2.',
      'Participants in the intervention group had a mean body mass index of 24.5 (18.2–31.0) at baseline and the controls 25.1 (19.0–33.2).',
    ].join('\n');
    expect(findings(text, 'confidence-interval')).toEqual([]);
  });

  it('never takes two rows of tables for one repeated ratio', () => {
    const text = ['OR (95% CI) P', 'Male 1.05 (0.91–1.21) 0.53', 'Income 1.09 (0.91–1.24) 0.19'].join('\n');
    expect(findings(text, 'repeated-values')).toEqual([]);
  });
});

describe('row shares', () => {
  it('checks the shares of a column block that adds up to 100, without % signs under an n (%) header', () => {
    const text = [
      '| Variable | Category | Case n% | Control n% |',
      '| Alcohol | No | 224 (99.6) | 223 (99.1) |',
      '| Yes | 1 (0.4) | 2 (0.9) |',
      '| Location | Urban | 120 (53.3) | 130(58) |',
      '| Rural | 105 (46.7) | 95(42.4) |',
    ].join('\n');
    expect(findings(text, 'percentages')).toEqual([
      'consistent: 224 (99.6)',
      'consistent: 223 (99.1)',
      'consistent: 1 (0.4)',
      'consistent: 2 (0.9)',
      'consistent: 120 (53.3)',
      'consistent: 130(58)',
      'consistent: 105 (46.7)',
      'inconsistent: 95(42.4)',
    ]);
  });

  it('checks a block whose shares were misprinted against the group size two other blocks share', () => {
    const text = [
      'Factor Cases n (%)',
      'Smoking',
      'No 135 (60.0)',
      'Yes 90 (40.0)',
      'Duration',
      '0 135 (65.0)',
      '1-8 43 (19.1)',
      '>8 47 (20.9)',
      'Parity',
      '0 100 (44.4)',
      '1+ 125 (55.6)',
    ].join('\n');
    const found = checkText(text, { lang: 'en' }).findings.filter((f) => f.check === 'percentages');
    expect(found.map((f) => `${f.verdict}: ${f.reported}`)).toEqual([
      'consistent: 135 (60.0)',
      'consistent: 90 (40.0)',
      'inconsistent: 135 (65.0)',
      'consistent: 43 (19.1)',
      'consistent: 47 (20.9)',
      'consistent: 100 (44.4)',
      'consistent: 125 (55.6)',
    ]);
    expect(found[2]!.recomputed).toBe("135/225 = 60.00% of the table's total 225");
  });

  it('checks row shares against the row’s Total cell, and a pair with its own total', () => {
    const text = [
      'Variable Total Non-PiAR, n (%) PiAR, n (%)',
      'Male 2900 2331 (80.4) 569 (19.6)',
      'Female 3143 2597 (82.6) 546 (17.6)',
      'Recurrence 5/34 (14.8)',
    ].join('\n');
    expect(findings(text, 'percentages')).toEqual([
      'consistent: 2331 (80.4)',
      'consistent: 569 (19.6)',
      'consistent: 2597 (82.6)',
      'inconsistent: 546 (17.6)',
      'inconsistent: 5/34 (14.8)',
    ]);
  });

  it('checks the shares a block does not cover against the N of their column in the header', () => {
    const text = [
      '| | Drug (N=2954) | Placebo (N=2972) |',
      '|---|---|---|',
      '| Female | 1280 (43.3%) | 1267 (42.6%) |',
      '| Diabetes | 1059 (35.9%) | 1059 (35.6%) |',
    ].join('\n');
    expect(findings(text, 'percentages')).toEqual([
      'consistent: 1280 (43.3%)',
      'consistent: 1267 (42.6%)',
      'inconsistent: 1059 (35.9%)',
      'consistent: 1059 (35.6%)',
    ]);
  });

  it('reads the header’s N over two lines, but not for a cell with a footnote mark, and in a table with missing data only shares it can judge', () => {
    const rows = ['Female, n (%) | 373 (58.7)* | 633 (57.7) |', 'Smoking, n (%) | 96 (15.1) | 165 (15.2) |'];
    const header = ['Variable | Intervention n = 637 |', 'UC n = 1,097 |', '---|---|---|'];
    expect(findings([...header, ...rows].join('\n'), 'percentages')).toEqual([
      'consistent: 633 (57.7)',
      'consistent: 96 (15.1)',
      'inconsistent: 165 (15.2)',
    ]);
    // With missing data a share is judged against the header's N only when it fits it or when
    // only a larger group could give it (recognisers/missing-data-shares.ts): 165 (15.2) may be
    // of 1,082–1,089 answers (165/0.1525 to 165/0.1515), fewer than 1,097, and is not judged;
    // 70 (10.0) needs 697 people or more (70/0.1005 = 696.5), more than the 637 (70/637 = 10.99).
    // 110/1,097 = 10.03. (Cells no reader judges are still recognised, by the sentence reader of
    // lost % signs, as not checkable.)
    const diabetes = 'Diabetes, n (%) | 70 (10.0) | 110 (10.0) |';
    const withMissing = findings(
      [...header, ...rows, diabetes, '*Four missing observations.'].join('\n'),
      'percentages',
    );
    expect(withMissing.filter((f) => !f.startsWith('not-checkable'))).toEqual([
      'consistent: 633 (57.7)',
      'consistent: 96 (15.1)',
      'inconsistent: 70 (10.0)',
      'consistent: 110 (10.0)',
    ]);
  });

  it('reads no share without a % sign where the table does not say its cells are n (%)', () => {
    expect(findings('Score\nGroup A 24 (12.5)\nGroup B 30 (87.5)', 'percentages')).toEqual([]);
  });
});

describe('statistic cells', () => {
  it('reads a χ² in a cell with its p in the next cell under a P column', () => {
    const text = [
      'Variable | OR | 95% CI | P |',
      'Race | Omnibus: χ2 (21) = 119.09 | <0.001 |',
      'Education | Omnibus: χ2 (2) = 8.08 | 0.002 |',
    ].join('\n');
    expect(findings(text, 'p-value')).toEqual([
      'consistent: χ2 (21) = 119.09 | <0.001',
      'inconsistent: χ2 (2) = 8.08 | 0.002',
    ]);
  });

  it('does not take the next cell for a p without a P column above', () => {
    expect(findings('Effect | F | η2 |\nGroup | F(1, 40) = 5.20 | 0.12 |', 'p-value')).toEqual([]);
  });
});

describe('intervals written with a comma, row totals after the pairs, and p from another test', () => {
  it('reads "L, U" intervals in English, and lets a p within a factor of two of the Wald p stand', () => {
    const text = [
      '| Variable | cOR | 95% CI | P-value |',
      '| Secondary | 1.24 | 0.76, 2.03 | 0.428 |',
      '| Tertiary | 1.15 | 0.19, 7.00 | 0.109 |',
      '| Urban | 3.620 (1.726,7.593) | 0.001 |',
    ].join('\n');
    const found = checkText(text, { lang: 'en' }).findings.filter((f) => f.check === 'confidence-interval');
    expect(found.map((f) => `${f.verdict}: ${f.reported}`)).toEqual([
      'consistent: cOR = 1.24; CI 95% 0.76 – 2.03',
      'consistent: cOR = 1.24; CI 95% 0.76 – 2.03; p = 0.428',
      'consistent: cOR = 1.15; CI 95% 0.19 – 7.00',
      'inconsistent: cOR = 1.15; CI 95% 0.19 – 7.00; p = 0.109',
      'consistent: OR = 3.620; CI 95% 1.726 – 7.593',
      'consistent: OR = 3.620; CI 95% 1.726 – 7.593; p = 0.001',
    ]);
    expect(found[1]!.explanation).toMatch(/within a factor of two/);
  });

  it('takes the Total cell right after the pairs as the row total', () => {
    const text = [
      '| | Positive | Negative | Total |',
      '| | n (%) | n (%) | N |',
      '| Nurse | 31 (4.1) | 718 (95.1) | 749 |',
    ].join('\n');
    expect(findings(text, 'percentages')).toEqual(['consistent: 31 (4.1)', 'inconsistent: 718 (95.1)']);
  });
});

describe('tables of row percentages', () => {
  it('checks each row against the sum of its counts and never joins two rows of a column into a block', () => {
    const text = [
      '| Variable | Good n (%) | Poor n (%) |',
      '| Rural | 16(48.5%) | 17(51.5%) |',
      '| Urban | 138(51.5%) | 130(48.5%) |',
      '| Single | 37(61.7%) | 23(38.3%) |',
      '| Divorced | 9(30%) | 21(70%) |',
    ].join('\n');
    const found = checkText(text, { lang: 'en' }).findings.filter((f) => f.check === 'percentages');
    expect(found.map((f) => f.verdict)).toEqual(Array(8).fill('consistent'));
    expect(found[0]!.recomputed).toBe('16/33 = 48.48% of 33, the sum of the row (its percentages add up to 100%)');
  });
});

describe('ratio columns marked by a reference row', () => {
  it('reads as ratios only the interval cells of the columns the reference row marks "Ref."', () => {
    // A prevalence with its interval stands before the two odds-ratio columns: it is no ratio
    // (3.0 is not at the geometric centre of 2.0–4.0, but a proportion need not be).
    const text = [
      'Table 2. Prevalence and odds of anaemia by group',
      'Variable | % anaemic (95%CI) | Crude OR | Adj OR | p-value |',
      '---|---|---|---|---|',
      'Group | A | 2.0 (1.0, 3.0) | Ref. | Ref. |',
      'B | 3.0 (2.0, 4.0) | 1.50 (1.10, 2.05) | 1.60 (1.15, 2.23) | 0.005 |',
      'C | 5.0 (4.0, 6.0) | 2.60 (1.90, 3.56) | 2.40 (1.70, 3.39) | 0.60 |',
    ].join('\n');
    expect(findings(text, 'confidence-interval')).toEqual([
      'consistent: OR = 1.50; CI 95% 1.10 – 2.05',
      'consistent: OR = 1.60; CI 95% 1.15 – 2.23',
      'consistent: OR = 1.60; CI 95% 1.15 – 2.23; p = 0.005',
      'consistent: OR = 2.60; CI 95% 1.90 – 3.56',
      'consistent: OR = 2.40; CI 95% 1.70 – 3.39',
      'decision-error: OR = 2.40; CI 95% 1.70 – 3.39; p = 0.60',
    ]);
  });
});
