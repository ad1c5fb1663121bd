/**
 * Page text whose table markup is incomplete must not stop the check: a Markdown separator line
 * with no table rows around it (a table whose rows were lost in copying) is read as a break
 * between paragraphs, and the prose after it is still checked.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

describe('a Markdown separator with no table rows', () => {
  it('is a paragraph break; the statistic after it is checked', () => {
    const text = 'Table 2\n|---|---|\nThe groups differed, t(28) = 2.20, p = .04.\n';
    const found = checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported]);
    expect(found).toEqual([
      ['conclusion', 'consistent', 'differed, t(28) = 2.20, p = .04'],
      ['p-value', 'consistent', 't(28) = 2.20, p = .04'],
    ]);
  });

  it('two separator lines in a row, then prose whose p contradicts its t (a decision error at .05)', () => {
    const text = '| --- | --- |\n|:--|--:|\nThe groups differed, t(28) = 2.20, p = .40.';
    const found = checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict]);
    // "differed" agrees with t's p (.036): the misprinted p is the one error (checks/restated-errors.ts).
    expect(found).toEqual([['p-value', 'decision-error']]);
  });
});
