/**
 * Questionnaire processing tables (score, respondents, score × respondents, Total), one per
 * statement, as Indonesian informatics theses print them (recognisers/likert-score-products.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const HEADER = 'Jawaban Skor Jumlah Responden Jumlah Skor Skor x Jumlah Responden';

describe('Likert score × respondents tables', () => {
  it('holds the products to their Total; a product misprinted leaves the column short', () => {
    // 5 × 6 = 30, 4 × 9 = 36, 3 × 5 = 15, 2 × 0: sum 81 = Total.
    const right = `Tabel 4.20 Pernyataan 4 ${HEADER} Sangat Setuju 5 6 30 Setuju 4 9 36 Biasa Saja 3 5 15 Tidak Setuju 2 Sangat Tidak Setuju 1 Total 81 Berdasarkan hasil perhitungan.`;
    expect(findings(right)).toEqual([
      ['totals', 'consistent', '30 + 36 + 15 → 81', 'jumlah nilai yang dicantumkan = 81'],
    ]);
    // 4 × 9 = 36 printed 26: the Total 81 is the sum of score × count, the printed column adds to 71.
    const wrong = right.replace('Setuju 4 9 36', 'Setuju 4 9 26');
    expect(findings(wrong)).toEqual([
      ['totals', 'inconsistent', '30 + 26 + 15 → 81', 'jumlah nilai yang dicantumkan = 71'],
    ]);
  });

  it('reads the rows on both sides of a page break that repeats the caption and header', () => {
    // 5 × 7 = 35, 4 × 10 = 40, 3 × 3 = 9, 2 × 2 = 4: sum 88.
    const text = `Tabel 4.21 Pernyataan 5 ${HEADER} Sangat Setuju 5 7 35 Setuju 4 10 40 Biasa Saja 3 3 9 Tabel 4.22 Pernyataan 5 Lanjutan ${HEADER} Tidak Setuju 2 2 4 Sangat Tidak Setuju 1 Total 88`;
    expect(findings(text)).toEqual([
      ['totals', 'consistent', '35 + 40 + 9 + 4 → 88', 'jumlah nilai yang dicantumkan = 88'],
    ]);
  });

  it('is not read when the Total is neither the printed sum nor the sum of score × count', () => {
    const text = `${HEADER} Sangat Setuju 5 6 30 Setuju 4 9 36 Biasa Saja 3 5 15 Tidak Setuju 2 Sangat Tidak Setuju 1 Total 90`;
    expect(findings(text)).toEqual([]);
  });
});
