/**
 * Regression coefficients restated after their table with another value
 * (recognisers/indexed-coefficients.ts, checks/restated-coefficients.ts). Each case lists every
 * finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);
const explanations = (text: string) => checkText(text, { lang: 'id' }).findings.map((f) => f.explanation);

// An SPSS coefficients table as page text prints it, each row's next label moved to the end of
// the line: X1's B is .245 (SE .061, Beta .312), X2's .318 (SE .077, Beta .401).
const TABLE =
  'Tabel 4.8 Hasil Regresi Linear Berganda\nModel Unstandardized Coefficients Standardized Coefficients\nB Std. Error Beta\n1 (Constant)\n2.115 0.870\nX1 .245\n.061 .312 X2\n.318 .077\n.401\nSumber: Output SPSS 22\n';

describe('a regression coefficient restated with another value (checks/restated-coefficients.ts)', () => {
  it('the prose gives b1 as 0,254 for the table’s .245; the equation repeating it is not reported twice', () => {
    const text = `${TABLE}Berdasarkan Tabel 4.8 diperoleh koefisien regresi b1 sebesar 0,254 dan b2 sebesar 0,318, sehingga persamaan regresinya adalah Y = 2,115 + 0,254X1 + 0,318X2.`;
    expect(findings(text)).toEqual([
      ['repeated-values', 'inconsistent', 'b1 sebesar 0,254', 'tabel koefisien memberi X1: B = .245'],
    ]);
    expect(explanations(text)).toEqual([
      'Koefisien X1 ditulis ulang sebagai 0,254, padahal tabel koefisien sebelumnya memberi .245, dan 0,254 bukan angka lain dari baris itu.',
    ]);
  });

  it('the equation, its subscripts on lines of their own, and the coefficients named in words', () => {
    const text = `${TABLE}Persamaan regresinya adalah Ŷ = 2,115 + 0,245x\n1\n+ 0,381x\n2\nKoefisien regresi variabel motivasi (X2) sebesar 0,381 berarti kinerja naik bila motivasi naik.`;
    expect(findings(text)).toEqual([
      ['repeated-values', 'inconsistent', '0,381x 2', 'tabel koefisien memberi X2: B = .318'],
    ]);
  });

  it('a coefficient that is another number of its row (Beta) or the table’s values is no slip', () => {
    const text = `${TABLE}Koefisien beta b1 sebesar 0,312 dan b2 sebesar 0,401; persamaan regresinya Y = 2,115 + 0,245X1 + 0,318X2.`;
    expect(findings(text)).toEqual([]);
  });

  it('an equation or a sentence of another model (a path’s second structure, a simple regression) is not a restatement', () => {
    // The Y equation adds a mediator Z: its X1 and X2 terms are that model's, not the table's.
    const path = `${TABLE}Persamaan substruktur 1 adalah Z = 2,115 + 0,245X1 + 0,318X2. Pada substruktur 2 diperoleh persamaan Y = 1,020 + 0,150X1 + 0,210X2 + 0,330Z.`;
    expect(findings(path)).toEqual([]);
    // A simple regression of X1 alone gives X1 another coefficient, in an equation or in words.
    const simple = `${TABLE}Hasil uji regresi sederhana X1 terhadap Y menunjukkan koefisien regresi X1 sebesar 0,402, dengan persamaan Y = 3,210 + 0,402X1.`;
    expect(findings(simple)).toEqual([]);
    // The same slip in the multiple regression's own equation is still reported.
    expect(findings(`${TABLE}Persamaan regresinya Y = 2,115 + 0,254X1 + 0,318X2.`)).toEqual([
      ['repeated-values', 'inconsistent', '0,254X1', 'tabel koefisien memberi X1: B = .245'],
    ]);
  });

  it('prose after another table, or a b1 in a sentence about no regression, is not a restatement', () => {
    // Tabel 4.9, a simple regression this reader does not read (no "Unstandardized"), gives X1 .402.
    const next =
      'Tabel 4.9 Hasil Regresi X1 terhadap Y\nCoefficientsa\nModel B Std. Error Beta t Sig.\n1 (Constant) 3.210 .900 3.567 .001\nX1 .402 .080 .501 5.025 .000\nBerdasarkan tabel 4.9 koefisien regresi X1 sebesar 0,402.';
    expect(findings(TABLE + next).filter((f) => f[0] === 'repeated-values')).toEqual([]);
    const irt = `${TABLE}In the second step, the item parameters b1 = 0.850 and b2 = 1.120 were estimated from the IRT model.`;
    expect(findings(irt)).toEqual([]);
  });

  it('an equation with another constant, or a sentence citing another study, is another model', () => {
    // The table's constant is 2.115; 1,520 is that of an earlier study's equation.
    const cited = `${TABLE}Penelitian Sari memperoleh persamaan Y = 1,520 + 0,410X1 + 0,220X2.`;
    expect(findings(cited)).toEqual([]);
    expect(findings(`${TABLE}Sari (2019) melaporkan koefisien regresi X1 sebesar 0,410.`)).toEqual([]);
  });
});
