/**
 * SPSS coefficients tables pasted flat (recognisers/flat-test-rows.ts): each row's t against
 * B/SE, and its p at the residual df of the model's ANOVA table printed with it
 * (recognisers/regression-residual-df.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

// R: 2·pt(−3.012, 43) = 0.00434, 2·pt(−2.983, 43) = 0.00469, 2·pt(−2.211, 43) = 0.0324 (printed
// .023: wrong); 2·pt(−2.411, 43) = 0.0202; F = 206.275 / 16.517 = 12.489 on (2, 43) df, p = 5.3e-5.
const ANOVA =
  'Tabel 4.10 ANOVA Model Sum of Squares df Mean Square F Sig. 1 Regression 412.550 2 206.275 12.489 .000 Residual 710.230 43 16.517 Total 1122.780 45 ';
const COEFFICIENTS =
  'Tabel 4.11 Coefficients Model Unstandardized Coefficients Standardized Coefficients t Sig. B Std. Error Beta (Constant) 12.410 4.120 3.012 .004 Motivasi .352 .118 .371 2.983 .005 Disiplin .241 .109 .275 2.211 .023 Sumber: data primer diolah';

describe('coefficients tables pasted flat: t against B/SE, p at the ANOVA’s residual df', () => {
  it('the residual df of the ANOVA whose regression df is the number of predictors', () => {
    expect(findings(ANOVA + COEFFICIENTS)).toEqual([
      ['p-value', 'reporting-issue', '12.489 .000', 'p = 5,3 × 10^-5 untuk |F(2; 43)| ∈ [12,4885; 12,4895]'],
      ['standard-error', 'consistent', 't = 3.012; M = 12.410, SE = 4.120', 't = rata-rata/SE = [3,012; 3,013]'],
      ['p-value', 'consistent', '3.012 .004', 'p = 0,0043 (dua sisi) untuk |t(43)| ∈ [3,0115; 3,0125]'],
      ['standard-error', 'consistent', 't = 2.983; M = .352, SE = .118', 't = rata-rata/SE = [2,966; 3,000]'],
      ['p-value', 'consistent', '2.983 .005', 'p = 0,0047 (dua sisi) untuk |t(43)| ∈ [2,9825; 2,9835]'],
      ['standard-error', 'consistent', 't = 2.211; M = .241, SE = .109', 't = rata-rata/SE = [2,196; 2,226]'],
      ['p-value', 'inconsistent', '2.211 .023', 'p = 0,0324 (dua sisi) untuk |t(43)| ∈ [2,2105; 2,2115]'],
    ]);
  });

  it('a t that is not B/SE at their rounding', () => {
    const text = ANOVA + COEFFICIENTS.replace('2.211 .023', '2.411 .020');
    expect(findings(text).filter((f) => f[2]!.includes('.241') || f[2]!.includes('2.411'))).toEqual([
      ['standard-error', 'inconsistent', 't = 2.411; M = .241, SE = .109', 't = rata-rata/SE = [2,196; 2,226]'],
      ['p-value', 'consistent', '2.411 .020', 'p = 0,0202 sampai 0,0203 (dua sisi) untuk |t(43)| ∈ [2,4105; 2,4115]'],
    ]);
  });

  it('of two ANOVAs with as many predictors, the one printed before the coefficients', () => {
    // A second model's ANOVA (residual df 40) printed right after the table is nearer than the
    // table's own ANOVA, printed before a long passage.
    const passage =
      'Model summary menunjukkan bahwa kedua variabel bebas menjelaskan sebagian variasi kinerja pegawai. '.repeat(8);
    const second =
      ' Tabel 4.12 ANOVA model kedua Regression 380.100 2 190.050 10.905 .000 Residual 697.100 40 17.428 Total 1077.200 42';
    const text = ANOVA + passage + COEFFICIENTS + second;
    expect(findings(text).filter((f) => f[0] === 'p-value' && f[2]!.startsWith('3.012'))).toEqual([
      ['p-value', 'consistent', '3.012 .004', 'p = 0,0043 (dua sisi) untuk |t(43)| ∈ [3,0115; 3,0125]'],
    ]);
  });

  it('an ANOVA of another model (regression df 3 for two predictors) gives no df', () => {
    const text = ANOVA.replace('Regression 412.550 2 ', 'Regression 412.550 3 ') + COEFFICIENTS;
    expect(findings(text).filter((f) => f[0] === 'p-value' && f[2] !== '12.489 .000')).toEqual([
      ['p-value', 'not-checkable', '3.012 .004', '—'],
      ['p-value', 'not-checkable', '2.983 .005', '—'],
      ['p-value', 'not-checkable', '2.211 .023', '—'],
    ]);
  });
});
