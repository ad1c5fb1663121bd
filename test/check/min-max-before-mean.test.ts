/**
 * A minimum and maximum printed before a mean are that mean's only when nothing numeric stands
 * between them and it, and no earlier mean could own them (recognisers/statements.ts). SPSS's
 * Explore output lists each group's Mean, Std. Deviation, Minimum, Maximum, Range, …, then the
 * next group's Mean: read with the Minimum 2 and Maximum 39 before it, the second group's mean
 * 71,03 looked impossible.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const descriptives = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'descriptives')
    .map((f) => [f.verdict, text.slice(f.start, f.end), f.reported]);

const explore = (mean1: string, sd1: string, mean2: string, sd2: string, gap: string) =>
  `Kelompok kontrol Mean ${mean1}${gap}Std. Deviation ${sd1}\nMinimum 2\nMaximum 39\nRange 37\nKelompok perlakuan Mean ${mean2}\nStd. Deviation ${sd2}`;

describe("the next group's mean after a group's minimum and maximum", () => {
  it('Indonesian: in one block, only the first mean takes them', () => {
    expect(descriptives(explore('20,90', '7,61', '71,03', '13,07', '\n'), 'id')).toEqual([
      ['consistent', 'Mean 20,90', 'M = 20,90, minimum–maksimum 2–39'],
    ]);
  });

  it('a blank line after the first mean: the second does not take what stands before it', () => {
    expect(descriptives(explore('20,90', '7,61', '71,03', '13,07', '\n\n'), 'id')).toEqual([]);
  });

  it('English: the same', () => {
    const text =
      'Control group Mean 20.90\n\nStd. Deviation 7.61\nMinimum 2\nMaximum 39\nRange 37\nIntervention group Mean 71.03\nStd. Deviation 13.07';
    expect(descriptives(text, 'en')).toEqual([]);
  });

  it('a minimum and maximum right before the mean are still its own', () => {
    // 85,3 cannot be the mean of data between 20 and 80.
    expect(descriptives('Skor minimum 20, maksimum 80, rata-rata 85,3.', 'id')).toEqual([
      ['inconsistent', 'rata-rata 85,3', 'M = 85,3, minimum–maksimum 20–80'],
    ]);
    expect(descriptives('The minimum was 20, the maximum was 80, and the mean = 85.3.', 'en')).toEqual([
      ['inconsistent', 'mean = 85.3', 'M = 85.3, minimum–maximum 20–80'],
    ]);
  });
});
