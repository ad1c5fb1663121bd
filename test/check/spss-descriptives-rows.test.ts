/**
 * SPSS's one-way ANOVA Descriptives pasted a row a group under its flattened two-level header
 * (fresh8-id; recognisers/spss-descriptives-rows.ts). Each case lists every finding naskah reports,
 * exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

// Group 1: 2,22111/√10 = 0,70238; t(0,975; 9) = 2,262157, so the interval is 12,4 ± 1,58889 =
// 10,8111–13,9889. Group 2: 3/√12 = 0,86603; t(0,975; 11) = 2,200985, 14,25 ± 1,90611 =
// 12,3439–16,1561. The largest SD a mean and range allow (Bhatia–Davis) is √((M − min)(max − M)) ·
// √(n/(n − 1)) at the far ends of the printed values' rounding: √(3,40505 · 3,60495 · 10/9) =
// 3,693 and √(5,25505 · 5,75505 · 12/11) = 5,744.
const GROUP_1 = [
  ['standard-error', 'consistent', 'SD = 2,22111, SE = ,70238, n = 10', 'SB/√n = [0,7024; 0,7024]'],
  [
    'confidence-interval',
    'consistent',
    'Mean = 12,4000; IK 95% 10,8111 – 13,9889',
    'titik tengah (bawah + atas)/2 = [12,400; 12,400]; t(crit)·SE = [1,589; 1,589]',
  ],
  [
    'descriptives',
    'consistent',
    'M = 12,4000, minimum–maksimum 9,00–16,00, SD = 2,22111',
    'SB terbesar yang mungkin dengan rata-rata dan rentang ini dan n = 10: 3,693',
  ],
];
const GROUP_2_MAX = [
  'descriptives',
  'consistent',
  'M = 14,2500, minimum–maksimum 9,00–20,00, SD = 3,00000',
  'SB terbesar yang mungkin dengan rata-rata dan rentang ini dan n = 12: 5,744',
];

describe('Descriptives rows under "N Mean Std. Deviation Std. Error … Lower Bound Upper Bound"', () => {
  it('rows labelled by words, Minimum and Maximum last; an SE that is not SD/√n is inconsistent', () => {
    // Kelas B prints SE ,96603 for 0,86603; its interval's half-width 1,9061 then is not t·SE = 2,126.
    const text =
      'Tabel 4.6 Descriptives Nilai N Mean Std. Deviation Std. Error 95% Confidence Interval for Mean Lower Bound Upper Bound Minimum Maximum Kelas A 10 12,4000 2,22111 ,70238 10,8111 13,9889 9,00 16,00 Kelas B 12 14,2500 3,00000 ,96603 12,3439 16,1561 9,00 20,00 Sumber: data primer';
    expect(findings(text)).toEqual([
      ...GROUP_1,
      ['standard-error', 'inconsistent', 'SD = 3,00000, SE = ,96603, n = 12', 'SB/√n = [0,8660; 0,8660]'],
      [
        'confidence-interval',
        'inconsistent',
        'Mean = 14,2500; IK 95% 12,3439 – 16,1561',
        'titik tengah (bawah + atas)/2 = [14,250; 14,250]; t(crit)·SE = [2,126; 2,126]',
      ],
      GROUP_2_MAX,
    ]);
  });

  it('rows labelled by the group number in one run, "Minimu m Maximu m" printed before the header', () => {
    const text =
      '95 Confidence Interval for Mean Minimu m Maximu m N Mean Std. Deviation Std. Error Lower Bound Upper Bound 1 10 12,4000 2,22111 ,70238 10,8111 13,9889 9,00 16,00 2 12 14,2500 3,00000 ,86603 12,3439 16,1561 9,00 20,00';
    expect(findings(text)).toEqual([
      ...GROUP_1,
      ['standard-error', 'consistent', 'SD = 3,00000, SE = ,86603, n = 12', 'SB/√n = [0,8660; 0,8660]'],
      [
        'confidence-interval',
        'consistent',
        'Mean = 14,2500; IK 95% 12,3439 – 16,1561',
        'titik tengah (bawah + atas)/2 = [14,250; 14,250]; t(crit)·SE = [1,906; 1,906]',
      ],
      GROUP_2_MAX,
    ]);
  });

  it('is not read when the run of numbers is no whole number of rows', () => {
    // 8 numbers a row and its group number: a run of 17 cannot be cut into rows.
    const text =
      'Minimum Maximum N Mean Std. Deviation Std. Error Lower Bound Upper Bound 1 10 12,4000 2,22111 ,70238 10,8111 13,9889 9,00 16,00 12 14,2500 3,00000 ,86603 12,3439 16,1561 9,00 20,00';
    expect(findings(text)).toEqual([]);
  });
});
