/**
 * A χ² printed without its df (src/check/checks/chi-square-without-df.ts): its upper-tail p only
 * grows with the df, so a p below the df = 1 value is impossible whatever the df. Each case lists
 * every p-value finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const pFindings = (text: string, lang: 'en' | 'id' = 'en') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'p-value')
    .map((f) => [f.verdict, f.reported, f.recomputed, f.explanation]);

describe('a χ² without df whose p no df allows', () => {
  it('is inconsistent when p lies below the df = 1 value', () => {
    // χ² ∈ [0.145, 0.155] at df = 1: p = 0.6938 to 0.7034 (χ²(1) is z², so p = 2(1 − Φ(√0.155)) = 0.6938);
    // any larger df gives a larger p, so p = 0.64 fits no df.
    expect(pFindings('Age groups did not differ between the arms (χ2 = 0.15, P = 0.64).')).toEqual([
      [
        'inconsistent',
        'χ2 = 0.15, P = 0.64',
        'p = 0.6938 to 1.0000 for |χ²| ∈ [0.145, 0.155] at any df from 1 to infinity',
        'The degrees of freedom of χ2 are not reported, but no df (1 or more) makes the reported p fit the statistic.',
      ],
    ]);
  });

  it('is a decision error when even df = 1 puts p above alpha but the report says below', () => {
    // 2(1 − Φ(√2.105)) = 0.1468 > .05, and larger df only raise it.
    expect(pFindings('Smoking differed by sex (χ2 = 2.10, p = .03).')).toEqual([
      [
        'decision-error',
        'χ2 = 2.10, p = .03',
        'p = 0.1468 to 1.0000 for |χ²| ∈ [2.095, 2.105] at any df from 1 to infinity',
        'The degrees of freedom of χ2 are not reported, but no df (1 or more) makes the reported p fit the statistic, and at every df the recomputed p is above α = 0.05: the conclusion about significance changes.',
      ],
    ]);
  });

  it('says the same in Indonesian', () => {
    expect(pFindings('Tidak ada perbedaan usia (χ2 = 0,15; p = 0,64).', 'id')).toEqual([
      [
        'inconsistent',
        'χ2 = 0,15; p = 0,64',
        'p = 0,6938 sampai 1,0000 untuk |χ²| ∈ [0,145; 0,155] pada derajat bebas berapa pun dari 1 sampai tak hingga',
        'Derajat bebas χ2 tidak dilaporkan, tetapi tidak ada derajat bebas (1 atau lebih) yang membuat p yang dilaporkan sesuai dengan statistik uji.',
      ],
    ]);
  });

  it('stays not checkable when some df gives the p, or the statistic is a Wald or a whole number', () => {
    const notCheckable = (reported: string) => [
      'not-checkable',
      reported,
      '—',
      expect.stringMatching(/^The degrees of freedom of .+ are not reported, so p cannot be recomputed\.$/),
    ];
    // df = 2 gives exp(−1.06/2) = 0.589: some df fits p = 0.58 within the statistic's rounding.
    expect(pFindings('Marital status did not differ (χ2 = 1.06, P = 0.59).')).toEqual([
      notCheckable('χ2 = 1.06, P = 0.59'),
    ]);
    // A large χ² with p < .001 fits df = 1 and many more.
    expect(pFindings('Scores changed over time (χ2 = 47.145; P < 0.001).')).toEqual([
      notCheckable('χ2 = 47.145; P < 0.001'),
    ]);
    // A Wald column is as often the Wald z: z = 2.10 gives p = .036.
    expect(pFindings('Age predicted uptake (Wald = 2.10, p = .036).')).toEqual([notCheckable('Wald = 2.10, p = .036')]);
    // A whole number after χ² may be a count.
    expect(pFindings('The groups differed (χ2 = 2, p = .03).')).toEqual([notCheckable('χ2 = 2, p = .03')]);
  });
});
