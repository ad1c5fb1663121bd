/**
 * One misprinted share, one flag (checks/restated-shares.ts): the prose that retells a table
 * copies its misprint, and is not flagged a second time; two cells of a table with the same
 * values are two misprints. 18/93 = 19.355, so 19,3 (cut) is a misprint of 19,4.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const shares = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, text.slice(f.start, f.end), f.recomputed]);

describe('a misprinted share restated in prose', () => {
  it('is flagged once, in the table, when the prose retells it', () => {
    const text =
      'Tabel 2 Pendidikan Frekuensi Persentase SD 18 19,3 SMP 66 71,0 SMA 9 9,7 Jumlah 93 100 Sumber: data primer. Berdasarkan tabel 2, sebanyak 66 responden 71,0 berpendidikan SMP dan 18 responden 19,3 berpendidikan SD.';
    expect(shares(text, 'id')).toEqual([
      ['inconsistent', '18 19,3', '18/93 = 19,35% dari total tabel 93'],
      ['consistent', '66 71,0', '66/93 = 70,97% dari total tabel 93'],
      ['consistent', '9 9,7', '9/93 = 9,68% dari total tabel 93'],
      ['consistent', '66 responden 71,0', '66/93 = 70,97% dari total tabel 93'],
    ]);
  });

  it('two cells of a table with the same values stay two flags', () => {
    // 41/70 = 58.571 in each arm, printed 58.5 twice.
    const text =
      'Table 1. Sex by arm. Intervention (n = 70): female 41 (58.5%), male 29 (41.4%). Control (n = 70): female 41 (58.5%), male 29 (41.4%).';
    expect(shares(text, 'en')).toEqual([
      ['inconsistent', '41 (58.5%)', '41/70 = 58.57% of the stated total 70'],
      ['consistent', '29 (41.4%)', '29/70 = 41.43% of the stated total 70'],
      ['inconsistent', '41 (58.5%)', '41/70 = 58.57% of the stated total 70'],
      ['consistent', '29 (41.4%)', '29/70 = 41.43% of the stated total 70'],
    ]);
  });
});
