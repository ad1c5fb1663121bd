/**
 * A paired t table's mean difference that equals the difference of its two printed means was
 * computed from them after their rounding (recognisers/paired-rows.ts): 8,05 − 7,85 = 0,20 stands
 * for [0,19; 0,21], so t = d/(SD/√n) with SD = 1,005 (±0,0005) and n = 39 spans
 * 0,19·√39/1,0055 = 1,180 to 0,21·√39/1,0045 = 1,306, and the printed 1,275 fits. Read with the
 * difference's own rounding, [0,195; 0,205], t reaches only 0,205·√39/1,0045 = 1,2745, short of
 * 1,275's [1,2745; 1,2755] by 2·10⁻⁵.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const tFromMeans = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'standard-error')
    .map((f) => [f.verdict, f.recomputed]);

describe('a mean difference computed from the two rounded means', () => {
  it('Indonesian: carries both means’ rounding', () => {
    const text =
      'Nilai Pre-test Post-test Selisih t p df\nPengetahuan 7,85±1,406 8,05±1,395 +0,20±1,005 -1,275 0,210 38';
    expect(tFromMeans(text, 'id')).toEqual([['consistent', 't = rata-rata/(SB/√n) = [1,180; 1,306]']]);
  });

  it('English: the same', () => {
    const text =
      'Score Pre-test Post-test Difference t p df\nKnowledge 7.85±1.406 8.05±1.395 +0.20±1.005 -1.275 0.210 38';
    expect(tFromMeans(text, 'en')).toEqual([['consistent', 't = mean/(SD/√n) = [1.180, 1.306]']]);
  });

  it('a difference that is not the difference of the printed means keeps its own rounding', () => {
    // 8,06 − 7,85 = 0,21, not the printed 0,20: t = 0,195·√39/1,0055 … 0,205·√39/1,0045 = 1,211 … 1,274.
    const text =
      'Nilai Pre-test Post-test Selisih t p df\nPengetahuan 7,85±1,406 8,06±1,395 +0,20±1,005 -1,275 0,210 38';
    expect(tFromMeans(text, 'id')).toEqual([['inconsistent', 't = rata-rata/(SB/√n) = [1,211; 1,274]']]);
  });
});
