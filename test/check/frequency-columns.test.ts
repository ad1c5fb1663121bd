/**
 * English frequency tables with "Frequency Percent" columns and no brackets or % signs
 * (recognisers/frequency-columns.ts): each variable's rows are those whose percentages add up to
 * 100, of the sum of their counts; a variable with one misprinted count is read against the total
 * the table's other variables share. Every finding naskah reports is listed, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { readFrequencyColumns } from '../../src/check/recognisers/frequency-columns.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const of400 = (count: number, pct: string) => [
  'percentages',
  'consistent',
  `${count} ${pct}`,
  `${count}/400 = ${pct}0% of 400, the sum of the counts (the percentages add up to 100%)`,
];

describe('frequency and percentage columns', () => {
  it('one row per line: each variable of its own sum; a misprinted count against the table’s total', () => {
    // Sex, age group and smoking each add up to 400. Insurance's 276 + 114 = 390, yet 69.0 + 31.0
    // = 100: 276/400 = 69.0 fits the table's 400 and 114/400 = 28.5 does not (124 would).
    const text = [
      'Table 1. Characteristics of the respondents',
      '',
      'Variable Category Frequency Percentage',
      'Sex Male 180 45.0',
      'Female 220 55.0',
      'Age group 18–29 96 24.0',
      '30–44 152 38.0',
      '45+ 152 38.0',
      'Insurance Insured 276 69.0',
      'Uninsured 114 31.0',
      'Smoking Never 300 75.0',
      'Former 60 15.0',
      'Current 40 10.0',
    ].join('\n');
    expect(findings(text)).toEqual([
      of400(180, '45.0'),
      of400(220, '55.0'),
      of400(96, '24.0'),
      of400(152, '38.0'),
      of400(152, '38.0'),
      ['percentages', 'consistent', '276 69.0', "276/400 = 69.00% of the table's total 400"],
      ['percentages', 'inconsistent', '114 31.0', "114/400 = 28.50% of the table's total 400"],
      of400(300, '75.0'),
      of400(60, '15.0'),
      of400(40, '10.0'),
    ]);
  });

  it('one cell per line, blank lines between; a zero share right after a complete variable is left out', () => {
    // 58/130 = 44.62 and 72/130 = 55.38, printed 44.8 and 55.2 (they add up to 100, but neither
    // fits): inconsistent; 91/130 = 70.00, 39/130 = 30.00. The 0.0 row could close either variable.
    const text = [
      'Table 2: Characteristics of the participants.',
      'Characteristics',
      'Categories',
      'Frequency',
      'Percent (%)',
      'Sex',
      'Male',
      '58',
      '44.8',
      'Female',
      '72',
      '55.2',
      'Other',
      '0',
      '0.0',
      'Residence',
      'Rural',
      '91',
      '70.0',
      'Urban',
      '39',
      '30.0',
    ].join('\n\n');
    const sum130 = (count: number, pct: string, exact: string, verdict = 'consistent') => [
      'percentages',
      verdict,
      `${count} ${pct}`,
      `${count}/130 = ${exact}% of 130, the sum of the counts (the percentages add up to 100%)`,
    ];
    expect(findings(text)).toEqual([
      sum130(58, '44.8', '44.62', 'inconsistent'),
      sum130(72, '55.2', '55.38', 'inconsistent'),
      sum130(91, '70.0', '70.00'),
      sum130(39, '30.0', '30.00'),
    ]);
  });

  it('is not read without the header, or when no run of shares adds up to 100', () => {
    const rows = ['Sex Male 180 45.0', 'Female 220 55.0', 'Age group 18–29 96 24.0', '30–44 152 38.0', '45+ 152 38.0'];
    expect(findings(['Table 1.', 'Variable Category n Mean', ...rows].join('\n'))).toEqual([]);
    const partial = ['Sex Male 180 45.0', 'Female 200 50.0', 'Age group 18–29 96 24.0', '30–44 152 38.0'];
    expect(findings(['Table 1.', 'Variable Category Frequency Percentage', ...partial].join('\n'))).toEqual([]);
  });
});

describe('the table total counts the variables another reader took', () => {
  it('a misprinted count is held to the total of all the table’s variables, read by this reader or not', () => {
    // Sex and age (both of 400) are marked as read by another reader; insurance's 276 + 114 = 390
    // still takes their 400: 276/400 = 69.0 fits, 114/400 = 28.5 is not the printed 31.0.
    const text = [
      'Variable Category Frequency Percentage',
      'Sex Male 180 45.0',
      'Female 220 55.0',
      'Age group 18–29 96 24.0',
      '30–44 152 38.0',
      '45+ 152 38.0',
      'Insurance Insured 276 69.0',
      'Uninsured 114 31.0',
    ].join('\n');
    const takenShares = ['45.0', '55.0', '24.0', '38.0'].flatMap((pct) =>
      [...text.matchAll(new RegExp(pct.replace('.', '\\.'), 'g'))].map((m) => m.index),
    );
    const groups = readFrequencyColumns(text, new Set(takenShares));
    expect(groups.map((g) => [g.pairs[0]!.count, g.statedTotals[0], g.totalSource])).toEqual([
      [276, 400, 'table'],
      [114, 400, 'table'],
    ]);
  });
});
