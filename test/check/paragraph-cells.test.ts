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

/** The layout alone, every table rejoined: which layout wins is tested through checkText. */
const always = () => true;

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
    const joined = joinParagraphCells(table, always);
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
    expect(joinParagraphCells(broken, always)).toBe(broken);
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
    const lines = joinParagraphCells(text, always)
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
    const lines = joinParagraphCells(means, always)
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

describe('which reading wins: the rejoined rows, or the cells as they came', () => {
  const written = 'From: A study written for this test';

  it('asks once per table, with the text from its caption to its last cell as given and as rejoined', () => {
    const asked: [string, string][] = [];
    const kept = joinParagraphCells(table, (given, rejoined) => {
      asked.push([given, rejoined]);
      return false;
    });
    expect(kept).toBe(table);
    expect(asked).toHaveLength(1);
    const [given, rejoined] = asked[0]!;
    expect(given).toBe(table.slice(0, table.indexOf('\n\nNote:')));
    expect(rejoined.length).toBe(given.length);
    expect(rejoined.split('\n').at(-1)).toBe(' no\t 96 (80.0)\t 72 (90.0)\t  ');
  });

  it('the rows win where they check more: a column whose counts add up past its N', () => {
    // Community column (N = 40): smoking 14 + 30 = 44 > 40, each share of 44 (14/44 = 31.82,
    // 30/44 = 68.18): the totals check flags the count that carries the sum past 40. Clinic column
    // of 60: 33/60 = 55.0, 27/60 = 45.0, 12/60 = 20.0, 48/60 = 80.0, 20/60 = 33.3, 40/60 = 66.7;
    // community 20/40 = 50.0, 10/40 = 25.0, 30/40 = 75.0. The p cells are those of Pearson's χ²(1)
    // of the counts (R: chisq.test(matrix(c(33, 27, 20, 20), 2), correct = FALSE) 0.6236,
    // (12, 48, 14, 30) 0.1691, (20, 40, 10, 30) 0.3730); smoking's, in a column past its N, is
    // left unread. Read as the cells came, no reader sees the columns' N.
    const text = paragraphs([
      'Table 1 Characteristics of the two samples',
      written,
      ' ',
      'Clinic sample (N = 60)',
      'Community sample (N = 40)',
      'P value',
      'Sex',
      '  ',
      '0.624',
      ' female',
      '33 (55.0)',
      '20 (50.0)',
      ' ',
      ' male',
      '27 (45.0)',
      '20 (50.0)',
      ' ',
      'Smoking',
      '  ',
      '0.169',
      ' yes',
      '12 (20.0)',
      '14 (31.8)',
      ' ',
      ' no',
      '48 (80.0)',
      '30 (68.2)',
      ' ',
      'Education',
      '  ',
      '0.373',
      ' primary',
      '20 (33.3)',
      '10 (25.0)',
      ' ',
      ' secondary',
      '40 (66.7)',
      '30 (75.0)',
      ' ',
    ]);
    expect(findings(text)).toEqual([
      ['p-value', 'consistent', '33 : 20 / 27 : 20; p = 0.624'],
      ['percentages', 'consistent', '33 (55.0%); 20 (50.0%)'],
      ['percentages', 'consistent', '27 (45.0%); 20 (50.0%)'],
      ['percentages', 'consistent', '12 (20.0%); 14 (31.8%)'],
      ['percentages', 'consistent', '48 (80.0%); 30 (68.2%)'],
      ['totals', 'inconsistent', '30 (68.2)'],
      ['p-value', 'consistent', '20 : 10 / 40 : 30; p = 0.373'],
      ['percentages', 'consistent', '20 (33.3%); 10 (25.0%)'],
      ['percentages', 'consistent', '40 (66.7%); 30 (75.0%)'],
    ]);
  });

  it('the cells stay where a reader of cells one per line checks as much: a header ending in Z and p', () => {
    // The rows would fit (a label and four cells, the header five), but the Z-and-p reader reads
    // every row already: its quotes are the two cells, not the row. 2(1 − Φ(2.170)) = .0300;
    // 2(1 − Φ(1.645)) = .1000 (.0999–.1001 over its rounding), printed .010, on the other side of
    // .05; 2(1 − Φ(0.515)) = .6066 and 2(1 − Φ(0.525)) = .5996, printed .603.
    const text = paragraphs([
      'Table 3 Symptom scores after eight weeks',
      written,
      'Symptom',
      'Exercise',
      'Usual care',
      'Z',
      'p',
      'Fatigue',
      '4.0',
      '5.5',
      '2.170',
      '0.030',
      'Nausea',
      '2.0',
      '2.5',
      '1.645',
      '0.010',
      'Dyspnoea',
      '1.5',
      '1.5',
      '0.52',
      '0.603',
    ]);
    expect(joinParagraphCells(text, always)).not.toBe(text);
    expect(checkText(text, { lang: 'en' }).findings.map((f) => [f.verdict, f.reported, f.recomputed])).toEqual([
      ['consistent', '2.170 0.030', 'p = 0.0300 (two-tailed) for |Z| ∈ [2.1695, 2.1705]'],
      ['decision-error', '1.645 0.010', 'p = 0.0999 to 0.1001 (two-tailed) for |Z| ∈ [1.6445, 1.6455]'],
      ['consistent', '0.52 0.603', 'p = 0.5996 to 0.6066 (two-tailed) for |Z| ∈ [0.515, 0.525]'],
    ]);
  });

  it('the cells stay where the rows would check nothing: means with their SDs in brackets', () => {
    // Rejoined, "24 (6)" reads as a count and its share of a total nobody states, and each p as one
    // of a test nobody names (not checkable); as the cells came, the reader of row shares sees
    // rows that are no shares of their sum, and nothing else reads them.
    const text = paragraphs([
      'Table 2 Scores by arm',
      written,
      'Scale',
      'Coaching',
      'Leaflet',
      'P-value',
      'Self-efficacy',
      '24 (6)',
      '21 (7)',
      '0.04',
      'Motivation',
      '31 (44)',
      '29 (47)',
      '0.61',
      'Knowledge',
      '17 (69)',
      '16 (72)',
      '0.45',
    ]);
    expect(joinParagraphCells(text, always)).not.toBe(text);
    expect(findings(joinParagraphCells(text, always))).toEqual([
      ['p-value', 'not-checkable', 'Self-efficacy | 24 (6) | 21 (7) | 0.04'],
      ['percentages', 'not-checkable', 'Self-efficacy | 24 (6) | 21 (7) | 0.04'],
      ['p-value', 'not-checkable', 'Motivation | 31 (44) | 29 (47) | 0.61'],
      ['p-value', 'not-checkable', 'Knowledge | 17 (69) | 16 (72) | 0.45'],
    ]);
    expect(findings(text)).toEqual([]);
  });
});
