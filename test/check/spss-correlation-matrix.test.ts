/**
 * SPSS's Correlations table pasted as text (rows of Pearson r, Sig. and N per variable):
 * recognisers/spss-correlation-matrix.ts. The texts are written for these tests; each case lists
 * every finding naskah reports, exactly. p values recomputed with scipy: two-sided p of r with
 * df = N − 2 = 28, t = r·√(df/(1 − r²)).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe("SPSS's Correlations table as text (recognisers/spss-correlation-matrix.ts)", () => {
  it('reads each pair once, from the row where it follows the diagonal', () => {
    // r = ,512 (,5115–,5125) → p = 0,00386–0,00378, printed ,004: fits; r = ,801 → p = 1,06e-7 and
    // r = ,866 → p = 6,4e-10, printed ,000: reporting issues. The X2 and TOTAL rows repeat the
    // pairs before their diagonal and are not read again.
    const text =
      'Tabel 4.3 Uji Validitas Correlations X1 X2 TOTAL X1 Pearson Correlation 1 ,512** ,801** Sig. (2-tailed) ,004 ,000 N 30 30 30 X2 Pearson Correlation ,512** 1 ,866** Sig. (2-tailed) ,004 ,000 N 30 30 30 TOTAL Pearson Correlation ,801** ,866** 1 Sig. (2-tailed) ,000 ,000 N 30 30 30 **. Correlation is significant at the 0.01 level (2-tailed).';
    expect(findings(text)).toEqual([
      [
        'p-value',
        'consistent',
        ',512** ,801** Sig. (2-tailed) ,004',
        'p = 0,0038 sampai 0,0039 (dua sisi) untuk |r(28)| ∈ [0,5115; 0,5125]',
      ],
      [
        'p-value',
        'reporting-issue',
        ',801** Sig. (2-tailed) ,004 ,000',
        'p = 1,0 × 10^-7 sampai 1,1 × 10^-7 (dua sisi) untuk |r(28)| ∈ [0,8005; 0,8015]',
      ],
      [
        'p-value',
        'reporting-issue',
        ',866** Sig. (2-tailed) ,004 ,000',
        'p = 6,1 × 10^-10 sampai 6,7 × 10^-10 (dua sisi) untuk |r(28)| ∈ [0,8655; 0,8665]',
      ],
    ]);
  });

  it('flags a p that its r and N cannot give', () => {
    // r = ,250 with N = 30 gives p = 0,1827 (0,1818–0,1836 over ,2495–,2505), not ,018: on the
    // other side of 0,05, a decision error.
    const text =
      'Correlations Motivasi Kinerja Motivasi Pearson Correlation 1 ,250 Sig. (2-tailed) ,018 N 30 30 Kinerja Pearson Correlation ,250 1 Sig. (2-tailed) ,018 N 30 30';
    expect(findings(text)).toEqual([
      [
        'p-value',
        'decision-error',
        ',250 Sig. (2-tailed) ,018',
        'p = 0,1818 sampai 0,1836 (dua sisi) untuk |r(28)| ∈ [0,2495; 0,2505]',
      ],
    ]);
  });

  it('is not read when the Sig. row does not line up with the correlations', () => {
    // Two correlations off the diagonal but one p: which r the p belongs to is not certain.
    expect(
      findings('Correlations X1 X2 X3 X1 Pearson Correlation 1 ,512** ,801** Sig. (2-tailed) ,004 N 30 30 30'),
    ).toEqual([]);
  });
});
