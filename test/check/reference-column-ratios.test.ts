/**
 * Odds-ratio tables printed column by column: the ratios (the reference's 1,00 first), then the
 * reference's marker and the other rows' intervals (fresh8-id; recognisers/reference-column-ratios.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a ratio column followed by its interval column, "Referensi" in the reference row', () => {
  it('pairs the i-th ratio after the reference with the i-th interval', () => {
    // Log-scale centres: √(0,90 · 4,90) = 2,100 (2,10 fits); √(1,20 · 9,80) = 3,429, not 4,00
    // (inconsistent); √(0,35 · 1,83) = 0,800 (0,80 fits). The counts 1030 2218 915 come before.
    const text =
      'Tabel 5 Faktor risiko anemia No Variabel Kasus Kontrol OR 95% CI 1. Paritas Primipara Multipara Grande 1030 2218 915 1,00 2,10 4,00 Referensi 0,90-4,90 1,20-9,80 2. Umur ibu 20-35 tahun 35 tahun 3040 1423 1,00 0,80 Referensi 0,35-1,83';
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'consistent',
        'OR = 2,10; IK 95% 0,90 – 4,90',
        'titik tengah pada skala log √(bawah·atas) = [2,093; 2,107]',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'OR = 4,00; IK 95% 1,20 – 9,80',
        'titik tengah pada skala log √(bawah·atas) = [3,421; 3,437]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 0,80; IK 95% 0,35 – 1,83',
        'titik tengah pada skala log √(bawah·atas) = [0,7935; 0,8071]',
      ],
    ]);
  });

  it('is not read when a ratio lies outside the interval it would be paired with', () => {
    // 4,00 against 4,20–9,80: the columns cannot be paired as printed, so neither ratio is read.
    expect(findings('Tabel 5 No Variabel OR 95% CI 1. Paritas 1,00 2,10 4,00 Referensi 0,90-4,90 4,20-9,80')).toEqual(
      [],
    );
  });

  it('is not read without a header naming the ratio and its interval', () => {
    expect(findings('Jumlah kasus 1,00 2,10 4,00 Reference 0,90-4,90 1,20-9,80')).toEqual([]);
  });
});
