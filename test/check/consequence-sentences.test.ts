/**
 * A finding in the sentence after the p it draws on, opened by "Ini berarti" or "Hasil tersebut
 * membuktikan bahwa" (recognisers/conclusions.ts, CONSEQUENCE). Texts written for these tests;
 * each case lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.recomputed]);

describe('a finding drawn in the next sentence', () => {
  it('"Ini berarti terdapat hubungan yang signifikan" after p-value 0,320 contradicts it', () => {
    expect(
      findings(
        'Diperoleh hasil p-value 0,320 dan r sebesar 0,109. Ini berarti terdapat hubungan yang signifikan antara motivasi dengan prestasi belajar.',
      ),
    ).toEqual([
      ['p-value', 'not-checkable', '—'],
      ['conclusion', 'inconsistent', 'p = 0,320 > α = 0,05: tidak signifikan'],
    ]);
  });

  it('"Hasil tersebut membuktikan bahwa ada hubungan" after p-value 0,004 agrees with it', () => {
    expect(
      findings(
        'Diperoleh p-value sebesar 0,004. Hasil tersebut membuktikan bahwa ada hubungan antara kepuasan kerja dengan kedisiplinan kerja.',
      ),
    ).toEqual([['conclusion', 'consistent', 'p = 0,004 ≤ α = 0,05: signifikan']]);
  });

  it('the level named beside the p ("taraf signifikansi 0,05 (p=0,402)") is not a second p', () => {
    expect(
      findings(
        'Hasil uji menunjukkan koefisien korelasi 0,132 dengan taraf signifikansi 0,05 (p=0,402). Hasil tersebut membuktikan bahwa ada hubungan antara kepuasan kerja dengan kedisiplinan kerja.',
      ),
    ).toEqual([['conclusion', 'inconsistent', 'p = 0,402 > α = 0,05: tidak signifikan']]);
  });
});
