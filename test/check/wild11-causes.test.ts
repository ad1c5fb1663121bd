/**
 * A misreading seen in the wild11 sample, fixed in general: counts whose thousands are grouped by
 * a space (SI style, "601 733", "21 132 (3.51)" in a table of cancer cases and controls) were
 * read by their last group only ("132 (3.51)"). In that table the tails found no total, but in
 * prose the tails add up to a false total and every share is flagged: "Of 12 450 patients, 2 130
 * (17.1%) … 10 320 (82.9%)" was read as 130 and 320 of 450 (recognisers/percentages.ts, its
 * count-then-share pattern), and a table's "(n = 3 208)" over "Male 1 412 (44.0)" as 412 and 796 of
 * 1 208. Where the text shows such grouping, the spaces inside a number placed as one (a sample
 * size, a count before its share, a table cell) are now read as thousands separators, one
 * character for one (recognisers/space-grouped-counts.ts, applied by source.ts). Probing the
 * same misreading found a second: a df grouped in thousands ("t = 2.45, df = 1,198, p = .014") was
 * read as 1.198 (or, grouped by a space, as 1), and its p flagged as a decision error
 * (recognisers/statements.ts, a df written apart from its statistic); in English such a df is
 * now the whole number (recognisers/grouped-df.ts). And a baseline table's continuous row with its
 * unit after a comma ("HbA1c, mmol/mol 53 (11)" under "Male, n (%) 98 (49.0)") was read as 53
 * people, 11% of the table's n (recognisers/row-shares.ts); such a label is now a continuous
 * variable's (recognisers/continuous-rows.ts), as "HbA1c (mmol/mol)" was; a row without a unit
 * ("Heart rate 82 (12)") is told by its whole numbers among shares printed with decimals, and read
 * only where it fits as a share (recognisers/whole-number-spread-rows.ts), as is a row whose label
 * names a measurement ("Heart rate 82 (12.1)", recognisers/measure-named-rows.ts). Shares of a
 * group sized or named beside them ("(n=55), 22 orang (40%)", "7 (10.0%) of the 70 women") were held
 * to the sentence's totals (recognisers/group-size-before-count.ts, named-subgroup-shares.ts). Tested on text written
 * for the test; each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { joinSpaceGroupedThousands } from '../../src/check/recognisers/space-grouped-counts.ts';

const findings = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('counts with thousands grouped by a space (space-grouped-counts.ts)', () => {
  it('reads "2 130 (17.1%)" as 2 130 of 12 450, not 130 of 450 (before the fix: two inconsistent shares)', () => {
    // 2130/12450 = 17.108%, 10320/12450 = 82.892%: both shares of the stated 12 450 are right.
    expect(findings('Of 12 450 patients, 2 130 (17.1%) had diabetes and 10 320 (82.9%) did not.', 'en')).toEqual([
      ['percentages', 'consistent', '2 130 (17.1%)', '2130/12450 = 17.11% of the stated total 12450'],
      ['percentages', 'consistent', '10 320 (82.9%)', '10320/12450 = 82.89% of the stated total 12450'],
    ]);
  });

  it('reads the same grouping in Indonesian prose', () => {
    expect(
      findings(
        'Dari 12 450 responden, sebanyak 2 130 orang (17,1%) menderita diabetes dan 10 320 orang (82,9%) tidak.',
        'id',
      ),
    ).toEqual([
      ['percentages', 'consistent', '2 130 orang (17,1%)', '2130/12450 = 17,11% dari total 12450 yang disebutkan'],
      ['percentages', 'consistent', '10 320 orang (82,9%)', '10320/12450 = 82,89% dari total 12450 yang disebutkan'],
    ]);
  });

  it('still flags a wrong share of a space-grouped count', () => {
    // 2130/12450 = 17.11%, printed 21.7; 10320/12450 = 82.89%, printed 78.3 (they still add up to 100).
    const out = findings('Of 12 450 patients, 2 130 (21.7%) had diabetes and 10 320 (78.3%) did not.', 'en');
    expect(out.map((f) => [f[0], f[1], f[2]])).toEqual([
      ['percentages', 'inconsistent', '2 130 (21.7%)'],
      ['percentages', 'inconsistent', '10 320 (78.3%)'],
    ]);
  });

  it("keeps a row's total and its count apart: 535 then 489 (91.4%), 489/535 = 91.40%", () => {
    expect(
      findings('Of the 2 406 932 controls, 535 489 (91.4%) had been vaccinated and 46 (8.6%) had not.', 'en'),
    ).toEqual([
      [
        'percentages',
        'consistent',
        '489 (91.4%)',
        '489/535 = 91.40% of 535, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'consistent',
        '46 (8.6%)',
        '46/535 = 8.60% of 535, the sum of the counts (the percentages add up to 100%)',
      ],
    ]);
  });

  it('joins nothing where the sentence shows no such grouping', () => {
    // "aged 12 were 45 130": two numbers; 130/520 = 25.00%, 390/520 = 75.00%.
    expect(findings('Boys aged 12 were 45 130 (25.0%) and girls 390 (75.0%).', 'en')).toEqual([
      [
        'percentages',
        'consistent',
        '130 (25.0%)',
        '130/520 = 25.00% of 520, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'consistent',
        '390 (75.0%)',
        '390/520 = 75.00% of 520, the sum of the counts (the percentages add up to 100%)',
      ],
    ]);
  });

  it("reads a table's rows under a header n written with spaces (before the fix: 412 and 796 of 1 208)", () => {
    // 1412 + 1796 = 3208; 1412/3208 = 44.01%, 1796/3208 = 55.99%. Before the fix the tails 412 and
    // 796 were held to their sum 1 208: two inconsistent shares. The rows are now read as 1 412 and
    // 1 796, which this table reader does not take with a thousands separator: no finding.
    expect(findings('Table 2. Patients (n = 3 208)\nMale 1 412 (44.0)\nFemale 1 796 (56.0)', 'en')).toEqual([]);
  });

  it('reads cells of a tab-separated table of cases and controls with spaced thousands', () => {
    // 6100/12450 = 49.00%, 12200/24900 = 49.00%; 6350/12450 = 51.00%, 12700/24900 = 51.00%.
    const text =
      'Characteristic\tCases (n = 12 450)\tControls (n = 24 900)\nMale\t6 100 (49.0)\t12 200 (49.0)\nFemale\t6 350 (51.0)\t12 700 (51.0)';
    expect(findings(text, 'en').map((f) => [f[0], f[1], f[3]])).toEqual([
      [
        'percentages',
        'consistent',
        '6100/12450 = 49.00% of 12450, the sum of the counts (the percentages add up to 100%); 12200/24900 = 49.00% of 24900, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'consistent',
        '6350/12450 = 51.00% of 12450, the sum of the counts (the percentages add up to 100%); 12700/24900 = 51.00% of 24900, the sum of the counts (the percentages add up to 100%)',
      ],
    ]);
  });

  it('respells only numbers the text shows are grouped, one character for one', () => {
    const prose = 'Of 12 450 patients, 2 130 (17.1%) had diabetes.';
    expect(joinSpaceGroupedThousands(prose, 'en')).toBe('Of 12,450 patients, 2,130 (17.1%) had diabetes.');
    expect(joinSpaceGroupedThousands(prose, 'id')).toBe('Of 12.450 patients, 2.130 (17.1%) had diabetes.');
    // No number placed as a sample size or before people: nothing is joined.
    expect(joinSpaceGroupedThousands('Xilinhot 842 578 (68.6) 264 (31.4)', 'en')).toBe(
      'Xilinhot 842 578 (68.6) 264 (31.4)',
    );
    // A row's total and its count (578/842 = 68.6%), a range's end, a label's number: kept apart.
    const table = 'Controls (n = 2 406 932)\nXilinhot 842 578 (68.6)\n51-70 106 (50.2)\nTable 2 100 patients';
    expect(joinSpaceGroupedThousands(table, 'en')).toBe(
      'Controls (n = 2,406,932)\nXilinhot 842 578 (68.6)\n51-70 106 (50.2)\nTable 2 100 patients',
    );
    // A label ending in its own number ("Grade 3", "Week 2") is followed by the row's count.
    expect(joinSpaceGroupedThousands('Table 1 (n = 12 450)\nGrade 3 120 (25.0)\nWeek 2 450 (30.1)', 'en')).toBe(
      'Table 1 (n = 12,450)\nGrade 3 120 (25.0)\nWeek 2 450 (30.1)',
    );
  });
});

describe('a df with thousands grouped (grouped-df.ts, space-grouped-counts.ts)', () => {
  it('reads "df = 1,198" in English as 1198 (before the fix: df 1.198, p = .21, a decision error)', () => {
    // t(1198) = 2.45: two-tailed p = .0144 (.0142 to .0146 for t from 2.445 to 2.455), printed .014.
    expect(findings('The difference was significant (t = 2.45, df = 1,198, p = .014).', 'en')).toEqual([
      [
        'conclusion',
        'consistent',
        'was significant (t = 2.45, df = 1,198, p = .014',
        'p = .014 is at or below α = 0.05: significant',
      ],
      [
        'p-value',
        'consistent',
        't = 2.45, df = 1,198, p = .014',
        'p = 0.0142 to 0.0146 (two-tailed) for |t(1198)| ∈ [2.445, 2.455]',
      ],
    ]);
  });

  it('reads "df = 1 198" (grouped by a space) the same way (before the fix: df 1, a decision error)', () => {
    expect(findings('The difference was significant (t = 2.45, df = 1 198, p = .014).', 'en')).toEqual([
      [
        'conclusion',
        'consistent',
        'was significant (t = 2.45, df = 1 198, p = .014',
        'p = .014 is at or below α = 0.05: significant',
      ],
      [
        'p-value',
        'consistent',
        't = 2.45, df = 1 198, p = .014',
        'p = 0.0142 to 0.0146 (two-tailed) for |t(1198)| ∈ [2.445, 2.455]',
      ],
    ]);
  });

  it('keeps a Welch df with its decimals: t(45.21) = 2.45 gives p = .0182', () => {
    expect(findings('Welch t = 2.45, df = 45.21, p = .018', 'en')).toEqual([
      [
        'p-value',
        'consistent',
        't = 2.45, df = 45.21, p = .018',
        'p = 0.0180 to 0.0184 (two-tailed) for |t(45.21)| ∈ [2.445, 2.455]',
      ],
    ]);
  });
});

describe('a continuous variable labelled with its unit after a comma (continuous-rows.ts)', () => {
  it('does not read "HbA1c, mmol/mol 53 (11)" under n (%) rows as 53 people, 11% (before the fix: inconsistent, 53/200)', () => {
    // 98/200 = 49.00%, 102/200 = 51.00%, 40/200 = 20.00%, 50/200 = 25.00%. HbA1c 53 (11) and BMI
    // 27 (4) are means (SD): no finding.
    const text =
      'Table 1. Baseline characteristics (n = 200)\nAge, years, median (IQR) 45 (38–52)\nMale, n (%) 98 (49.0)\nFemale, n (%) 102 (51.0)\nSmoker, n (%) 40 (20.0)\nHbA1c, mmol/mol 53 (11)\nBMI, kg/m2 27 (4)\nBMI ≥30 kg/m2, n (%) 50 (25.0)';
    expect(findings(text, 'en')).toEqual([
      [
        'percentages',
        'consistent',
        '98 (49.0)',
        '98/200 = 49.00% of 200, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'consistent',
        '102 (51.0)',
        '102/200 = 51.00% of 200, the sum of the counts (the percentages add up to 100%)',
      ],
      ['percentages', 'consistent', '40 (20.0)', '40/200 = 20.00% of the stated total 200'],
      ['percentages', 'consistent', '50 (25.0)', '50/200 = 25.00% of the stated total 200'],
    ]);
  });
});

describe('a mean (SD) row told by its whole numbers among shares with decimals (whole-number-spread-rows.ts)', () => {
  const consistent = (count: number, pct: string, rest: string) => [
    'percentages',
    'consistent',
    `${count} (${pct})`,
    rest,
  ];

  it('reads no share from "Heart rate 82 (12)" beside "Male, n (%) 98 (49.0)" (before the fix: three inconsistent rows)', () => {
    // Before: 138/200 = 69.00% (printed 18), 82/200 = 41.00% (12), 18/200 = 9.00% (7), all flagged.
    const text =
      'Table 1. Patients (n = 200)\nMale, n (%) 98 (49.0)\nFemale, n (%) 102 (51.0)\nSystolic blood pressure 138 (18)\nHeart rate 82 (12)\nAPACHE II score 18 (7)\nSmoker, n (%) 40 (20.0)';
    expect(findings(text, 'en')).toEqual([
      consistent(98, '49.0', '98/200 = 49.00% of 200, the sum of the counts (the percentages add up to 100%)'),
      consistent(102, '51.0', '102/200 = 51.00% of 200, the sum of the counts (the percentages add up to 100%)'),
      consistent(40, '20.0', '40/200 = 20.00% of the stated total 200'),
    ]);
  });

  it('does the same in an Indonesian table (before the fix: "Skor depresi 12 (5)" and "Umur, tahun 34 (6)" flagged)', () => {
    const text =
      'Tabel 1. Karakteristik responden (n = 80), n (%)\nLaki-laki 36 (45,0)\nPerempuan 44 (55,0)\nSkor depresi 12 (5)\nUmur, tahun 34 (6)';
    expect(findings(text, 'id')).toEqual([
      [
        'percentages',
        'consistent',
        '36 (45,0)',
        '36/80 = 45,00% dari 80, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'consistent',
        '44 (55,0)',
        '44/80 = 55,00% dari 80, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
    ]);
  });

  it('still checks a whole-number share that fits, and leaves one that does not (the price of the rule)', () => {
    // 40/200 = 20% fits "40 (20)". "Former smoker 60 (25)" would be 30%: a misprint or a mean (SD)
    // by its format; it is not read (a share printed to whole numbers among decimals is doubtful).
    const text =
      'Table 1. Patients (n = 200)\nMale, n (%) 98 (49.0)\nFemale, n (%) 102 (51.0)\nCurrent smoker 40 (20)\nFormer smoker 60 (25)';
    expect(findings(text, 'en')).toEqual([
      consistent(98, '49.0', '98/200 = 49.00% of 200, the sum of the counts (the percentages add up to 100%)'),
      consistent(102, '51.0', '102/200 = 51.00% of 200, the sum of the counts (the percentages add up to 100%)'),
      consistent(40, '20', '40/200 = 20.00% of the stated total 200'),
    ]);
  });
});

describe('a row whose label names a measurement (measure-named-rows.ts)', () => {
  it('reads no share from "Heart rate 82 (12.1)" where it does not fit, and still flags a category row', () => {
    // Before the fix: 82/200 = 41.00% (printed 12.1) and 138/200 = 69.00% (18.4) were flagged. "Age 65
    // or over 60 (31.0)" is a category's row: 60/200 = 30.00%, printed 31.0, still flagged.
    const text =
      'Table 1. Patients (n = 200)\nMale, n (%) 98 (49.0)\nFemale, n (%) 102 (51.0)\nHeart rate 82 (12.1)\nSystolic blood pressure 138 (18.4)\nHigh blood pressure 90 (45.0)\nBMI ≥30 kg/m2 50 (25.0)\nAge 65 or over 60 (31.0)\nSmoker, n (%) 40 (20.0)';
    expect(findings(text, 'en').map((f) => [f[1], f[2]])).toEqual([
      ['consistent', '98 (49.0)'],
      ['consistent', '102 (51.0)'],
      ['consistent', '90 (45.0)'],
      ['consistent', '50 (25.0)'],
      ['inconsistent', '60 (31.0)'],
      ['consistent', '40 (20.0)'],
    ]);
  });

  it('does the same for "Tekanan darah sistolik 138 (18,4)" in Indonesian', () => {
    // 36/80 = 45,00%, 44/80 = 55,00%, 30/80 = 37,50%; 138 (18,4) is a mean (SD).
    const text =
      'Tabel 1. Karakteristik (n = 80), n (%)\nLaki-laki 36 (45,0)\nPerempuan 44 (55,0)\nTekanan darah sistolik 138 (18,4)\nHipertensi 30 (37,5)';
    expect(findings(text, 'id').map((f) => [f[1], f[2]])).toEqual([
      ['consistent', '36 (45,0)'],
      ['consistent', '44 (55,0)'],
      ['consistent', '30 (37,5)'],
    ]);
  });
});

describe('numbered categories run into their counts (numbered-category-glue.ts)', () => {
  it('reads no share from rows " 0240 (30.0)236 (29.5)" … " 61 (0.1)1 (0.1)" (before the fix: two false alarms)', () => {
    // Categories 0 to 6 glued to arm A's counts 240, 320, 160, 60, 14, 6, 1 (n = 801) beside arm B's
    // 236, 324, 158, 62, 16, 3, 1 (n = 800). Before the fix: "61 (0.1)" read as 61/801 = 7.62%, and
    // arm B's block held to 799, a sum without row 6's count (324/799 = 40.55%, "40.6"): both flagged.
    // Now those rows are not read: 400/801 = 49.94%, 410/800 = 51.25%, 200/801 = 24.97%, 196/800 = 24.50%.
    const text =
      'Table 1\n\nBaseline characteristics of participants: n (%) unless otherwise stated.\n\nCharacteristicsArm A n = 801Arm B n = 800\nMales400 (49.9)410 (51.3)\nNumber of children:\n 0240 (30.0)236 (29.5)\n 1320 (40.0)324 (40.5)\n 2160 (20.0)158 (19.8)\n 360 (7.5)62 (7.8)\n 414 (1.7)16 (2.0)\n 56 (0.7)3 (0.4)\n 61 (0.1)1 (0.1)\nCurrent smoker200 (25.0)196 (24.5)';
    expect(findings(text, 'en').map((f) => [f[1], f[2]])).toEqual([
      ['consistent', '400 (49.9)'],
      ['consistent', '410 (51.3)'],
      ['consistent', '200 (25.0)'],
      ['consistent', '196 (24.5)'],
    ]);
  });

  it('still reads row percentages whose rows add up to 100 ("1146 (25)439 (75)": 146 of 585)', () => {
    // 146/585 = 24.96%, 439/585 = 75.04%; 86/465 = 18.49%, 379/465 = 81.51%; 39/123 = 31.71%, 84/123 = 68.29%.
    const text =
      'Table 3. Anaemia by number of under five children, n (%)\nAnaemicNot anaemic\n 1146 (25)439 (75)\n 286 (18.5)379 (81.5)\n 339 (31.7)84 (68.3)';
    expect(findings(text, 'en').map((f) => [f[1], f[2]])).toEqual([
      ['consistent', '146 (25)'],
      ['consistent', '439 (75)'],
      ['consistent', '86 (18.5)'],
      ['consistent', '379 (81.5)'],
      ['consistent', '39 (31.7)'],
      ['consistent', '84 (68.3)'],
    ]);
  });
});

describe('shares of a group sized or named next to them (group-size-before-count.ts, named-subgroup-shares.ts)', () => {
  it('holds "(n=55), 22 orang (40%)" to its group of 55 (before the fix: both shares held to their sum 37)', () => {
    // 15/25 = 60,00%, 22/55 = 40,00%; read against 15 + 22 = 37 (the shares add up to 100): 40,54% and 59,46%.
    const text =
      'Sebanyak 80 responden diteliti. Pada kelompok umur <30 tahun (n=25), 15 orang (60%) patuh; pada kelompok ≥30 tahun (n=55), 22 orang (40%) patuh.';
    expect(findings(text, 'id')).toEqual([
      ['percentages', 'consistent', '15 orang (60%)', '15/25 = 60,00% dari total 25 yang ditulis bersamanya'],
      ['percentages', 'consistent', '22 orang (40%)', '22/55 = 40,00% dari total 55 yang ditulis bersamanya'],
    ]);
  });

  it('still flags a wrong share of its group: 45 of 60 printed 70.0% (75.00%)', () => {
    const text =
      'In the intervention group (n = 60), 45 (70.0%) improved, and in the control group (n = 58), 29 (50.0%) did.';
    expect(findings(text, 'en')).toEqual([
      ['percentages', 'inconsistent', '45 (70.0%)', '45/60 = 75.00% of the total 60 printed with it'],
      ['percentages', 'consistent', '29 (50.0%)', '29/58 = 50.00% of the total 58 printed with it'],
    ]);
  });

  it('reads "7 (10.0%) of the 70 women" of 70 and leaves "20 (66.7%) of the men" (before the fix: both of the 100)', () => {
    // Before: 20/100 = 20.00% and 7/100 = 7.00% of the stated total 100, both inconsistent.
    const text = 'Of the 100 respondents, 30 were men; 20 (66.7%) of the men and 7 (10.0%) of the 70 women smoked.';
    expect(findings(text, 'en')).toEqual([
      ['percentages', 'consistent', '7 (10.0%)', '7/70 = 10.00% of the total 70 printed with it'],
    ]);
  });
});

describe('a share of a group the sentence sized before it (named-subgroup-shares.ts, sizedGroupShares)', () => {
  it('holds "30 (20.0%) men" to the 150 men (before the fix: 30/350 = 8.57%, flagged, and 20/350)', () => {
    // 30/150 = 20.00%, 20/200 = 10.00%.
    const text = 'Among 350 participants (150 men and 200 women), 30 (20.0%) men and 20 (10.0%) women smoked.';
    expect(findings(text, 'en')).toEqual([
      ['percentages', 'consistent', '30 (20.0%)', '30/150 = 20.00% of the total 150 printed with it'],
      ['percentages', 'consistent', '20 (10.0%)', '20/200 = 10.00% of the total 200 printed with it'],
    ]);
  });

  it('does the same after "pada laki-laki" in Indonesian, and still flags a wrong share of its group', () => {
    const text =
      'Sebanyak 350 responden (150 laki-laki dan 200 perempuan); yang merokok 30 orang (25,0%) pada laki-laki dan 20 orang (10,0%) pada perempuan.';
    // 30/150 = 20,00%, printed 25,0: a real error; 20/200 = 10,00%.
    expect(findings(text, 'id')).toEqual([
      ['percentages', 'inconsistent', '30 orang (25,0%)', '30/150 = 20,00% dari total 150 yang ditulis bersamanya'],
      ['percentages', 'consistent', '20 orang (10,0%)', '20/200 = 10,00% dari total 200 yang ditulis bersamanya'],
    ]);
  });

  it("takes no subgroup from the sample's own noun: 45 (37.5%) students of the 120 students", () => {
    expect(findings('Of 120 students, 45 (37.5%) students were male and 75 (62.5%) were female.', 'en')).toEqual([
      ['percentages', 'consistent', '45 (37.5%)', '45/120 = 37.50% of the stated total 120'],
      ['percentages', 'consistent', '75 (62.5%)', '75/120 = 62.50% of the stated total 120'],
    ]);
  });
});
