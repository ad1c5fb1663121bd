/**
 * Source-table rows (sum of squares, df, mean square, F, p) whose error row is not printed
 * (recognisers/source-rows-without-error.ts), checked at every error df
 * (checks/f-without-error-df.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'en' | 'id' = 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed, f.explanation]);

const NOT_CHECKABLE = 'The degrees of freedom of F are not reported, so p cannot be recomputed.';

describe('ANCOVA rows without their error row', () => {
  it('flags a p that no error df gives an F(1, ?), and leaves the rest not checkable', () => {
    // F(1, d) is t² with d df, so p runs from 1 − (2/π)·atan(√F) at d = 1 down to 2(1 − Φ(√F)):
    // F ∈ [3.9115, 3.9125] gives 0.0479 to 0.2980, so 0.412 fits no d; F = 4.550 gives 0.0329 to
    // 0.280, where 0.038 fits (d ≈ 44); F ∈ [0.4195, 0.4205] gives 0.5167 to 0.6341, all above
    // .05, against a reported .030. The 2-df row is not judged (F with more numerator df is not
    // monotone in the error df).
    const text = [
      'Table 3. ANCOVA of post-test scores',
      'Source Sum of Squares df Mean Square F p',
      'Pre-test score 52.4 1 52.4 3.912 0.412',
      'Group 12.6 1 12.6 4.550 0.038',
      'Sex 8.4 1 8.4 0.420 0.030',
      'Teaching method 40.8 2 20.4 1.120 0.012',
      'Corrected total 1840.2 61',
    ].join('\n');
    expect(findings(text)).toEqual([
      [
        'p-value',
        'inconsistent',
        '3.912 0.412',
        'p = 0.0479 to 0.2980 for |F(1)| ∈ [3.9115, 3.9125] at any error df from 1 to infinity',
        'The error degrees of freedom of F are not reported, but no error df (1 or more) makes the reported p fit the statistic.',
      ],
      ['p-value', 'not-checkable', '4.550 0.038', '—', NOT_CHECKABLE],
      [
        'p-value',
        'decision-error',
        '0.420 0.030',
        'p = 0.5167 to 0.6341 for |F(1)| ∈ [0.4195, 0.4205] at any error df from 1 to infinity',
        'The error degrees of freedom of F are not reported, but no error df (1 or more) makes the reported p fit the statistic, and at every error df the recomputed p is above α = 0.05: the conclusion about significance changes.',
      ],
      ['p-value', 'not-checkable', '1.120 0.012', '—', NOT_CHECKABLE],
    ]);
  });

  it('says the same in Indonesian', () => {
    const text = 'Sumber Sum of Squares df Mean Square F p\nPretes 52.4 1 52.4 3.912 0.412';
    expect(findings(text, 'id')).toEqual([
      [
        'p-value',
        'inconsistent',
        '3.912 0.412',
        'p = 0,0479 sampai 0,2980 untuk |F(1)| ∈ [3,9115; 3,9125] pada derajat bebas galat berapa pun dari 1 sampai tak hingga',
        'Derajat bebas galat F tidak dilaporkan, tetapi tidak ada derajat bebas galat (1 atau lebih) yang membuat p yang dilaporkan sesuai dengan statistik uji.',
      ],
    ]);
  });

  it('is not read with an error row, a mean square that is not SS/df, or no header', () => {
    const header = 'Source Sum of Squares df Mean Square F p';
    expect(
      findings(`${header}\nPre-test score 52.4 1 52.4 3.912 0.412\nError 1200.5 58 20.7\nTotal 1300.2 61`),
    ).toEqual([]);
    expect(findings(`${header}\nPre-test score 52.4 1 61.3 3.912 0.412`)).toEqual([]);
    expect(findings('Pre-test score 52.4 1 52.4 3.912 0.412')).toEqual([]);
  });
});
