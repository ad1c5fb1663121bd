/**
 * SPSS Descriptive Statistics retyped with Indonesian column names (recognisers/flat-descriptives.ts).
 * Texts written for these tests. The Bhatia–Davis bound at the rounding edges that favour the
 * author, by hand: X1, M ∈ [30,95; 31,05], min 20 ± 0,5, max 38 ± 0,5, n = 40: the largest
 * variance is (38,5 − 30,95)(30,95 − 19,5) · 40/39 = 88,66, SD 9,416 < 9,45 (the least 9,5 can be).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('descriptive statistics tables with Indonesian headers', () => {
  it('"N Minimum Maksimum Rata-rata Std. Deviasi": an SD no data with that mean and range can have', () => {
    expect(
      findings(
        'Statistik Deskriptif N Minimum Maksimum Rata-rata Std. Deviasi X1 40 20 38 31,0 9,5 Y 40 12,5 14 13 0,5 Valid N (listwise) 40',
      ),
    ).toEqual([
      [
        'descriptives',
        'inconsistent',
        'M = 31,0, minimum–maksimum 20–38, SD = 9,5',
        'SB terbesar yang mungkin dengan rata-rata dan rentang ini dan n = 40: 9,416',
      ],
      [
        'descriptives',
        'consistent',
        'M = 13, minimum–maksimum 12,5–14, SD = 0,5',
        'SB terbesar yang mungkin dengan rata-rata dan rentang ini dan n = 40: 1,038',
      ],
    ]);
  });

  it('"N Minimal Maksimal Rata-Rata Std. Deviasi", rows flattened into one paragraph up to the source line', () => {
    expect(
      findings(
        'Tabel 4.3 Deskriptif Statistik N Minimal Maksimal Rata-Rata Std. Deviasi Leverage 148 0,03 1,02 0,5110 0,24387 Ukuran Perusahaan 148 11,20 16,24 13,5611 1,15768 Sumber: data diolah',
      ).map(([check, verdict, reported]) => [check, verdict, reported]),
    ).toEqual([
      ['descriptives', 'consistent', 'M = 0,5110, minimum–maksimum 0,03–1,02, SD = 0,24387'],
      ['descriptives', 'consistent', 'M = 13,5611, minimum–maksimum 11,20–16,24, SD = 1,15768'],
    ]);
  });
});
