/**
 * Tables of group rows "label n mean (SD) mean (SD) …" closed by a row naming the test with one p
 * per column (recognisers/summary-test-columns.ts, checks/summary-test-columns.ts). Each case
 * lists every finding naskah reports, exactly. Ranges checked in R over the rounding box:
 * Student's t, 12.4 (3.1) n 40 vs 10.1 (2.9) n 35: p from 2*pt(-t, 73) at the box's corners =
 * .000785–.00269 (Welch's, df down to 34, widens this to .0007–.0037). One-way ANOVA with
 * n = 30, 25, 20, pf(F, 2, 72, lower.tail = FALSE) on a 21-point grid per mean, SDs at ±0.05:
 * 5.2 (1.4), 4.1 (1.5), 4.9 (1.3) → .00571–.04311; 3.0 (0.8), 3.6 (0.9), 3.2 (0.7) → .00407–.10658.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'en' | 'id' = 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const TABLE = `Table 2. Scores by group

Variables n Reading Spelling
Sex
 Boys 40 12.4 (3.1) 8.0 (2.2)
 Girls 35 10.1 (2.9) 8.1 (2.4)
t test, P value 0.02 0.85
Residence
 Urban 30 5.2 (1.4) 3.0 (0.8)
 Rural 25 4.1 (1.5) 3.6 (0.9)
 Coastal 20 4.9 (1.3) 3.2 (0.7)
ANOVA, P value 0.01 0.60`;

describe('p per column under group rows of n and mean (SD)', () => {
  it('a t test between two rows and a one-way ANOVA between three, one p per column', () => {
    expect(findings(TABLE)).toEqual([
      [
        'p-value',
        'inconsistent',
        '12.4 (3.1), n = 40; 10.1 (2.9), n = 35; p = 0.02',
        "p of Student's or Welch's t from the means and SDs = 0.0007 to 0.0037 for n = 40, 35",
      ],
      [
        'p-value',
        'consistent',
        '8.0 (2.2), n = 40; 8.1 (2.4), n = 35; p = 0.85',
        "p of Student's or Welch's t from the means and SDs = 0.7015 to 1.0000 for n = 40, 35",
      ],
      [
        'p-value',
        'consistent',
        '5.2 (1.4), n = 30; 4.1 (1.5), n = 25; 4.9 (1.3), n = 20; p = 0.01',
        'p of one-way ANOVA F from the means and SDs = 0.0057 to 0.0431 for n = 30, 25, 20',
      ],
      [
        'p-value',
        'inconsistent',
        '3.0 (0.8), n = 30; 3.6 (0.9), n = 25; 3.2 (0.7), n = 20; p = 0.60',
        'p of one-way ANOVA F from the means and SDs = 0.0041 to 0.1066 for n = 30, 25, 20',
      ],
    ]);
  });

  it('a p far below its range is printed in powers of ten', () => {
    // R: 2*pt(-t, df) at the box's corners, 15.0 (3.0) n 40 vs 11.0 (3.0) n 35: Student's
    // 6.84e-8 to 4.83e-7 (df 73); Welch's up to 3.57e-6 (df 34).
    expect(findings(' Boys 40 15.0 (3.0)\n Girls 35 11.0 (3.0)\nt test, P value 0.03')).toEqual([
      [
        'p-value',
        'inconsistent',
        '15.0 (3.0), n = 40; 11.0 (3.0), n = 35; p = 0.03',
        "p of Student's or Welch's t from the means and SDs = 6.8 × 10^-8 to 3.6 × 10^-6 for n = 40, 35",
      ],
    ]);
  });

  it('Indonesian: "uji t" names the test, decimal commas', () => {
    const text = `Tabel 2. Skor menurut kelompok
 Laki-laki 40 12,4 (3,1)
 Perempuan 35 10,1 (2,9)
Uji t, nilai p 0,02`;
    expect(findings(text, 'id')).toEqual([
      [
        'p-value',
        'inconsistent',
        '12,4 (3,1), n = 40; 10,1 (2,9), n = 35; p = 0,02',
        'p dari t Student atau Welch berdasarkan rata-rata dan SB = 0,0007 sampai 0,0037 untuk n = 40, 35',
      ],
    ]);
  });

  it("a total row of the groups' summed n is left out of the groups", () => {
    // The ANOVA's first column of the table above, with a total row of n = 30 + 25 + 20 = 75.
    const text =
      ' Urban 30 5.2 (1.4)\n Rural 25 4.1 (1.5)\n Coastal 20 4.9 (1.3)\n Total 75 4.8 (1.5)\nANOVA, P value 0.01';
    expect(findings(text)).toEqual([
      [
        'p-value',
        'consistent',
        '5.2 (1.4), n = 30; 4.1 (1.5), n = 25; 4.9 (1.3), n = 20; p = 0.01',
        'p of one-way ANOVA F from the means and SDs = 0.0057 to 0.0431 for n = 30, 25, 20',
      ],
    ]);
  });

  it('not checkable when the sizes do not add up or a t test stands under three groups', () => {
    const otherTotal = ' A 30 5.2 (1.4)\n B 25 4.1 (1.5)\n Total 60 4.7 (1.5)\nANOVA, P value 0.60';
    const sumRow = ' A 30 5.2 (1.4)\n B 25 4.1 (1.5)\n C 55 4.7 (1.5)\nANOVA, P value 0.60';
    const threeRowsT = ' A 30 5.2 (1.4)\n B 25 4.1 (1.5)\n C 20 4.9 (1.3)\nt test, P value 0.60';
    const sizes =
      "The rows' sizes do not add up to a set of groups (a total of another size, or a row the size of the others together), so which groups were compared is not known.";
    expect(checkText(otherTotal, { lang: 'en' }).findings.map((f) => [f.verdict, f.recomputed, f.explanation])).toEqual(
      [['not-checkable', 'n = 30, 25', sizes]],
    );
    expect(checkText(sumRow, { lang: 'en' }).findings.map((f) => [f.verdict, f.recomputed, f.explanation])).toEqual([
      ['not-checkable', 'n = 30, 25, 55', sizes],
    ]);
    expect(checkText(threeRowsT, { lang: 'en' }).findings.map((f) => [f.verdict, f.recomputed, f.explanation])).toEqual(
      [
        [
          'not-checkable',
          'n = 30, 25, 20',
          'A t test compares two groups, but the rows above its p are more than two, so which groups were compared is not known.',
        ],
      ],
    );
  });

  it("is not read when the p's are not one per column or the test is not between independent groups", () => {
    const tooManyPs = ' A 30 5.2 (1.4)\n B 25 4.1 (1.5)\nt test, P value 0.60 0.30';
    const paired = ' Before 30 5.2 (1.4)\n After 30 4.1 (1.5)\nt test (paired), P value 0.60';
    const noSizes = ' A 5.2 (1.4)\n B 4.1 (1.5)\nt test, P value 0.60';
    for (const text of [tooManyPs, paired, noSizes]) expect(findings(text)).toEqual([]);
  });
});
