/**
 * False alarms found on the wild5 precision corpus (test/check/external/wild5-en.yaml, its
 * development part), fixed in general and tested here on text written for the test in the style
 * of the corpus quote that showed it. Each case lists every finding naskah reports, exactly; the
 * recomputations are stated beside them.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe("a column block is one variable's categories only if its rows add up to 100 in the other columns too (recognisers/exclusive-blocks.ts)", () => {
  const ofN = (count: number, pct: number, n: number, exact: string) => [
    'percentages',
    'consistent',
    `${count} (${pct})`,
    `${count}/${n} = ${exact}% of the stated total ${n}`,
  ];
  const ofSum = (count: number, pct: number, exact: string) => [
    'percentages',
    'consistent',
    `${count} (${pct})`,
    `${count}/820 = ${exact}% of 820, the sum of the counts (the percentages add up to 100%)`,
  ];

  it('comorbidities that add up to 98 in one column (49 + 24 + 13 + 12) and to 61 in the other are shares of the header n; a misprinted share of a real variable is still flagged', () => {
    const text =
      'Table 1. Baseline characteristics by treatment\nCharacteristic | Treated (n = 820) | Untreated (n = 180) | P\nComorbidity, n (%) | | |\nHeart failure | 402 (49) | 36 (20) | <.001\nDiabetes | 197 (24) | 27 (15) | .008\nAsthma | 107 (13) | 29 (16) | .26\nKidney disease | 98 (12) | 18 (10) | .45\nSmoking status, n (%) | | |\nNever | 410 (50) | 99 (55) | .41\nFormer | 246 (30) | 54 (32) |\nCurrent | 164 (20) | 27 (15) |\n';
    // Before the fix the treated column's four conditions were read as one variable of
    // 402 + 197 + 107 + 98 = 804 patients: 402/804 = 50.00 (printed 49) and 197/804 = 24.50
    // (printed 24) were flagged. Of the header's 820 every share is right. Smoking status is one
    // variable: 410 + 246 + 164 = 820 (50, 30, 20); in the untreated column 55 + 32 + 15 = 102,
    // so 54 is read of the header's 180: 54/180 = 30.00, printed 32, flagged.
    // Each condition's p against the tests of its 2 × 2 counts (recognisers/count-row-p.ts): .26
    // and .45 are near Pearson's .2778 and .4591 but fit none, and are left unjudged.
    const countP = (table: string, p: string, recomputed: string, verdict = 'consistent') => [
      'p-value',
      verdict,
      `${table}; p ${p}`,
      `counts ${table}: p of Pearson's χ²(1) = ${recomputed}`,
    ];
    expect(findings(text)).toEqual([
      countP(
        '402 : 36 / 418 : 144',
        '< .001',
        "1.2 × 10^-12, with Yates' correction = 2.2 × 10^-12, Fisher's exact = 2.4 × 10^-13",
      ),
      ofN(402, 49, 820, '49.02'),
      ofN(36, 20, 180, '20.00'),
      countP('197 : 27 / 623 : 153', '= .008', "0.0085, with Yates' correction = 0.0114, Fisher's exact = 0.0077"),
      ofN(197, 24, 820, '24.02'),
      ofN(27, 15, 180, '15.00'),
      countP(
        '107 : 29 / 713 : 151',
        '= .26',
        "0.2778, with Yates' correction = 0.3344, Fisher's exact = 0.2808",
        'not-checkable',
      ),
      ofN(107, 13, 820, '13.05'),
      ofN(29, 16, 180, '16.11'),
      countP(
        '98 : 18 / 722 : 162',
        '= .45',
        "0.4591, with Yates' correction = 0.5407, Fisher's exact = 0.5216",
        'not-checkable',
      ),
      ofN(98, 12, 820, '11.95'),
      ofN(18, 10, 180, '10.00'),
      ofSum(410, 50, '50.00'),
      ofN(99, 55, 180, '55.00'),
      ofSum(246, 30, '30.00'),
      ['percentages', 'inconsistent', '54 (32)', '54/180 = 30.00% of the stated total 180'],
      ofSum(164, 20, '20.00'),
      ofN(27, 15, 180, '15.00'),
    ]);
  });

  it('columns of row shares (HTN, non-HTN) have no common total and do not unmake a block of the Total column; a slipped digit there is still found', () => {
    const text =
      'Table 2. Characteristics by hypertension status\nFactor Total HTN Non-HTN P-value\nSex, n (%)\n    Male 220(55.0) 44(20.0) 176(80.0) 0.91\n    Female 180(45.0) 36(20.0) 144(80.0)\nResidence, n (%)\n    Urban 240(60.0) 60(25.0) 180(75.0) 0.02\n    Rural 160(40.0) 20(12.5) 140(87.5)\nOccupation, n (%)\n    Farmer 150(37.5) 30(20.0) 120(80.0) 0.04\n    Trader 90(22.5) 27(30.0) 63(70.0)\n    Teacher 100(24.0) 15(15.0) 85(85.0)\n    Other 60(15.0) 8(13.3) 52(86.7)\n';
    // HTN 20.0 + 20.0 and 25.0 + 12.5 do not add up to 100, but 44 and 36 are 20% of 220 and 180,
    // the rows' own totals, not of one total: the Sex and Residence blocks of the Total column stand
    // (220 + 180 = 240 + 160 = 400), and Occupation, whose shares add up to 99, is of that 400:
    // 100/400 = 25.00, printed 24.0.
    const ofSum = (count: number, pct: string, exact: string) => [
      'percentages',
      'consistent',
      `${count}(${pct})`,
      `${count}/400 = ${exact}% of 400, the sum of the counts (the percentages add up to 100%)`,
    ];
    const ofTable = (count: number, pct: string, exact: string, verdict = 'consistent') => [
      'percentages',
      verdict,
      `${count}(${pct})`,
      `${count}/400 = ${exact}% of the table's total 400`,
    ];
    // The HTN and non-HTN shares are of each row's Total cell (44/220 = 20.0%): read so since
    // recognisers/row-total-column.ts, all consistent.
    const ofRow = (count: number, pct: string, total: number, exact: string) => [
      'percentages',
      'consistent',
      `${count}(${pct})`,
      `${count}/${total} = ${exact}% of the row total ${total}`,
    ];
    expect(findings(text)).toEqual([
      ofSum(220, '55.0', '55.00'),
      ofRow(44, '20.0', 220, '20.00'),
      ofRow(176, '80.0', 220, '80.00'),
      ofSum(180, '45.0', '45.00'),
      ofRow(36, '20.0', 180, '20.00'),
      ofRow(144, '80.0', 180, '80.00'),
      ofSum(240, '60.0', '60.00'),
      ofRow(60, '25.0', 240, '25.00'),
      ofRow(180, '75.0', 240, '75.00'),
      ofSum(160, '40.0', '40.00'),
      ofRow(20, '12.5', 160, '12.50'),
      ofRow(140, '87.5', 160, '87.50'),
      ofTable(150, '37.5', '37.50'),
      ofRow(30, '20.0', 150, '20.00'),
      ofRow(120, '80.0', 150, '80.00'),
      ofTable(90, '22.5', '22.50'),
      ofRow(27, '30.0', 90, '30.00'),
      ofRow(63, '70.0', 90, '70.00'),
      ofTable(100, '24.0', '25.00', 'inconsistent'),
      ofRow(15, '15.0', 100, '15.00'),
      ofRow(85, '85.0', 100, '85.00'),
      ofTable(60, '15.0', '15.00'),
      ofRow(8, '13.3', 60, '13.33'),
      ofRow(52, '86.7', 60, '86.67'),
    ]);
  });
});

describe("found on wild5's held-out part after its one run", () => {
  const rowSum = (count: number, pct: number, total: number, exact: string, verdict = 'consistent') => [
    'percentages',
    verdict,
    `${count} (${pct})`,
    `${count}/${total} = ${exact}% of ${total}, the sum of the row (its percentages add up to 100%)`,
  ];

  it('a numeric category label run together with its first count is the label (recognisers/numeric-labels.ts)', () => {
    const text =
      'Table 3. Number of children and anaemia\nChildren Anaemic (%)Not anaemic (%)\n 1112 (20)448 (80)\n 2130 (26)370 (74)\n 3 or more 45 (30) 105 (70)\n Unknown 17 (25) 53 (75)\n 5121 (35)180 (65)\n';
    // " 1112 (20)448 (80)" is category 1, then 112 and 448: 112/560 = 20.00 and 448/560 = 80.00
    // (before the fix 1112/1560 = 71.28 and 448/1560 = 28.72 were flagged); likewise 130/500 = 26.00.
    // A labelled row is left as it is: 17/70 = 24.29, printed 25. " 5121 (35)180 (65)" is no
    // label run together: neither 121/301 = 40.20 nor 21/201 = 10.45 gives 35, so 5121 stays a count.
    expect(findings(text)).toEqual([
      rowSum(112, 20, 560, '20.00'),
      rowSum(448, 80, 560, '80.00'),
      rowSum(130, 26, 500, '26.00'),
      rowSum(370, 74, 500, '74.00'),
      rowSum(45, 30, 150, '30.00'),
      rowSum(105, 70, 150, '70.00'),
      rowSum(17, 25, 70, '24.29', 'inconsistent'),
      rowSum(53, 75, 70, '75.71', 'inconsistent'),
      rowSum(5121, 35, 5301, '96.60', 'inconsistent'),
      rowSum(180, 65, 5301, '3.40', 'inconsistent'),
    ]);
  });

  it('a sentence broken over a paragraph break is not read as a sentence with one p (recognisers/broken-sentences.ts)', () => {
    const text =
      'The effect of group was approaching significance<br />\n\n[F(1,40) = 3.60, p = .07] and there was significantly better recall<br />\n\nfor words than for pictures (F(1,40) = 12.50, p = .001).\n\nRecall did not differ between the two sessions, t(38) = 2.50, p = .02.\n';
    // "significantly better" is the claim of F(1,40) = 12.50, p = .001 in the next paragraph, not of
    // the .07 (before the fix flagged as "p = .07 is above α = 0.05"). A whole sentence is still
    // read: "did not differ" with p = .02 (t(38) = 2.50 gives p = 0.0169) is flagged.
    expect(findings(text)).toEqual([
      ['p-value', 'consistent', 'F(1,40) = 3.60, p = .07', 'p = 0.0648 to 0.0652 for |F(1, 40)| ∈ [3.595, 3.605]'],
      ['p-value', 'consistent', 'F(1,40) = 12.50, p = .001', 'p = 0.0010 for |F(1, 40)| ∈ [12.495, 12.505]'],
      [
        'conclusion',
        'inconsistent',
        'did not differ between the two sessions, t(38) = 2.50, p = .02',
        'p = .02 is at or below α = 0.05: significant',
      ],
      [
        'p-value',
        'consistent',
        't(38) = 2.50, p = .02',
        'p = 0.0167 to 0.0171 (two-tailed) for |t(38)| ∈ [2.495, 2.505]',
      ],
    ]);
  });
});
