/**
 * A ratio's p that its sentence gives to a χ² or Fisher's exact test of the table
 * (checks/confidence-interval.ts, COUNT_TEST): such a p may lie above the Wald p of the printed
 * interval, so it is not held against the interval. Texts written for this test. OR 2.35 with
 * 95% CI 1.01–5.47: the interval's Wald p is about 0.047, so p = 0.068 is on the other side of
 * 0.05 — a decision error when nothing says which test gave it.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const ci = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'confidence-interval' && /p /.test(f.reported))
    .map((f) => [f.verdict, f.explanation]);

describe("a ratio's p from a test of the counts", () => {
  it("English: Fisher's exact test named in the sentence — not checkable against the interval", () => {
    expect(
      ci("The association was not significant by Fisher's exact test (OR = 2.35, 95% CI 1.01–5.47, p = 0.068).", 'en'),
    ).toEqual([
      [
        'not-checkable',
        "The sentence says the p comes from a chi-square or Fisher's exact test of the table, which may lie above the p of the ratio's Wald interval: it cannot be recomputed from the interval.",
      ],
    ]);
  });

  it('Indonesian: uji Fisher exact named — not checkable', () => {
    expect(
      ci('Hasil uji Fisher exact menunjukkan hubungan yang tidak bermakna (OR=2,35; 95%CI 1,01–5,47; p=0,068).', 'id'),
    ).toEqual([
      [
        'not-checkable',
        'Kalimatnya menyebut p berasal dari uji chi-square atau uji eksak Fisher atas tabelnya, yang dapat lebih besar daripada p interval Wald rasionya: p itu tidak dapat dihitung ulang dari intervalnya.',
      ],
    ]);
  });

  it('no test named: the p is still held against the interval (a decision error)', () => {
    expect(
      ci('The association was not significant (OR = 2.35, 95% CI 1.01–5.47, p = 0.068).', 'en').map(([v]) => v),
    ).toEqual(['decision-error']);
  });
});
