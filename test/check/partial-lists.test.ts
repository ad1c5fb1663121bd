/**
 * Lists of shares with no stated total whose percentages add up to less than 100
 * (checks/partial-lists.ts): when they fit one larger whole total and not the sum of their
 * counts, the list may leave a category out, so its total is not known. Each case lists every
 * finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a list of shares that may leave a category out', () => {
  it('shares adding up to 99 that all fit 66, not 65, the sum of their counts: not checkable', () => {
    // 29/65 = 44.62% and 27/65 = 41.54% would round to 45 and 42; of 66 they are 43.94, 40.91
    // and 13.64, printed 44, 41, 14 (one participant named none of the three feelings).
    const text =
      'Participants said they felt disgusted (n = 29; 44%), dirty (n = 27; 41%), or fearful (n = 9; 14%) while touching the object.';
    const partial = '29/66 = 43.94%, 27/66 = 40.91%, 9/66 = 13.64%';
    expect(findings(text)).toEqual([
      ['percentages', 'not-checkable', '29 (44%)', partial],
      ['percentages', 'not-checkable', '27 (41%)', partial],
      ['percentages', 'not-checkable', '9 (14%)', partial],
    ]);
    expect(checkText(text, { lang: 'en' }).findings[0]!.explanation).toBe(
      'The percentages add up to less than 100% and all fit a total of 66, larger than the sum of their counts (65): the list may leave a category out, so its total is not known.',
    );
  });

  it('a miscomputed share that fits no common total is still flagged against the sum of the counts', () => {
    // 30/65 = 46.15% printed 45 (sum 99); of 66 it would be 45.45, but 35/66 = 53.03 is not 54.
    const text = 'The sample held 30 men (45%) and 35 women (54%).';
    expect(findings(text)).toEqual([
      [
        'percentages',
        'inconsistent',
        '30 men (45%)',
        '30/65 = 46.15% of 65, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'consistent',
        '35 women (54%)',
        '35/65 = 53.85% of 65, the sum of the counts (the percentages add up to 100%)',
      ],
    ]);
  });

  it('shares adding up to 100 or more are read against the sum of the counts as before', () => {
    // 29/65 = 44.62 (45 printed 45), 27/65 = 41.54 (42), 9/65 = 13.85 (14): 45 + 42 + 14 = 101.
    const text = 'They felt disgusted (n = 29; 45%), dirty (n = 27; 42%), or fearful (n = 9; 14%).';
    expect(findings(text).map((f) => f[1])).toEqual(['consistent', 'consistent', 'consistent']);
  });
});
