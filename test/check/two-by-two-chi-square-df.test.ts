/**
 * A χ² printed without df between the rows of a 2 × 2 block of a baseline table is checked at
 * 1 df (recognisers/two-by-two-chi-square-df.ts). Each case lists every p-value finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const pFindings = (text: string, lang: 'en' | 'id' = 'en') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'p-value')
    .map((f) => [f.verdict, f.reported, f.recomputed, f.explanation]);

const HEADER = ['| Characteristic | Category | Treatment | Comparison | Test |', '|---|---|---|---|---|'];
const NO_DF = 'The degrees of freedom of χ2 are not reported, so p cannot be recomputed.';

describe('χ² of a 2 × 2 block without df', () => {
  it('is checked at 1 df; a block of three categories is not', () => {
    // χ²(1) is z²: 0.61 gives 2(1 − Φ(√0.61)) = 0.435 (0.4329–0.4367 over its rounding), not 0.74
    // (which df = 2 would give: exp(−0.61/2) = 0.737); 0.80 gives 0.371, printed 0.37. The
    // education block has three categories (df 2 for a Pearson χ², 1 for a trend test): left alone.
    const text = [
      ...HEADER,
      '| n | % | n | % | |',
      '| Sex | Male | 12 | 40.0 | 15 | 50.0 | χ2 = 0.61 P = 0.74 |',
      '| Female | 18 | 60.0 | 15 | 50.0 | |',
      '| Smoker | Yes | 6 | 20.0 | 9 | 30.0 | χ2 = 0.80 P = 0.37 |',
      '| No | 24 | 80.0 | 21 | 70.0 | |',
      '| Education | Primary | 10 | 33.3 | 8 | 26.7 | χ2 = 0.95 P = 0.62 |',
      '| Secondary | 12 | 40.0 | 14 | 46.7 | |',
      '| Tertiary | 8 | 26.7 | 8 | 26.7 | |',
    ].join('\n');
    expect(pFindings(text)).toEqual([
      [
        'inconsistent',
        'χ2 = 0.61 P = 0.74',
        'p = 0.4329 to 0.4367 for |χ²(1)| ∈ [0.605, 0.615]',
        'The reported p does not match the test statistic and its degrees of freedom. Its df are not printed: a χ² of a 2 × 2 table has 1 df.',
      ],
      [
        'consistent',
        'χ2 = 0.80 P = 0.37',
        'p = 0.3696 to 0.3726 for |χ²(1)| ∈ [0.795, 0.805]',
        'The reported p matches the test statistic and its degrees of freedom. Its df are not printed: a χ² of a 2 × 2 table has 1 df.',
      ],
      ['not-checkable', 'χ2 = 0.95 P = 0.62', '—', NO_DF],
    ]);
  });

  it('says so in Indonesian', () => {
    const text = [
      ...HEADER,
      '| n | % | n | % | |',
      '| Jenis kelamin | Laki-laki | 12 | 40,0 | 15 | 50,0 | χ2 = 0,61 p = 0,74 |',
      '| Perempuan | 18 | 60,0 | 15 | 50,0 | |',
    ].join('\n');
    expect(pFindings(text, 'id')).toEqual([
      [
        'inconsistent',
        'χ2 = 0,61 p = 0,74',
        'p = 0,4329 sampai 0,4367 untuk |χ²(1)| ∈ [0,605; 0,615]',
        expect.stringMatching(/ Derajat bebasnya tidak dicetak: χ² dari tabel 2 × 2 berderajat bebas 1\.$/),
      ],
    ]);
  });

  it('is not given df without the blocks of shares around it', () => {
    // Without the "n | %" header no share blocks are read, so nothing shows the table is 2 × 2.
    const text = [
      ...HEADER,
      '| Sex | Male | 12 | 40.0 | 15 | 50.0 | χ2 = 0.61 P = 0.74 |',
      '| Female | 18 | 60.0 | 15 | 50.0 | |',
    ].join('\n');
    expect(pFindings(text)).toEqual([['not-checkable', 'χ2 = 0.61 P = 0.74', '—', NO_DF]]);
    // A third column of shares (here a total) makes a third group around the χ²: not taken for 2 × 2.
    const withTotal = [
      '| Characteristic | Category | Treatment | Comparison | Total | Test |',
      '|---|---|---|---|---|---|',
      '| n | % | n | % | n | % | |',
      '| Sex | Male | 12 | 40.0 | 15 | 50.0 | 27 | 45.0 | χ2 = 0.61 P = 0.74 |',
      '| Female | 18 | 60.0 | 15 | 50.0 | 33 | 55.0 | |',
    ].join('\n');
    expect(pFindings(withTotal)).toEqual([['not-checkable', 'χ2 = 0.61 P = 0.74', '—', NO_DF]]);
  });
});
