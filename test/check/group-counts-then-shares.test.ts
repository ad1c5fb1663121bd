/**
 * Cross tables printed flat group by group, each group's counts then their shares, then a total
 * row with a count and 100 under every group (recognisers/group-counts-then-shares.ts,
 * checks/group-total-rows.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('cross tables printed group by group, counts then shares (recognisers/group-counts-then-shares.ts)', () => {
  it('each share of its group, and a total row that repeats the groups’ N under the total column', () => {
    // Cases 45 + 15 = 60 (75,0 and 25,0), controls 52 + 8 = 60 (86,67 and 13,33, printed 13,8:
    // wrong), all 97 + 23 = 120 (80,83 and 19,17), whose total row prints 60.
    const text =
      'Tabel 5 Kebiasaan mencuci tangan menurut kelompok Mencuci tangan Kasus Kontrol Jumlah n n n Selalu Kadang-kadang 45 15 75,0 25,0 52 8 86,7 13,8 97 23 80,8 19,2 Total 60 100 60 100 60 100 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '45 (75,0%)', '45/60 = 75,00% dari total tabel 60'],
      ['percentages', 'consistent', '15 (25,0%)', '15/60 = 25,00% dari total tabel 60'],
      ['percentages', 'consistent', '52 (86,7%)', '52/60 = 86,67% dari total tabel 60'],
      ['percentages', 'inconsistent', '8 (13,8%)', '8/60 = 13,33% dari total tabel 60'],
      ['percentages', 'consistent', '97 (80,8%)', '97/120 = 80,83% dari total tabel 120'],
      ['percentages', 'consistent', '23 (19,2%)', '23/120 = 19,17% dari total tabel 120'],
      ['totals', 'consistent', '60 100', 'jumlah baris = 60'],
      ['totals', 'consistent', '60 100', 'jumlah baris = 60'],
      ['totals', 'inconsistent', '60 100', 'jumlah baris = 120'],
    ]);
  });

  it('an odds ratio, its interval and a p after the last group’s shares', () => {
    // 30·32 / (20·18) = 2,667; Woolf: SE = √(1/30 + 1/20 + 1/18 + 1/32) = 0,4125, interval
    // exp(ln 2,667 ± 1,96·0,4125) = 1,188–5,987.
    const text =
      'Tabel 6 Umur ibu menurut kelompok Umur ibu Kasus Kontrol OR 95 CI p n n < 20 tahun ≥ 20 tahun 30 20 60,0 40,0 18 32 36,0 64,0 2,67 1,19-5,99 0,016 Total 50 100 50 100 Sumber: data primer';
    expect(findings(text).filter((f) => f[0] !== 'confidence-interval')).toEqual([
      ['percentages', 'consistent', '30 (60,0%)', '30/50 = 60,00% dari total tabel 50'],
      ['percentages', 'consistent', '20 (40,0%)', '20/50 = 40,00% dari total tabel 50'],
      ['percentages', 'consistent', '18 (36,0%)', '18/50 = 36,00% dari total tabel 50'],
      ['percentages', 'consistent', '32 (64,0%)', '32/50 = 64,00% dari total tabel 50'],
      ['totals', 'consistent', '50 100', 'jumlah baris = 50'],
      ['totals', 'consistent', '50 100', 'jumlah baris = 50'],
    ]);
  });

  it('is not read when a group’s counts do not add up to the N under it (two groups)', () => {
    const text =
      'Tabel 5 Kebiasaan mencuci tangan menurut kelompok Mencuci tangan Kasus Kontrol n n Selalu Kadang-kadang 45 16 75,0 25,0 52 9 86,7 13,3 Total 60 100 60 100 Sumber: data primer';
    expect(findings(text)).toEqual([]);
  });
});
