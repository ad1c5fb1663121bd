/**
 * Tables copied from journal table pages one cell per paragraph (recognisers/paragraph-cells.ts):
 * a caption, a "From:" line, then each cell followed by a blank line, an empty cell as a
 * paragraph of one space per empty cell. Rejoined into rows, they read as the same table typed
 * with tabs. The texts are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { joinParagraphCells } from '../../src/check/recognisers/paragraph-cells.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported]);

/** One paragraph per cell, as the table pages give them. */
const paragraphs = (cells: string[]) => cells.join('\n\n');

// Column shares of N = 120 and N = 80: 30/120 = 25.0, 90/120 = 75.0, 20/80 = 25.0, 60/80 = 75.0;
// 54/120 = 45.0, 66/120 = 55.0, 44/80 = 55.0; 24/120 = 20.0, 96/120 = 80.0, 8/80 = 10.0, 72/80 =
// 90.0, 36/80 = 45.0. Pearson's χ²(1) p (scipy chi2_contingency, correction=False): age
// 30:20 / 90:60 has p = 1; smoking 24:8 / 96:72 has p = 0.0588.
const header = ['Table 2 Characteristics of the two groups', 'From: A trial written for this test', ' '];
const table = paragraphs([
  ...header,
  'Group A (N = 120)',
  'Group B (N = 80)',
  'P value',
  'Age',
  '  ',
  '1.000',
  '  < 40',
  '30 (25.0)',
  '20 (25.0)',
  ' ',
  '  ≥ 40',
  '90 (75.0)',
  '60 (75.0)',
  ' ',
  'Sex',
  '   ',
  ' female',
  '54 (45.0)',
  '44 (55.0)',
  ' ',
  ' male',
  '66 (55.0)',
  '36 (45.0)',
  ' ',
  'Smoking',
  '  ',
  '0.059',
  ' yes',
  '24 (20.0)',
  '8 (10.0)',
  ' ',
  ' no',
  '96 (80.0)',
  '72 (90.0)',
  ' ',
  'Note: counts (column per cent).',
]);

describe('tables one cell per paragraph (recognisers/paragraph-cells.ts)', () => {
  it('are rejoined into tab-separated rows of the same length, an empty paragraph giving one cell per space', () => {
    const joined = joinParagraphCells(table);
    expect(joined.length).toBe(table.length);
    const lines = joined.split('\n').map((l) => l.split('\t').map((c) => c.trim()));
    expect(lines.slice(4, 8)).toEqual([
      ['', 'Group A (N = 120)', 'Group B (N = 80)', 'P value'],
      ['Age', '', '', '1.000'],
      ['< 40', '30 (25.0)', '20 (25.0)', ''],
      ['≥ 40', '90 (75.0)', '60 (75.0)', ''],
    ]);
    expect(lines.at(-1)).toEqual(['Note: counts (column per cent).']);
  });

  it('read as the typed table would: shares of the column N, χ² p from the counts', () => {
    expect(findings(table)).toEqual([
      ['p-value', 'consistent', '30 : 20 / 90 : 60; p = 1.000'],
      ['percentages', 'consistent', '30 (25.0%); 20 (25.0%)'],
      ['percentages', 'consistent', '90 (75.0%); 60 (75.0%)'],
      ['percentages', 'consistent', '54 (45.0%); 44 (55.0%)'],
      ['percentages', 'consistent', '66 (55.0%); 36 (45.0%)'],
      ['p-value', 'consistent', '24 : 8 / 96 : 72; p = 0.059'],
      ['percentages', 'consistent', '24 (20.0%); 8 (10.0%)'],
      ['percentages', 'consistent', '96 (80.0%); 72 (90.0%)'],
    ]);
    // Lines are those of the text as given: the smoking row starts at its label, line 55 there
    // (line 12 of the rejoined text).
    const smoking = checkText(table, { lang: 'en' }).findings.find((f) => f.reported?.endsWith('p = 0.059'));
    expect(table.slice(0, table.indexOf('Smoking')).split('\n').length).toBe(55);
    expect(smoking?.line).toBe(55);
  });

  it('stay as they are when no column count fits every row (a label where a value should be)', () => {
    const broken = paragraphs([
      ...header,
      'Group A',
      'Group B',
      'Age',
      '30 (25.0)',
      'younger',
      '20 (25.0)',
      'Sex',
      '54',
      '44',
      'Smoking',
      '24',
      '8',
    ]);
    expect(joinParagraphCells(broken)).toBe(broken);
  });
  it('find the first row past a header whose last cell stands over an empty one (`P`, then N % N %)', () => {
    // Shares of n = 50 and n = 150: 20/50 = 40.0, 30/50 = 60.0, 60/150 = 40.0, 90/150 = 60.0;
    // 10/50 = 20.0, 40/50 = 80.0, 45/150 = 30.0, 105/150 = 70.0. Pearson's χ²(1) (scipy
    // chi2_contingency, correction=False): sex 20:60 / 30:90 gives 0 (p = 1), age 10:45 / 40:105
    // gives 1.881 (p = 0.170).
    const text = paragraphs([
      'Table 3 Factors by group',
      'From: A survey written for this test',
      'Predictor',
      'Group A',
      '(n = 50)',
      'Group B',
      '(n = 150)',
      'χ2',
      'P',
      ' ',
      'N',
      '%',
      'N',
      '%',
      '  ',
      'Sex',
      '      ',
      'male',
      '20',
      '40.0',
      '60',
      '40.0',
      '  ',
      'female',
      '30',
      '60.0',
      '90',
      '60.0',
      '0.000',
      '1.000',
      'Age',
      '      ',
      '< 50',
      '10',
      '20.0',
      '45',
      '30.0',
      '  ',
      '≥ 50',
      '40',
      '80.0',
      '105',
      '70.0',
      '1.881',
      '0.170',
    ]);
    const lines = joinParagraphCells(text)
      .split('\n')
      .map((l) => l.split('\t').map((c) => c.trim()));
    expect(lines.slice(-6)).toEqual([
      ['Sex', '', '', '', '', '', ''],
      ['male', '20', '40.0', '60', '40.0', '', ''],
      ['female', '30', '60.0', '90', '60.0', '0.000', '1.000'],
      ['Age', '', '', '', '', '', ''],
      ['< 50', '10', '20.0', '45', '30.0', '', ''],
      ['≥ 50', '40', '80.0', '105', '70.0', '1.881', '0.170'],
    ]);
  });

  it('never take a mean ± SD for a row label', () => {
    const means = paragraphs([
      ...header,
      'A (N = 30)',
      'B (N = 30)',
      'p',
      'Score',
      '26.8 ± 7.7',
      '34.6 ± 9.4',
      '0.001',
      'Age',
      '41.2 ± 5.0',
      '40.9 ± 6.1',
      '0.836',
      'Weight',
      '70.1 ± 9.9',
      '72.3 ± 8.8',
      '0.364',
    ]);
    const lines = joinParagraphCells(means)
      .split('\n')
      .slice(-3)
      .map((l) => l.split('\t').map((c) => c.trim()));
    expect(lines).toEqual([
      ['Score', '26.8 ± 7.7', '34.6 ± 9.4', '0.001'],
      ['Age', '41.2 ± 5.0', '40.9 ± 6.1', '0.836'],
      ['Weight', '70.1 ± 9.9', '72.3 ± 8.8', '0.364'],
    ]);
  });
});
