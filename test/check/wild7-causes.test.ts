/**
 * A false alarm the wild7 work was asked to fix (known from a table of the kind the wild7 sample
 * collected; the sample's development part itself gave none): a characteristics table whose one
 * statistics column serves χ² for the categorical rows and t for the means ("χ2/t", "χ2 or t",
 * "X2 atau t"), printed without df. Tested on text written for the test; each case lists every
 * finding naskah reports, exactly, with the recomputations stated beside them.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a statistics column whose name leaves the statistic open is not read as t (recognisers/open-statistic-columns.ts)', () => {
  it('reads nothing from a "χ2/t p" column whose rows are χ² and t without df', () => {
    // Sex: 22/40 and 18/40 female give χ² = 80·(22·22 − 18·18)² / 40⁴ = 0.800, p = 0.3711 (1 df);
    // Education (three levels): χ² = 1.800 with 2 df gives p = e^(−0.9) = 0.4066; Age: t =
    // (34.2 − 35.0) / √(6.1²/40 + 5.8²/40) = −0.601, p = 0.5495 (78 df). Every p is right for its
    // own statistic, but 0.800 and 1.800 read as t allow only p = 0.42–0.57 and 0.072–0.32 at
    // any df: before the fix both rows were flagged inconsistent.
    const text =
      'Table 1. Characteristics of the participants by group\nVariable Intervention (n = 40) Control (n = 40) χ2/t p\nSex, female 22 (55.0) 18 (45.0) 0.800 0.371\nEducation 1.800 0.407\nAge, years, mean ± SD 34.2 ± 6.1 35.0 ± 5.8 -0.601 0.550\n';
    expect(findings(text, 'en')).toEqual([]);
    expect(findings(text.replace('χ2/t', 'χ2 or t'), 'en')).toEqual([]);
    expect(findings(text.replace('χ2/t', 'Chi-square / t'), 'en')).toEqual([]);
  });

  it('reads nothing from an Indonesian "X2 atau t Sig." column', () => {
    // Jenis kelamin: 12/30 and 15/30 give χ² = 60·(12·15 − 18·15)² / (30·30·27·33) = 0.606,
    // p = 0.4363 (1 df); Pendidikan χ² = 1.800 (2 df), p = 0.4066; Umur: t = (34.2 − 35.0) /
    // √(6.1²/30 + 5.8²/30) = −0.521, p = 0.6046 (58 df).
    const text =
      'Tabel 2. Karakteristik responden menurut kelompok\nVariabel Eksperimen (n = 30) Kontrol (n = 30) X2 atau t Sig.\nJenis kelamin 12 (40,0) 15 (50,0) 0,606 0,436\nPendidikan 1,800 0,407\nUmur 34,2 ± 6,1 35,0 ± 5,8 -0,521 0,605\n';
    expect(findings(text, 'id')).toEqual([]);
  });

  it('still reads a column named t alone: 1.800 with p = 0.407 is no t at any df', () => {
    // |t| = 1.800 gives two-tailed p = 0.3229 at 1 df and 0.0719 in the normal limit: 0.407 is
    // outside (as t it is inconsistent whatever the df). 2.40 with p = 0.020 fits some df
    // (p = 0.0200 at about 52 df), so it is not checkable without the df.
    const text = 'Table 3. Scores by group\nVariable t p\nAnxiety 1.800 0.407\nDepression 2.40 0.020\n';
    expect(findings(text, 'en')).toEqual([
      [
        'p-value',
        'inconsistent',
        '1.800 0.407',
        'p = 0.0718 to 0.3229 (two-tailed) for |t| ∈ [1.7995, 1.8005] at any df from 1 to infinity',
      ],
      ['p-value', 'not-checkable', '2.40 0.020', '—'],
    ]);
  });
});
