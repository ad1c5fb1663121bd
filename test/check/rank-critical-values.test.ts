/**
 * Mann–Whitney U against its table value (recognisers/rank-critical-values.ts,
 * checks/critical-values.ts): significant at or below it. Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('decisions from a Mann–Whitney U and its table value', () => {
  it('U below U tabel: H0 rejected agrees', () => {
    expect(findings('Hasil uji Mann-Whitney memberikan U hitung = 9,5 dan U tabel = 17, maka H0 ditolak.')).toEqual([
      [
        'conclusion',
        'consistent',
        'U hitung = 9,5 dan U tabel = 17, maka H0 ditolak',
        'U 9,5 ≤ 17 (nilai kritis; U signifikan bila sama dengan atau di bawahnya): signifikan',
      ],
    ]);
  });

  it('both named, then compared, with the decision in the next sentence: "50 > 17 … H0 ditolak" contradicts it', () => {
    expect(
      findings(
        'Uji Mann Whitney. Kesimpulan : Oleh karena nilai U statistik uji lebih kecil dari nilai U tabel Mann Whitney\nyaitu 50 > 17. Sehingga Keputusan H0 ditolak, H1 diterima.',
      ),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        'U statistik uji lebih kecil dari nilai U tabel Mann Whitney yaitu 50 > 17. Sehingga Keputusan H0 ditolak',
        'U 50 > 17 (nilai kritis; U signifikan bila sama dengan atau di bawahnya): tidak signifikan',
      ],
    ]);
  });

  it('a text that does not name the Mann–Whitney test is not read', () => {
    expect(findings('Diperoleh U hitung = 29 dan U tabel = 17, maka H0 ditolak.')).toEqual([]);
  });
});
