/**
 * A cause of wrong findings seen on the wild4 precision corpus (test/check/external/wild4-*.yaml):
 * a p-value whose printed number goes on past a times sign or a raised decimal point
 * (recognisers/p-number-continues.ts). Read only up to that sign, `p = 2 × 10-5` became p = 2
 * (a false "inconsistent" against its t) and the Lancet's `p=0·0425` became p = 0 (a false
 * reporting issue). Each case lists every finding naskah reports, exactly; the texts are written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported]);

describe('a p printed in scientific notation with a times sign, or with a raised decimal point, is left unread (recognisers/p-number-continues.ts)', () => {
  it('p = 2 × 10-5 after t(40) = 5.10 is not read as p = 2 (t(40) = 5.10 gives p = 8.6e-6)', () => {
    // Since recognisers/numbers.ts reads powers of ten (read-p-forms.test.ts), such a p is read
    // whole: 2 × 10-5 stands for 1.5–2.5e-5, which 8.5–8.7e-6 (t over its rounding) misses; 8 and
    // 9 × 10−6 hold it.
    expect(findings('The groups differed, t(40) = 5.10, p = 2 × 10-5.')).toEqual([
      ['conclusion', 'consistent', 'differed, t(40) = 5.10, p = 2 × 10-5'],
      ['p-value', 'inconsistent', 't(40) = 5.10, p = 2 × 10-5'],
    ]);
    expect(findings('The groups differed, t(40) = 5.10, p=8× 10−6.')).toEqual([
      ['conclusion', 'consistent', 'differed, t(40) = 5.10, p=8× 10−6'],
      ['p-value', 'consistent', 't(40) = 5.10, p=8× 10−6'],
    ]);
    expect(findings('The groups differed, t(40) = 5.10, p = 9 x 10-6.')).toEqual([
      ['conclusion', 'consistent', 'differed, t(40) = 5.10, p = 9 x 10-6'],
      ['p-value', 'consistent', 't(40) = 5.10, p = 9 x 10-6'],
    ]);
  });

  it('p=0·0425 (raised decimal point) and its mangled form p=0× 0425 are not read as p = 0', () => {
    expect(findings('Pain rose in the attention group (slope 0·04/15 min; p=0·0425).')).toEqual([]);
    expect(findings('Pain rose in the attention group (slope 0× 04/15 min; p=0× 0425).')).toEqual([]);
  });

  it('a p printed plainly beside a product is still read: t(40) = 5.10, p = .02 is inconsistent', () => {
    // t(40) = 5.10 gives two-tailed p = 8.6e-6 (jStat: 2·(1 − studentt.cdf(5.10, 40))), far from .02 (both below .05, so no decision error).
    const f = findings('The 2 × 2 design showed a difference, t(40) = 5.10, p = .02.');
    expect(f).toEqual([['p-value', 'inconsistent', 't(40) = 5.10, p = .02']]);
  });
});
