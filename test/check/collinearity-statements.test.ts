/**
 * The multicollinearity assumption decided in prose from VIF or tolerance against the threshold
 * the sentence names (recognisers/collinearity-statements.ts, judged by checks/critical-values.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en' = 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('multicollinearity decisions (recognisers/collinearity-statements.ts)', () => {
  it('judges the decision against VIF and tolerance, whatever sign the text prints', () => {
    expect(
      findings('Nilai tolerance 0,645 > 0,10 dan VIF 1,550 < 10 sehingga tidak terjadi multikolinearitas.'),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'tolerance 0,645 > 0,10 dan VIF 1,550 < 10 sehingga tidak terjadi multikolinearitas',
        'tolerance 0,645 > 0,10: tidak terjadi multikolinearitas',
      ],
      [
        'conclusion',
        'consistent',
        'VIF 1,550 < 10 sehingga tidak terjadi multikolinearitas',
        'VIF 1,550 ≤ 10: tidak terjadi multikolinearitas',
      ],
    ]);
    expect(findings('Nilai VIF sebesar 12,40 < 10 maka tidak terjadi gejala multikolinearitas.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'VIF sebesar 12,40 < 10 maka tidak terjadi gejala multikolinearitas',
        'VIF 12,40 > 10: terjadi multikolinearitas',
      ],
    ]);
    expect(findings('Tolerance 0,08 < 0,10 sehingga model bebas multikolinearitas.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Tolerance 0,08 < 0,10 sehingga model bebas multikolinearitas',
        'tolerance 0,08 ≤ 0,10: terjadi multikolinearitas',
      ],
    ]);
    expect(findings('The VIF of 3.2 < 10, indicating no multicollinearity.', 'en')).toEqual([
      [
        'conclusion',
        'consistent',
        'VIF of 3.2 < 10, indicating no multicollinearity',
        'VIF 3.2 ≤ 10: no multicollinearity',
      ],
    ]);
  });

  it('a rule, or a threshold that is not a usual one, is not read', () => {
    expect(findings('Jika nilai VIF < 10 maka tidak terjadi multikolinearitas.')).toEqual([]);
    expect(findings('Nilai VIF 3,2 < 7 sehingga tidak terjadi multikolinearitas.')).toEqual([]);
  });
});
