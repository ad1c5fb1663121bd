/**
 * A level an Indonesian finding states in its own sentence, away from its p
 * (recognisers/stated-levels-id.ts): the decision is read at that level, not at the default 0,05.
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a level stated in the finding’s sentence (recognisers/stated-levels-id.ts)', () => {
  it('"pada taraf nyata α = 0,15": 0,093 is below it, so "berpengaruh" agrees', () => {
    const text =
      'Variabel umur memiliki nilai Sig. 0,093 artinya variabel ini berpengaruh nyata terhadap produksi pada taraf nyata α = 0,15.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'nilai Sig. 0,093 artinya variabel ini berpengaruh',
        'p = 0,093 ≤ α = 0,15: signifikan',
      ],
    ]);
  });

  it('"pada taraf nyata 10%" as a percentage: 0,071 is below 0,10', () => {
    const text =
      'Luas lahan memiliki nilai Sig. 0,071 artinya berpengaruh nyata terhadap pendapatan pada taraf nyata 10%.';
    expect(findings(text)).toEqual([
      ['conclusion', 'consistent', 'nilai Sig. 0,071 artinya berpengaruh', 'p = 0,071 ≤ α = 0,10: signifikan'],
    ]);
  });

  it('a p above the stated level is still not significant at it', () => {
    const text =
      'Luas lahan memiliki nilai Sig. 0,171 artinya berpengaruh nyata terhadap pendapatan pada taraf nyata 10%.';
    expect(findings(text)).toEqual([
      ['conclusion', 'inconsistent', 'nilai Sig. 0,171 artinya berpengaruh', 'p = 0,171 > α = 0,10: tidak signifikan'],
    ]);
  });

  it('without a stated level the default 0,05 decides', () => {
    const text = 'Variabel umur memiliki nilai Sig. 0,093 artinya variabel ini berpengaruh nyata terhadap produksi.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'inconsistent',
        'nilai Sig. 0,093 artinya variabel ini berpengaruh',
        'p = 0,093 > α = 0,05: tidak signifikan',
      ],
    ]);
  });
});
