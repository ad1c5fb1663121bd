/**
 * SPSS's Independent Samples Test pasted as text (recognisers/spss-t-test-lines.ts). Values
 * recomputed in R: 2*pt(-2.1505, 58) = 0.03570, 2*pt(-2.1495, 58) = 0.03578 (,063 printed);
 * qt(.975, 58)·1,953 = 3,909 (half the interval 0,290–8,110); 4,200/1,953 = 2,1505. Each case
 * lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('SPSS Independent Samples Test pasted flat (recognisers/spss-t-test-lines.ts)', () => {
  it('reads both rows in SPSS column order: t, df, p, difference, SE and interval', () => {
    const text =
      'Independent Samples Test\nSkor Equal variances assumed ,412 ,525 2,150 58 ,063 4,200 1,953 ,290 8,110 Equal variances not assumed 2,150 56,210 ,036 4,200 1,953 ,288 8,112';
    expect(findings(text)).toEqual([
      [
        'p-value',
        'decision-error',
        '2,150 58 ,063',
        'p = 0,0357 sampai 0,0358 (dua sisi) untuk |t(58)| ∈ [2,1495; 2,1505]',
      ],
      ['standard-error', 'consistent', 't = 2,150; M = 4,200, SE = 1,953', 't = rata-rata/SE = [2,150; 2,151]'],
      [
        'confidence-interval',
        'consistent',
        'Mean Difference = 4,200; IK 95% ,290 – 8,110',
        'titik tengah (bawah + atas)/2 = [4,199; 4,200]; t(crit)·SE = [3,908; 3,910]',
      ],
      // The interval excludes 0 while the printed p is above α: the same error seen from the interval.
      [
        'confidence-interval',
        'decision-error',
        'Mean Difference = 4,200; IK 95% ,290 – 8,110; p = ,063',
        'interval tidak memuat 0',
      ],
      [
        'p-value',
        'consistent',
        '2,150 56,210 ,036',
        'p = 0,0358 sampai 0,0359 (dua sisi) untuk |t(56,21)| ∈ [2,1495; 2,1505]',
      ],
      ['standard-error', 'consistent', 't = 2,150; M = 4,200, SE = 1,953', 't = rata-rata/SE = [2,150; 2,151]'],
      [
        'confidence-interval',
        'consistent',
        'Mean Difference = 4,200; IK 95% ,288 – 8,112',
        'titik tengah (bawah + atas)/2 = [4,199; 4,200]; t(crit)·SE = [3,911; 3,913]',
      ],
      [
        'confidence-interval',
        'consistent',
        'Mean Difference = 4,200; IK 95% ,288 – 8,112; p = ,036',
        'interval tidak memuat 0',
      ],
    ]);
  });

  it('is not read without the output title before it', () => {
    expect(findings('Skor Equal variances assumed ,412 ,525 2,150 58 ,063 4,200 1,953 ,290 8,110')).toEqual([]);
  });
});
