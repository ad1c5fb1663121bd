/**
 * A ratio printed once with its p and once with its interval is one result
 * (checks/restated-ratio-p.ts). The Wald interval 0.088–0.630 around OR 0.235 has SE = (ln 0.630
 * − ln 0.088)/(2·1.96) = 0.502 and z = ln 0.235/0.502 = −2.88: p ≈ 0.004 (0.0038–0.0042 over
 * the rounding), not 0.04.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const cis = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'confidence-interval')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

describe('a ratio whose p and interval are printed in different sentences', () => {
  it('Indonesian: the p is checked against the interval', () => {
    const text =
      'Faktor dominan adalah riwayat ASI eksklusif (p=0.04 dan OR=0.235). Berdasarkan analisis multivariat, riwayat ASI eksklusif (OR=0.235; 95%CI: 0.088-0.630) paling berpengaruh.';
    expect(cis(text, 'id')).toEqual([
      ['inconsistent', 'OR = 0.235; IK 95% 0.088 – 0.630; p = 0.04', 'p dari interval (Wald) = 0,0038 sampai 0,0042'],
      [
        'consistent',
        'OR = 0.235; IK 95% 0.088 – 0.630',
        'titik tengah pada skala log √(bawah·atas) = [0,2347; 0,2362]',
      ],
    ]);
  });

  it('English: a p that fits the interval is consistent', () => {
    const text =
      'The dominant factor was exclusive breastfeeding (p = 0.004 and OR = 0.235). In the multivariable model, exclusive breastfeeding (OR = 0.235; 95% CI 0.088-0.630) remained.';
    expect(cis(text, 'en').map((f) => f[0])).toEqual(['consistent', 'consistent']);
  });

  it('is not read when the value has fewer than three significant digits, or is printed a third time', () => {
    const short =
      'Faktor dominan adalah riwayat ASI eksklusif (p=0.04 dan OR=0.24). Berdasarkan analisis multivariat, riwayat ASI eksklusif (OR=0.24; 95%CI: 0.09-0.63) paling berpengaruh.';
    expect(cis(short, 'id').map((f) => f[0])).toEqual(['consistent']);
    const thrice =
      'Faktor dominan adalah riwayat ASI eksklusif (p=0.04 dan OR=0.235). Pendidikan (OR=0.235) juga. Berdasarkan analisis multivariat, riwayat ASI eksklusif (OR=0.235; 95%CI: 0.088-0.630) paling berpengaruh.';
    expect(cis(thrice, 'id').map((f) => f[0])).toEqual(['consistent']);
  });
});
