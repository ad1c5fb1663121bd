/**
 * Normality and homogeneity conclusions drawn from their p, and H0 decisions after a comparison
 * by name ("Karena Sig > α maka H0 diterima") with the value printed just before
 * (recognisers/assumption-conclusions.ts). A significant p says the data are not normal, or the
 * variances not homogeneous. Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en' = 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('assumption-test conclusions (recognisers/assumption-conclusions.ts)', () => {
  it('a normality decision against the p it cites, compared with the level or not', () => {
    expect(
      findings(
        'Hasil uji Kolmogorov-Smirnov diperoleh nilai Sig. = 0,200 > 0,05 sehingga data tidak berdistribusi normal.',
      ),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        '0,200 > 0,05 sehingga data tidak berdistribusi normal',
        'p = 0,200 > α = 0,05: tidak signifikan',
      ],
    ]);
    expect(
      findings('Nilai signifikansi uji Shapiro-Wilk sebesar 0,021 < 0,05 sehingga data tidak berdistribusi normal.'),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        '0,021 < 0,05 sehingga data tidak berdistribusi normal',
        'p = 0,021 ≤ α = 0,05: signifikan',
      ],
    ]);
    expect(findings('The Shapiro-Wilk test gave p = .003, so the scores were normally distributed.', 'en')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'p = .003, so the scores were normally distributed',
        'p = .003 is at or below α = 0.05: significant',
      ],
    ]);
  });

  it('a homogeneity decision, "heterogen" saying the test was significant', () => {
    expect(
      findings('Uji Levene memberikan nilai probabilitas 0,012, sehingga varians data dinyatakan homogen.'),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        'nilai probabilitas 0,012, sehingga varians data dinyatakan homogen',
        'p = 0,012 ≤ α = 0,05: signifikan',
      ],
    ]);
    expect(findings('Hasil uji Levene menunjukkan p = 0,003 sehingga varians kedua kelompok heterogen.')).toEqual([
      [
        'conclusion',
        'consistent',
        'p = 0,003 sehingga varians kedua kelompok heterogen',
        'p = 0,003 ≤ α = 0,05: signifikan',
      ],
    ]);
  });

  it('a p compared with the level by name takes the value printed just before', () => {
    expect(findings('Sig = 0,031\nα = 0,05\nKarena Sig > α maka varians populasi homogen')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Sig = 0,031 α = 0,05 Karena Sig > α maka varians populasi homogen',
        'p = 0,031 ≤ α = 0,05: signifikan',
      ],
    ]);
    expect(findings('F = 0,312\nSig = 0,938\nα = 0,05\n\nKarena Sig < α maka H0 ditolak')).toEqual([
      ['p-value', 'not-checkable', 'F = 0,312 Sig = 0,938', '—'],
      [
        'conclusion',
        'inconsistent',
        'Sig = 0,938 α = 0,05 Karena Sig < α maka H0 ditolak',
        'p = 0,938 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it("another test's p beside the word is not a conclusion about normality", () => {
    expect(findings('Hasil uji t diperoleh p = 0,001 pada data yang berdistribusi normal.')).toEqual([]);
  });

  it('a rule is not a conclusion', () => {
    expect(findings('Jika nilai Sig. > 0,05 maka data berdistribusi normal.')).toEqual([]);
    expect(findings('Kriteria: data berdistribusi normal bila p = 0,05 atau lebih.')).toEqual([]);
  });
});
