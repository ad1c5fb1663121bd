/**
 * False alarms found on the wild6 precision corpus (test/check/external/wild6-*.yaml, its
 * development part), fixed in general and tested here on text written for the test in the style
 * of the corpus quote that showed it. Each case lists every finding naskah reports, exactly; the
 * recomputations are stated beside them.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a row label ending in digits run into the ratio after it (recognisers/glued-ratio-labels.ts)', () => {
  it('reads "23:301.62 (1.10–2.39)" as the category 23:30 and OR 1.62; a ratio outside its interval stays flagged', () => {
    const text =
      'Table 2. Odds ratios of a low mood score by bedtime\nBedtime OR (95% CI)\n 22:00 or earlier (ref) 1\n 22:00–23:302.10 (1.40–3.15)\n Later than 23:301.62 (1.10–2.39)\n After 02:305.10 (1.10–2.39)\nSnoring\n No (ref) 1\n Yes 3.40 (1.10–2.39)\nWake time\n 06:00–07:001.07 (0.83–1.38)\n';
    // √(1.40·3.15) = 2.100 and √(1.10·2.39) = 1.621: the ratios without the minutes "30" run
    // into them sit at their intervals' centres. Before the fix "23:301.62" was read as OR 301.62,
    // outside its interval, and flagged. "02:305.10" has no reading at the centre (305.10, 5.10;
    // "05.10" is no ratio), and "Yes 3.40", printed with a space, is a ratio as printed: both
    // lie outside 1.10–2.39 and stay flagged. "07:001.07" was read as 001.07 (consistent by
    // chance); no ratio is printed with a leading zero before a digit, so it is 1.07, at
    // √(0.83·1.38) = 1.070.
    expect(findings(text, 'en')).toEqual([
      [
        'confidence-interval',
        'consistent',
        'OR = 2.10; CI 95% 1.40 – 3.15',
        'centre on the log scale √(lower·upper) = [2.095, 2.105]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 1.62; CI 95% 1.10 – 2.39',
        'centre on the log scale √(lower·upper) = [1.616, 1.627]',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'OR = 305.10; CI 95% 1.10 – 2.39',
        'centre on the log scale √(lower·upper) = [1.616, 1.627]',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'OR = 3.40; CI 95% 1.10 – 2.39',
        'centre on the log scale √(lower·upper) = [1.616, 1.627]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 1.07; CI 95% 0.83 – 1.38',
        'centre on the log scale √(lower·upper) = [1.065, 1.075]',
      ],
    ]);
  });

  it('a ratio after a cell border is a cell of its own: "|31.62 (1.10–2.39)" stays 31.62, outside its interval', () => {
    // Without its "3", 1.62 would sit at √(1.10·2.39) = 1.621; but "|" starts a cell, so no
    // label runs into it and the printed 31.62 is flagged.
    const text = 'Table 3. Odds ratios of poor sleep\n| Factor | OR (95% CI) |\n| Shift work |31.62 (1.10–2.39) |\n';
    expect(findings(text, 'en')).toEqual([
      [
        'confidence-interval',
        'inconsistent',
        'OR = 31.62; CI 95% 1.10 – 2.39',
        'centre on the log scale √(lower·upper) = [1.616, 1.627]',
      ],
    ]);
  });
});

describe("r's bracket that is the sample size the text states (checks/r-sample-size-df.ts)", () => {
  it('"r (120) = 0,176, p = 0,054" among 120 students: the p agrees with df 118, a reporting issue', () => {
    // r = .1755 to .1765 with df 118: p = 0.0538 to 0.0552, which 0,054 meets; with the bracket
    // read as df 120: p = 0.0518 to 0.0532, which it misses (flagged before the fix).
    const text =
      'Subjek penelitian ini adalah 120 siswa SMA. Hasil uji korelasi menunjukkan r (120) = 0,176, p = 0,054.';
    expect(
      checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.recomputed, f.explanation]),
    ).toEqual([
      [
        'p-value',
        'reporting-issue',
        'p = 0,0538 sampai 0,0552 (dua sisi) untuk |r(118)| ∈ [0,1755; 0,1765]',
        'Angka dalam kurung setelah r adalah besar sampel yang disebut dalam teks (120), bukan derajat bebas: dengan db = n − 2 = 118, r = 0,176 menghasilkan p yang dilaporkan. Laporkan r(118).',
      ],
    ]);
  });

  it('in English: "r(85) = .210, p = .054" of 85 participants agrees with df 83', () => {
    // df 83: p = 0.0531 to 0.0543 (meets .054); df 85: 0.0502 to 0.0516 (misses).
    const text =
      'A total of 85 participants completed the survey. Loneliness was weakly related to sleep, r(85) = .210, p = .054.';
    expect(
      checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.recomputed, f.explanation]),
    ).toEqual([
      [
        'p-value',
        'reporting-issue',
        'p = 0.0531 to 0.0543 (two-tailed) for |r(83)| ∈ [0.2095, 0.2105]',
        'The number in brackets after r is the sample size the text states (85), not the degrees of freedom: with df = n − 2 = 83, r = .210 gives the reported p. Report r(83).',
      ],
    ]);
  });

  it('a p that agrees with neither df, or a bracket that is no stated sample size, stays flagged', () => {
    // p = 0,030 is below 0.0518–0.0532 (df 120) and 0.0538–0.0552 (df 118): a decision error.
    expect(
      findings(
        'Subjek penelitian ini adalah 120 siswa SMA. Hasil uji korelasi menunjukkan r (120) = 0,176, p = 0,030.',
        'id',
      ),
    ).toEqual([
      [
        'p-value',
        'decision-error',
        'r (120) = 0,176, p = 0,030',
        'p = 0,0518 sampai 0,0532 (dua sisi) untuk |r(120)| ∈ [0,1755; 0,1765]',
      ],
    ]);
    // No sample size is stated: 120 is the df, and 0,054 misses 0.0518–0.0532.
    expect(findings('Hasil uji korelasi menunjukkan r (120) = 0,176, p = 0,054.', 'id')).toEqual([
      [
        'p-value',
        'inconsistent',
        'r (120) = 0,176, p = 0,054',
        'p = 0,0518 sampai 0,0532 (dua sisi) untuk |r(120)| ∈ [0,1755; 0,1765]',
      ],
    ]);
  });
});
