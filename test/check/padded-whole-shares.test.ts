/**
 * Tables whose shares are whole per cents padded with ",0" (recognisers/padded-whole-shares.ts):
 * each share stands for the interval of a whole per cent. Each case lists every finding naskah
 * reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('shares all printed with one decimal 0 are whole per cents (recognisers/padded-whole-shares.ts)', () => {
  it('a cross table of column shares: one real error among shares that only padding explains', () => {
    // Of 49: 10 → 20,41 (20), 19 → 38,78 (39, printed 40: wrong), 20 → 40,82 (41). Of 14: 4 →
    // 28,57 (29), 6 → 42,86 (43). At one decimal every share but none of the counts would disagree,
    // and the table would be taken for misread (not checkable).
    const text =
      'Tabel 3 Pendidikan ibu menurut status gizi Pendidikan Gizi baik Gizi kurang n n SD 10 20,0 4 29,0 SMP 19 40,0 6 43,0 SMA 20 41,0 4 29,0 Jumlah 49 100,0 14 100,0 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '10 20,0', '10/49 = 20,41% dari total tabel 49'],
      ['percentages', 'consistent', '4 29,0', '4/14 = 28,57% dari total tabel 14'],
      ['percentages', 'inconsistent', '19 40,0', '19/49 = 38,78% dari total tabel 49'],
      ['percentages', 'consistent', '6 43,0', '6/14 = 42,86% dari total tabel 14'],
      ['percentages', 'consistent', '20 41,0', '20/49 = 40,82% dari total tabel 49'],
      ['percentages', 'consistent', '4 29,0', '4/14 = 28,57% dari total tabel 14'],
    ]);
  });

  it('a frequency table with its Jumlah row', () => {
    const text =
      'Tabel 1 Distribusi pekerjaan responden Pekerjaan f % Petani 10 20,0 Pedagang 19 40,0 Buruh 20 41,0 Jumlah 49 100,0 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '10 20,0', '10/49 = 20,41% dari total tabel 49'],
      ['percentages', 'inconsistent', '19 40,0', '19/49 = 38,78% dari total tabel 49'],
      ['percentages', 'consistent', '20 41,0', '20/49 = 40,82% dari total tabel 49'],
    ]);
  });

  it('one share with another decimal makes every ",0" a real decimal', () => {
    // 20,4 is 10/49 at one decimal; then 40,0 (38,78) and 41,0 (40,82) are wrong at one decimal.
    const text =
      'Tabel 1 Distribusi pekerjaan responden Pekerjaan f % Petani 10 20,4 Pedagang 19 40,0 Buruh 20 41,0 Jumlah 49 100,0 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '10 20,4', '10/49 = 20,41% dari total tabel 49'],
      ['percentages', 'inconsistent', '19 40,0', '19/49 = 38,78% dari total tabel 49'],
      ['percentages', 'inconsistent', '20 41,0', '20/49 = 40,82% dari total tabel 49'],
    ]);
  });
});
