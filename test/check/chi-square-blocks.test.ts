/**
 * Tables of categories by group with one χ² and p per variable and no df printed
 * (recognisers/chi-square-blocks.ts): the df is (categories − 1)(groups − 1) from the table's
 * own rows and count columns. Each case lists every p-value finding of a χ² naskah reports, exactly
 * (the tables' n (%) cells are checked by the share readers, not asserted here).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const pFindings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'p-value' && f.recomputed.includes('χ²'))
    .map((f) => [f.verdict, f.reported, f.recomputed]);

// χ² from R, chisq.test(correct = FALSE) on each block's group counts: sex 1.800 (df 2, p .4066),
// age 1.911 (df 4, p .7521), smoking 2.985 (df 2, p .2248), education 2.158 (df 4, p .7067). The
// education p printed here, .340, is that of χ²(2) = 2.158 (.3399): the df of a 2×3 table, not
// of this 3×3 block.
const SEX = [
  'Sex 1.800 0.407',
  ' Male 60 (50.0%) 23 (57.5%) 20 (50.0%) 17 (42.5%)',
  ' Female 60 (50.0%) 17 (42.5%) 20 (50.0%) 23 (57.5%)',
];
const AGE = [
  'Age, years 1.911 0.752',
  ' <30 36 (30.0%) 10 (25.0%) 14 (35.0%) 12 (30.0%)',
  ' 30-49 54 (45.0%) 18 (45.0%) 16 (40.0%) 20 (50.0%)',
  ' ≥50 30 (25.0%) 12 (30.0%) 10 (25.0%) 8 (20.0%)',
];
const SMOKING = [
  'Current smoker',
  ' Yes 35 (29.2%) 8 (20.0%) 12 (30.0%) 15 (37.5%) 2.985 0.225',
  ' No 85 (70.8%) 32 (80.0%) 28 (70.0%) 25 (62.5%)',
];
const EDUCATION = [
  'Education 2.158 0.340',
  ' Primary 21 (17.5%) 5 (12.5%) 9 (22.5%) 7 (17.5%)',
  ' Secondary 60 (50.0%) 20 (50.0%) 18 (45.0%) 22 (55.0%)',
  ' Tertiary 39 (32.5%) 15 (37.5%) 13 (32.5%) 11 (27.5%)',
];
const HEADER = 'Characteristic Total (N = 120) Group A (N = 40) Group B (N = 40) Group C (N = 40) χ2 P';
const table = (header: string, blocks: string[][], note = 'Values are n (%).') =>
  ['Table 1.', '', 'Characteristics of the participants by group.', '', header, ...blocks.flat(), '', note].join('\n');

describe('χ² blocks whose df follows from the table', () => {
  it('three groups (a total column first): df = (rows − 1)·2 per variable, its χ² and p on its line or a row', () => {
    expect(pFindings(table(HEADER.replace('χ2 P', 'χ2 value P value'), [SEX, AGE, SMOKING, EDUCATION]))).toEqual(
      pFindings(table(HEADER, [SEX, AGE, SMOKING, EDUCATION])),
    );
    expect(pFindings(table(HEADER, [SEX, AGE, SMOKING, EDUCATION]))).toEqual([
      ['consistent', '1.800 0.407', 'p = 0.4065 to 0.4067 for |χ²(2)| ∈ [1.7995, 1.8005]'],
      ['consistent', '1.911 0.752', 'p = 0.7520 to 0.7522 for |χ²(4)| ∈ [1.9105, 1.9115]'],
      ['consistent', '2.985 0.225', 'p = 0.2248 to 0.2249 for |χ²(2)| ∈ [2.9845, 2.9855]'],
      ['inconsistent', '2.158 0.340', 'p = 0.7066 to 0.7068 for |χ²(4)| ∈ [2.1575, 2.1585]'],
    ]);
  });

  it('a row of means between variables ends a block without making it unread', () => {
    const age = 'Age, years (mean ± SD) 45.2 ± 3.1 44.8 ± 3.3 45.9 ± 2.9 44.9 ± 3.0 1.31 0.274';
    expect(pFindings(table(HEADER, [SEX, [age], AGE, SMOKING, EDUCATION]))).toEqual([
      ['consistent', '1.800 0.407', 'p = 0.4065 to 0.4067 for |χ²(2)| ∈ [1.7995, 1.8005]'],
      ['consistent', '1.911 0.752', 'p = 0.7520 to 0.7522 for |χ²(4)| ∈ [1.9105, 1.9115]'],
      ['consistent', '2.985 0.225', 'p = 0.2248 to 0.2249 for |χ²(2)| ∈ [2.9845, 2.9855]'],
      ['inconsistent', '2.158 0.340', 'p = 0.7066 to 0.7068 for |χ²(4)| ∈ [2.1575, 2.1585]'],
    ]);
  });

  it('is not read when the layout or the test is not certain', () => {
    // Fewer than three blocks: too few p's to confirm the df. (The counts confirm it instead:
    // both χ² are those of their blocks' counts, so chi-square-count-blocks.ts reads them.)
    expect(pFindings(table(HEADER, [SEX, EDUCATION]))).toEqual([
      ['consistent', '1.800 0.407', 'p = 0.4065 to 0.4067 for |χ²(2)| ∈ [1.7995, 1.8005]'],
      ['inconsistent', '2.158 0.340', 'p = 0.7066 to 0.7068 for |χ²(4)| ∈ [2.1575, 2.1585]'],
    ]);
    // A statistic column serving two tests, or a note naming an exact test.
    expect(pFindings(table(HEADER.replace('χ2 P', 'χ2 or t P'), [SEX, AGE, SMOKING, EDUCATION]))).toEqual([]);
    expect(
      pFindings(
        table(HEADER, [SEX, AGE, SMOKING, EDUCATION], 'a Fisher’s exact test where an expected count is below 5.'),
      ),
    ).toEqual([]);
    // Most p's do not fit the df read: the layout is not what it seems. Here every p is that of
    // df 2 (R: pchisq(c(1.911, 2.158, 4.300), 2, lower.tail = FALSE) = .3846, .3399, .1165) under
    // blocks of three categories by three groups (df 4).
    const region = ['Region 4.300 0.117', ' North 36 (30.0%) 10 (25.0%) 14 (35.0%) 12 (30.0%)', ...AGE.slice(2)];
    const df2 = [AGE.map((l) => l.replace('0.752', '0.385')), EDUCATION, region];
    // …unless the counts confirm it: the age and education χ² are those of their 3 × 3 blocks'
    // counts, whose df is 4 (chi-square-count-blocks.ts), so their p's of df 2 are wrong. The
    // region block's counts give 1.911, not 4.300: a block larger than 2 × 2 whose χ² is not that
    // of its counts may be of merged categories (fewer df), so its p is not checked.
    expect(pFindings(table(HEADER, df2))).toEqual([
      ['inconsistent', '1.911 0.385', 'p = 0.7520 to 0.7522 for |χ²(4)| ∈ [1.9105, 1.9115]'],
      ['inconsistent', '2.158 0.340', 'p = 0.7066 to 0.7068 for |χ²(4)| ∈ [2.1575, 2.1585]'],
    ]);
  });

  it('a block with a row the layout does not explain is left out', () => {
    // A cell of a row printed as a bare count among n (%) cells: which group it is, is not certain,
    // and without the row the block's df would be read as 2.
    const bare = [AGE[0]!, AGE[1]!, ' 30-49 54 (45.0%) 18 (45.0%) 16 20 (50.0%)', AGE[3]!];
    expect(pFindings(table(HEADER, [SEX, bare, SMOKING, EDUCATION]))).toEqual([
      ['consistent', '1.800 0.407', 'p = 0.4065 to 0.4067 for |χ²(2)| ∈ [1.7995, 1.8005]'],
      ['consistent', '2.985 0.225', 'p = 0.2248 to 0.2249 for |χ²(2)| ∈ [2.9845, 2.9855]'],
      ['inconsistent', '2.158 0.340', 'p = 0.7066 to 0.7068 for |χ²(4)| ∈ [2.1575, 2.1585]'],
    ]);
  });
});

describe('rows of a χ² block that are not categories of its test', () => {
  // Each p is that of the printed χ² with (categories − 1)(2 − 1) df; the χ²'s are not recomputed
  // from the counts (naskah does not either): 1 - pchisq(0.54, 1) = 0.4624, 1 - pchisq(6.35, 2) =
  // exp(-6.35/2) = 0.0418, exp(-3.84/2) = 0.1466, 1 - pchisq(4.18, 1) = 0.0409, exp(-5.99/2) = 0.0500.
  const HEAD = [
    'Table 2. Characteristics by vaccination status',
    'Variables Vaccinated (n = 120) Unvaccinated (n = 80) χ2 p',
    'Sex 0.54 0.462',
    'Male 60 (50.0) 36 (45.0)',
    'Female 60 (50.0) 44 (55.0)',
    'Age group 6.35 0.042',
    '18-34 30 (25.0) 32 (40.0)',
    '35-54 50 (41.7) 28 (35.0)',
    '55+ 40 (33.3) 20 (25.0)',
    'Education 3.84 0.147',
    'Primary 40 (33.3) 35 (43.8)',
    'Secondary 50 (41.7) 30 (37.5)',
    'Tertiary 30 (25.0) 15 (18.8)',
  ];
  const HEAD_P = [
    ['consistent', '0.54 0.462', 'p = 0.4604 to 0.4645 for |χ²(1)| ∈ [0.535, 0.545]'],
    ['consistent', '6.35 0.042', 'p = 0.0417 to 0.0419 for |χ²(2)| ∈ [6.345, 6.355]'],
    ['consistent', '3.84 0.147', 'p = 0.1462 to 0.1470 for |χ²(2)| ∈ [3.835, 3.845]'],
  ];

  it('a block’s Total row is not a category', () => {
    // Counted as a third category, smoking's χ²(2) = 0.54 would give p = .764, not .462.
    const text = [
      ...HEAD,
      'Smoking 0.54 0.462',
      'Yes 60 (50.0) 36 (45.0)',
      'No 60 (50.0) 44 (55.0)',
      'Total 120 (100) 80 (100)',
    ];
    expect(pFindings(text.join('\n'))).toEqual([
      ...HEAD_P,
      ['consistent', '0.54 0.462', 'p = 0.4604 to 0.4645 for |χ²(1)| ∈ [0.535, 0.545]'],
    ]);
  });

  it('a row of missing values, which the test may have left out, leaves its block unread', () => {
    // With the Missing row residence has 3 categories: χ²(2) = 4.18 gives .124; without, χ²(1) gives .041.
    const text = [
      ...HEAD,
      'Residence 4.18 0.041',
      'Urban 70 (58.3) 35 (43.8)',
      'Rural 45 (37.5) 42 (52.5)',
      'Missing 5 (4.2) 3 (3.8)',
    ];
    expect(pFindings(text.join('\n'))).toEqual(HEAD_P);
  });

  it('a category printed empty (dashes, or its label alone) leaves its block unread', () => {
    // Read as the start of another block, 'Widowed' would leave marital status two categories:
    // χ²(1) = 5.99 gives .014, not the .050 of χ²(2).
    for (const empty of ['Widowed - -', 'Widowed']) {
      const text = [
        ...HEAD,
        'Marital status 5.99 0.050',
        'Married 70 (58.3) 35 (43.8)',
        'Single 40 (33.3) 35 (43.8)',
        empty,
        'Divorced 10 (8.3) 10 (12.5)',
      ];
      expect(pFindings(text.join('\n'))).toEqual(HEAD_P);
    }
  });

  it('a variable’s label line before its rows, the χ² on a row, still starts a block of its own', () => {
    const text = [...HEAD, 'Parity', 'Primiparous 60 (50.0) 36 (45.0) 0.54 0.462', 'Multiparous 60 (50.0) 44 (55.0)'];
    expect(pFindings(text.join('\n'))).toEqual([
      ...HEAD_P,
      ['consistent', '0.54 0.462', 'p = 0.4604 to 0.4645 for |χ²(1)| ∈ [0.535, 0.545]'],
    ]);
  });
});
