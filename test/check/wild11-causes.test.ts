/**
 * A misreading seen in the wild11 sample, fixed in general: counts whose thousands are grouped by
 * a space (SI style, "601 733", "21 132 (3.51)" in a table of cancer cases and controls) were
 * read by their last group only ("132 (3.51)"). In that table the tails found no total, but in
 * prose the tails add up to a false total and every share is flagged: "Of 12 450 patients, 2 130
 * (17.1%) … 10 320 (82.9%)" was read as 130 and 320 of 450 (recognisers/percentages.ts, its
 * count-then-share pattern). The group before a three-digit count is now joined to it when the
 * sentence shows such grouping and that group is no total of the count
 * (recognisers/space-grouped-counts.ts). Tested on text written for the test; each case lists
 * every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { groupsThousandsBySpace, spaceGroupedCount } from '../../src/check/recognisers/space-grouped-counts.ts';

const findings = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('counts with thousands grouped by a space (space-grouped-counts.ts)', () => {
  it('reads "2 130 (17.1%)" as 2 130 of 12 450, not 130 of 450 (before the fix: two inconsistent shares)', () => {
    // 2130/12450 = 17.108%, 10320/12450 = 82.892%: both shares are right.
    expect(findings('Of 12 450 patients, 2 130 (17.1%) had diabetes and 10 320 (82.9%) did not.', 'en')).toEqual([
      [
        'percentages',
        'consistent',
        '2 130 (17.1%)',
        '2130/12450 = 17.11% of 12450, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'consistent',
        '10 320 (82.9%)',
        '10320/12450 = 82.89% of 12450, the sum of the counts (the percentages add up to 100%)',
      ],
    ]);
  });

  it('reads the same grouping in Indonesian prose', () => {
    expect(
      findings(
        'Dari 12 450 responden, sebanyak 2 130 orang (17,1%) menderita diabetes dan 10 320 orang (82,9%) tidak.',
        'id',
      ),
    ).toEqual([
      [
        'percentages',
        'consistent',
        '2 130 orang (17,1%)',
        '2130/12450 = 17,11% dari 12450, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'consistent',
        '10 320 orang (82,9%)',
        '10320/12450 = 82,89% dari 12450, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
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

  it('tells surely grouped numbers from side-by-side cells', () => {
    expect(groupsThousandsBySpace('Controls (n = 2 406 932)')).toBe(true);
    expect(groupsThousandsBySpace('n = 12 450')).toBe(true);
    expect(groupsThousandsBySpace('among 12 450 women')).toBe(true);
    expect(groupsThousandsBySpace('Xilinhot 842 578 (68.6) 264 (31.4)')).toBe(false);
    const s = 'Of 12 450 patients, 2 130 (17.1%)';
    expect(spaceGroupedCount(s, s.indexOf('130'), 130, 17.1, 1)).toEqual({ count: 2130, at: s.indexOf('2 130') });
    // A four-digit count is no group of three.
    const t = 'Of 12 450 patients, 2 1300 (17.1%)';
    expect(spaceGroupedCount(t, t.indexOf('1300'), 1300, 17.1, 1)).toBeNull();
  });
});
