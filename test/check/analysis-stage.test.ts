/**
 * A ratio printed with its p in one sentence and with its interval in another is one result
 * (checks/restated-ratio-p.ts) only when the two sentences do not name different stages of the
 * analysis (recognisers/analysis-stage.ts): a crude ratio's p and an adjusted ratio's interval
 * may share a printed value by chance. The texts are written for these tests; each case lists
 * every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { analysisStage } from '../../src/check/recognisers/analysis-stage.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a ratio restated in another stage of the analysis (recognisers/analysis-stage.ts)', () => {
  it("does not hold a bivariate p to a multivariate ratio's interval", () => {
    // The adjusted interval 1,31–4,22 implies a Wald p of 0,004; the crude (Fisher) p 0,068 is
    // another test's, on another model: read together they were a false decision error.
    expect(
      findings(
        'Analisis bivariat dengan uji Fisher exact menunjukkan hubungan riwayat ASI eksklusif dengan stunting (p=0,068 dan OR=2,35). Pada analisis multivariat, riwayat ASI eksklusif (OR=2,35; 95%CI: 1,31-4,22) tetap berpengaruh.',
      ),
    ).toEqual([
      [
        'confidence-interval',
        'consistent',
        'OR = 2,35; IK 95% 1,31 – 4,22',
        'titik tengah pada skala log √(bawah·atas) = [2,345; 2,357]',
      ],
    ]);
  });

  it('still reads the two mentions as one result when only one of their sentences names a stage', () => {
    // OR 0,235 (0,088–0,630): SE of ln OR = (ln 0,630 − ln 0,088)/3,92 = 0,502, z = 1,448/0,502 =
    // 2,88, Wald p ≈ 0,004, not 0,04; √(0,0875·0,6295) = 0,2347 to √(0,0885·0,6305) = 0,2362
    // holds 0,235.
    expect(
      findings(
        'Faktor dominan yang paling berpengaruh adalah riwayat ASI eksklusif (p=0,04 dan OR=0,235). Berdasarkan analisis multivariat, riwayat ASI eksklusif (OR=0,235; 95%CI: 0,088-0,630) paling dominan.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'berpengaruh adalah riwayat ASI eksklusif (p=0,04',
        'p = 0,04 ≤ α = 0,05: signifikan',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'OR = 0,235; IK 95% 0,088 – 0,630; p = 0,04',
        'p dari interval (Wald) = 0,0038 sampai 0,0042',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 0,235; IK 95% 0,088 – 0,630',
        'titik tengah pada skala log √(bawah·atas) = [0,2347; 0,2362]',
      ],
    ]);
  });

  it("names the stage of a place's sentence only", () => {
    const text = 'Analisis bivariat: semua p < 0,05. Faktor dominan adalah ASI (OR=2,35). Model akhir (aOR=2,35).';
    expect(analysisStage(text, text.indexOf('OR=2,35'))).toBe(null);
    expect(analysisStage(text, text.indexOf('semua'))).toBe('bivariate');
    expect(analysisStage(text, text.indexOf('aOR=2,35'))).toBe('multivariate');
    expect(analysisStage('Crude and adjusted odds ratios (OR 2.35)', 38)).toBe(null);
  });
});
