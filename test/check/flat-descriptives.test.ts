/**
 * SPSS "Descriptive Statistics" pasted as lines (recognisers/flat-descriptives.ts): each row's
 * mean within its minimum and maximum, and an SD no larger than the Bhatia–Davis bound allows,
 * sqrt(n/(n − 1)·(max − M)(M − min)) at the rounding edges that favour the author (Kinerja:
 * sqrt(40/39 · (70,5 − 60,155)(60,155 − 49,5)) = 10,633 < 14,500). Each case lists every finding
 * naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('SPSS Descriptive Statistics pasted flat (recognisers/flat-descriptives.ts)', () => {
  it('reads each row by the header, a blank line between rows allowed, up to Valid N', () => {
    const text =
      'Descriptive Statistics\n\nN Minimum Maximum Mean Std. Deviation\n\nMotivasi 40 52 90 74,35 8,112\n\nDisiplin 40 48 88 91,20 7,004\n\nKinerja 40 50 70 60,15 14,500\n\nValid N (listwise) 40';
    expect(findings(text)).toEqual([
      // Whole-number minimum and maximum: GRIM applies (74,35 · 40 = 2974).
      [
        'grim',
        'consistent',
        'Motivasi = 74,35, n = 40',
        'rata-rata yang mungkin dengan n·butir = 40: kelipatan 1/40 (0,0250); terdekat 74,3500 dan 74,3750',
      ],
      [
        'descriptives',
        'consistent',
        'M = 74,35, minimum–maksimum 52–90, SD = 8,112',
        'SB terbesar yang mungkin dengan rata-rata dan rentang ini dan n = 40: 19,456',
      ],
      [
        'grim',
        'consistent',
        'Disiplin = 91,20, n = 40',
        'rata-rata yang mungkin dengan n·butir = 40: kelipatan 1/40 (0,0250); terdekat 91,2000 dan 91,2250',
      ],
      ['descriptives', 'inconsistent', 'M = 91,20, minimum–maksimum 48–88, SD = 7,004', 'minimum–maksimum 48–88'],
      [
        'grim',
        'consistent',
        'Kinerja = 60,15, n = 40',
        'rata-rata yang mungkin dengan n·butir = 40: kelipatan 1/40 (0,0250); terdekat 60,1500 dan 60,1750',
      ],
      [
        'descriptives',
        'inconsistent',
        'M = 60,15, minimum–maksimum 50–70, SD = 14,500',
        'SB terbesar yang mungkin dengan rata-rata dan rentang ini dan n = 40: 10,633',
      ],
    ]);
  });

  it('reads the optional Range, Sum and Variance columns; a fractional minimum rules GRIM out', () => {
    const text =
      'Descriptive Statistics\nN Range Minimum Maximum Sum Mean Std. Deviation Variance\nRate 50 .0175 .0575 .0750 3.2250 .064500 .0060609 .000\nValid N (listwise) 50';
    expect(findings(text)).toEqual([
      [
        'descriptives',
        'consistent',
        'M = .064500, minimum–maksimum .0575–.0750, SD = .0060609',
        'SB terbesar yang mungkin dengan rata-rata dan rentang ini dan n = 50: 0,009',
      ],
    ]);
  });

  it('does not read a row with fewer numbers than the header has columns', () => {
    expect(findings('N Minimum Maximum Mean Std. Deviation\nSkor 30 40 90 65,50\n')).toEqual([]);
  });
});
