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

describe('SPSS Paired Samples Test pasted flat (recognisers/spss-t-test-lines.ts)', () => {
  it('reads mean, SD, SE, interval, t, df and p of the paired differences', () => {
    // 9,862/√31 = 1,7713; 19,516/1,7713 = 11,018; qt(.975, 30)·1,771 = 3,617; 2*pt(-3.0005, 30) = 0.00535.
    const text =
      'Paired Samples Test Paired Differences t df Sig. 2-tailed Mean Std. Deviation Std. Error Mean 95 Confidence Interval of the Difference Lower Upper Pair 1 post-test eksperimen _pre-test eksperimen 19,516 9,862 1,771 15,899 23,134 3,000 30 ,005';
    expect(findings(text)).toEqual([
      ['standard-error', 'consistent', 'SD = 9,862, SE = 1,771, n = 31', 'SB/√n = [1,7712; 1,7714]'],
      [
        'standard-error',
        'inconsistent',
        't = 3,000; M = 19,516, SD = 9,862, n = 31',
        't = rata-rata/(SB/√n) = [11,017; 11,019]',
      ],
      [
        'confidence-interval',
        'consistent',
        'Mean = 19,516; IK 95% 15,899 – 23,134',
        'titik tengah (bawah + atas)/2 = [19,516; 19,517]; t(crit)·SE = [3,616; 3,618]',
      ],
      [
        'confidence-interval',
        'consistent',
        'Mean = 19,516; IK 95% 15,899 – 23,134; p = ,005',
        'interval tidak memuat 0',
      ],
      ['p-value', 'consistent', '3,000 30 ,005', 'p = 0,0054 (dua sisi) untuk |t(30)| ∈ [2,9995; 3,0005]'],
    ]);
  });

  it('is not read without the output title before it', () => {
    expect(findings('Pair 1 post-test _pre-test 19,516 9,862 1,771 15,899 23,134 11,018 30 ,000')).toEqual([]);
  });
});
