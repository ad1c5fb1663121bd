/**
 * SPSS's Coefficients table printed column by column (recognisers/column-major-coefficients.ts):
 * every B, then every Std. Error, every Beta, every t and every Sig. Each case lists every finding
 * naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

// B 1.250, .320, .145; SE .610, .095, .071: B/SE = 2.049, 3.368, 2.042. R: 2·pt(−2.049, 47) =
// 0.0461, 2·pt(−3.368, 47) = 0.0015, 2·pt(−2.042, 47) = 0.0468 (printed .038: wrong).
const TABLE =
  'Tabel 4.9 Hasil Uji t Model Unstandardized Coefficients Standardized Coefficients t Sig. B Std. Error Beta (Constant) Motivasi (X1) Disiplin (X2) 1.250 .320 .145 .610 .095 .071 .402 .237 2.049 3.368 2.042 .046 .002 .038 Sumber: data primer diolah';

describe('a coefficients table printed column by column (recognisers/column-major-coefficients.ts)', () => {
  it('each row’s t against B/SE and its p at the residual df the text states', () => {
    expect(findings(`${TABLE}, db regresi = 2 : db residual = 47.`)).toEqual([
      ['standard-error', 'consistent', 't = 2.049; M = 1.250, SE = .610', 't = rata-rata/SE = [2,047; 2,052]'],
      ['standard-error', 'consistent', 't = 3.368; M = .320, SE = .095', 't = rata-rata/SE = [3,346; 3,392]'],
      ['standard-error', 'consistent', 't = 2.042; M = .145, SE = .071', 't = rata-rata/SE = [2,021; 2,064]'],
      [
        'p-value',
        'consistent',
        '2.049 3.368 2.042 .046',
        'p = 0,0460 sampai 0,0461 (dua sisi) untuk |t(47)| ∈ [2,0485; 2,0495]',
      ],
      ['p-value', 'consistent', '3.368 2.042 .046 .002', 'p = 0,0015 (dua sisi) untuk |t(47)| ∈ [3,3675; 3,3685]'],
      [
        'p-value',
        'inconsistent',
        '2.042 .046 .002 .038',
        'p = 0,0467 sampai 0,0468 (dua sisi) untuk |t(47)| ∈ [2,0415; 2,0425]',
      ],
    ]);
  });

  it('without a residual df the p’s are not checkable', () => {
    expect(findings(`${TABLE}.`).filter((f) => f[0] === 'p-value')).toEqual([
      ['p-value', 'not-checkable', '2.049 3.368 2.042 .046', '—'],
      ['p-value', 'not-checkable', '3.368 2.042 .046 .002', '—'],
      ['p-value', 'not-checkable', '2.042 .046 .002 .038', '—'],
    ]);
  });

  it('is not read when the columns cut so do not give t = B/SE', () => {
    // The SE column shifted by one value: no row count makes every t about B/SE.
    const text = TABLE.replace('.610 .095 .071', '.095 .610 .071');
    expect(findings(text)).toEqual([]);
  });
});
