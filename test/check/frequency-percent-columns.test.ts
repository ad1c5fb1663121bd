/**
 * English frequency tables with no total row (recognisers/frequency-percent-columns.ts): a
 * count and a percentage per category, one variable after another, each share against its
 * variable's own sum, the n its label states, or the total the other variables share. Tables
 * written for these tests; every recomputation is stated next to its row.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const SUM = 'the sum of the counts (the percentages add up to 100%)';

describe('frequency and percent columns without a total row', () => {
  it('finds each variable its total, and checks a share that fits none against the table total', () => {
    const text = [
      'Table 1. Characteristics of the respondents',
      'Variable Category Frequency Percent',
      'Sex Male 48 40.0',
      'Female 72 60.0',
      'Age group 18–29 30 25.0',
      '30–49 54 45.0',
      '≥ 50 36 30.0',
      'Not stated 0 0.0',
      'Smoking (n=110) Never 66 60.0',
      'Former 22 20.0',
      'Current 22 20.0',
      'Income Low 50 43.9',
      'Middle 40 35.1',
      'High 24 21.1',
      'Media exposure Yes 90 75.0',
      'No 28 25.0',
    ].join('\n');
    expect(findings(text)).toEqual([
      // Sex and age both add up to 120: the table's total.
      ['percentages', 'consistent', '48 40.0', `48/120 = 40.00% of 120, ${SUM}`],
      ['percentages', 'consistent', '72 60.0', `72/120 = 60.00% of 120, ${SUM}`],
      ['percentages', 'consistent', '30 25.0', `30/120 = 25.00% of 120, ${SUM}`],
      ['percentages', 'consistent', '54 45.0', `54/120 = 45.00% of 120, ${SUM}`],
      ['percentages', 'consistent', '36 30.0', `36/120 = 30.00% of 120, ${SUM}`],
      // A zero share closes the list before it rather than opening the next.
      ['percentages', 'consistent', '0 0.0', `0/120 = 0.00% of 120, ${SUM}`],
      ['percentages', 'consistent', '66 60.0', '66/110 = 60.00% of the stated total 110'],
      ['percentages', 'consistent', '22 20.0', '22/110 = 20.00% of the stated total 110'],
      ['percentages', 'consistent', '22 20.0', '22/110 = 20.00% of the stated total 110'],
      // Income has missing answers: 50 + 40 + 24 = 114, and 43.86, 35.09, 21.05 round as printed.
      ['percentages', 'consistent', '50 43.9', `50/114 = 43.86% of 114, ${SUM}`],
      ['percentages', 'consistent', '40 35.1', `40/114 = 35.09% of 114, ${SUM}`],
      ['percentages', 'consistent', '24 21.1', `24/114 = 21.05% of 114, ${SUM}`],
      // 90 + 28 = 118, but 90 is 75.0% of the table's 120 (76.27% of 118); 28 is 23.33% of 120
      // and 23.73% of 118, printed 25.0: a misprint either way.
      ['percentages', 'consistent', '90 75.0', "90/120 = 75.00% of the table's total 120"],
      ['percentages', 'inconsistent', '28 25.0', "28/120 = 23.33% of the table's total 120"],
    ]);
  });

  it('reads a table given one cell per line', () => {
    const text =
      'Table 2: Characteristics of the participants\n\nCharacteristics\n\nCategories\n\nFrequency\n\nPercent (%)\n\n \n\nSex\n\nMale\n\n21\n\n42.0\n\n \n\nFemale\n\n29\n\n58.0\n\n \n\nAge\n\n< 60\n\n33\n\n66.0\n\n \n\n≥ 60\n\n17\n\n34.0';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '21 42.0', `21/50 = 42.00% of 50, ${SUM}`],
      ['percentages', 'consistent', '29 58.0', `29/50 = 58.00% of 50, ${SUM}`],
      ['percentages', 'consistent', '33 66.0', `33/50 = 66.00% of 50, ${SUM}`],
      ['percentages', 'consistent', '17 34.0', `17/50 = 34.00% of 50, ${SUM}`],
    ]);
  });

  it('is not read when the layout is not certain', () => {
    const header = 'Table 3. Respondents\nVariable Category Frequency Percent\n';
    // Two groups side by side: a second count and percentage where the next row would start.
    expect(
      findings(
        `${header}Sex Male 48 40.0 50 41.7\nFemale 72 60.0 70 58.3\nAge Young 60 50.0 60 50.0\nOld 60 50.0 60 50.0`,
      ),
    ).toEqual([]);
    // A cumulative percent column.
    expect(
      findings(
        'Variable Frequency Percent Cumulative percent\nMale 48 40.0 40.0\nFemale 72 61.0 100.0\nYoung 60 50.0 50.0\nOld 60 50.0 100.0',
      ),
    ).toEqual([]);
    // No sum that two variables share: the table's total is unknown.
    expect(
      findings(
        `${header}Sex Male 48 40.0\nFemale 72 60.0\nAge Young 50 50.0\nOld 50 50.0\nIncome Low 10 25.0\nHigh 30 75.0`,
      ),
    ).toEqual([]);
    // Most shares fitting no total: the columns are not what the header says.
    expect(
      findings(
        `${header}Sex Male 48 30.0\nFemale 72 70.0\nAge Young 60 40.0\nOld 60 60.0\nArea Urban 40 45.0\nRural 80 55.0`,
      ),
    ).toEqual([]);
  });
});
