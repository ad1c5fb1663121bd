/**
 * Degrees of freedom printed only with the critical value a passage looks up
 * (recognisers/critical-df.ts): a t or F without df takes them. Each case lists every finding,
 * exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('df taken from the critical value of the same passage', () => {
  it('F with its df only in "F tabel (n1=3,n2=8)": a p misread from the output is inconsistent', () => {
    expect(
      findings(
        'Dari output diperoleh nilai F=4,20 dan probabilitas 0,03. Dari tabel diperoleh nilai F tabel (n1=3,n2=8) 4,07.',
      ),
    ).toEqual([
      [
        'p-value',
        'inconsistent',
        'nilai F=4,20 dan probabilitas 0,03',
        'p = 0,0463 sampai 0,0466 untuk |F(3; 8)| ∈ [4,195; 4,205]',
      ],
    ]);
  });

  it('t with its df in "t tabel (0,025;30)"', () => {
    expect(findings('Nilai t hitung = 2,10 dengan p = 0,045, sedangkan t tabel (0,025;30) = 2,042.')).toEqual([
      [
        'p-value',
        'consistent',
        't hitung = 2,10 dengan p = 0,045',
        'p = 0,0438 sampai 0,0447 (dua sisi) untuk |t(30)| ∈ [2,095; 2,105]',
      ],
    ]);
  });

  it('t with its df in the spreadsheet call "=tinv(0,05;30)"', () => {
    expect(
      findings('Nilai t hitung = 2,10 dengan p = 0,045. Dengan formula =tinv(0,05;30) diperoleh t tabel 2,042.'),
    ).toEqual([
      [
        'p-value',
        'consistent',
        't hitung = 2,10 dengan p = 0,045',
        'p = 0,0438 sampai 0,0447 (dua sisi) untuk |t(30)| ∈ [2,095; 2,105]',
      ],
    ]);
  });

  it('two table values with different df: the F stays without df', () => {
    expect(findings('Nilai F = 4,20 dengan p = 0,03. Nilai F tabel (3;8) = 4,07 dan F tabel (3;12) = 3,49.')).toEqual([
      ['p-value', 'not-checkable', 'F = 4,20 dengan p = 0,03', '—'],
    ]);
  });

  it('an F printed with its own df keeps them', () => {
    expect(findings('Hasil uji F(2, 40) = 4,20, p = 0,02. F tabel (3;8) adalah 4,07.')).toEqual([
      [
        'p-value',
        'consistent',
        'F(2, 40) = 4,20, p = 0,02',
        'p = 0,0220 sampai 0,0222 untuk |F(2; 40)| ∈ [4,195; 4,205]',
      ],
    ]);
  });
});
