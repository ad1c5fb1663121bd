/**
 * SPSS Descriptives and Paired Samples Statistics pasted one row label after another
 * (recognisers/spss-statistics-columns.ts). Recomputed in R: 1.90897/sqrt(32) = 0.3375 (.43746
 * printed in the first case); qt(.975, 31)·.43746 = 0.8922 against the interval's half-width
 * 0.6882. Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('SPSS statistics tables pasted label by label (recognisers/spss-statistics-columns.ts)', () => {
  it('reads one group per column: SE against SD/√n, the interval, the mean within its range', () => {
    const text =
      'Descriptives\nskor Kontrol Eksperimen Total\nN 36\n32 68\nMean 23.5556\n23.9688 23.7500\nStd. Deviation 2.31078\n1.90897 2.12571\nStd. Error .38513\n.43746 .25778\n95 Confidence Interval for Mean\nLower Bound 22.7737\n23.2805 23.2355\nUpper Bound 24.3374\n24.6570 24.2645\nMinimum 20.00\n21.00 20.00\nMaximum 30.00\n30.00 30.00\nTest of Homogeneity of Variances';
    expect(findings(text)).toEqual([
      ['standard-error', 'consistent', 'SD = 2.31078, SE = .38513, n = 36', 'SB/√n = [0,3851; 0,3851]'],
      [
        'confidence-interval',
        'consistent',
        'Mean = 23.5556; IK 95% 22.7737 – 24.3374',
        'titik tengah (bawah + atas)/2 = [23,555; 23,556]; t(crit)·SE = [0,7818; 0,7819]',
      ],
      [
        'descriptives',
        'consistent',
        'M = 23.5556, minimum–maksimum 20.00–30.00, SD = 2.31078',
        'SB terbesar yang mungkin dengan rata-rata dan rentang ini dan n = 36: 4,860',
      ],
      ['standard-error', 'inconsistent', 'SD = 1.90897, SE = .43746, n = 32', 'SB/√n = [0,3375; 0,3375]'],
      [
        'confidence-interval',
        'inconsistent',
        'Mean = 23.9688; IK 95% 23.2805 – 24.6570',
        'titik tengah (bawah + atas)/2 = [23,969; 23,969]; t(crit)·SE = [0,8922; 0,8922]',
      ],
      [
        'descriptives',
        'consistent',
        'M = 23.9688, minimum–maksimum 21.00–30.00, SD = 1.90897',
        'SB terbesar yang mungkin dengan rata-rata dan rentang ini dan n = 32: 4,305',
      ],
      ['standard-error', 'consistent', 'SD = 2.12571, SE = .25778, n = 68', 'SB/√n = [0,2578; 0,2578]'],
      [
        'confidence-interval',
        'consistent',
        'Mean = 23.7500; IK 95% 23.2355 – 24.2645',
        'titik tengah (bawah + atas)/2 = [23,750; 23,750]; t(crit)·SE = [0,5145; 0,5145]',
      ],
      [
        'descriptives',
        'consistent',
        'M = 23.7500, minimum–maksimum 20.00–30.00, SD = 2.12571',
        'SB terbesar yang mungkin dengan rata-rata dan rentang ini dan n = 68: 4,882',
      ],
    ]);
  });

  it('reads Paired Samples Statistics one cell per line', () => {
    const text =
      'Paired Samples Statistics\n\nPair 1\n\nVAR00001\nVAR00002\n\nMean\n4.9600\n7.2900\n\nN\n10\n10\n\nStd. Deviation\n1.14911\n1.19392\n\nStd. Error\nMean\n.36338\n.37755';
    expect(findings(text).filter(([check]) => check === 'standard-error')).toEqual([
      ['standard-error', 'consistent', 'SD = 1.14911, SE = .36338, n = 10', 'SB/√n = [0,3634; 0,3634]'],
      ['standard-error', 'consistent', 'SD = 1.19392, SE = .37755, n = 10', 'SB/√n = [0,3775; 0,3776]'],
    ]);
  });

  it('does not read labels repeated or with different numbers of values', () => {
    expect(findings('Mean 12,5 N 20 Std. Deviation 3,1 Mean 14,2')).toEqual([]);
    expect(findings('N 20 30 Mean 12,5 Std. Deviation 3,1 2,8')).toEqual([]);
  });
});
