/**
 * Decisions drawn from a statistic against its critical value, with no p
 * (recognisers/critical-values.ts, checks/critical-values.ts). Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('decisions from a statistic and its critical value', () => {
  it('t hitung above t tabel: H1 accepted agrees', () => {
    expect(findings('Karena t hitung (5,376) > t tabel (1,686) maka H1 diterima dan H0 ditolak.', 'id')).toEqual([
      [
        'conclusion',
        'consistent',
        't hitung (5,376) > t tabel (1,686) maka H1 diterima dan H0 ditolak',
        '|5,376| > 1,686 (nilai kritis): signifikan',
      ],
    ]);
  });

  it('F hitung below F tabel: H0 rejected contradicts it', () => {
    expect(findings('Diperoleh F hitung sebesar 2,10 dan F tabel 3,15 sehingga Ho ditolak.', 'id')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'F hitung sebesar 2,10 dan F tabel 3,15 sehingga Ho ditolak',
        '2,10 ≤ 3,15 (nilai kritis): tidak signifikan',
      ],
    ]);
  });

  it('a finding drawn from the decision in the next sentence is read with it', () => {
    expect(
      findings(
        'The results give t_(count)=1.02 and t_(table) = 1.67, because t_(count)< t_(table) then H_0 is accepted. Thus there is an influence of the method on learning outcomes.',
        'en',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        't_(count)=1.02 and t_(table) = 1.67, because t_(count)< t_(table) then H_0 is accepted',
        '|1.02| ≤ 1.67 (critical value): not significant',
      ],
      ['conclusion', 'inconsistent', 'there is an influence', '|1.02| ≤ 1.67 (critical value): not significant'],
    ]);
  });

  it('a sentence that also cites its p is judged from the p only', () => {
    expect(findings('Nilai t hitung 2,50 > t tabel 2,02 dan sig. 0,018 < 0,05 maka H0 ditolak.', 'id')).toEqual([
      ['conclusion', 'consistent', 'sig. 0,018 < 0,05 maka H0 ditolak', 'p = 0,018 ≤ α = 0,05: signifikan'],
    ]);
  });

  it('χ² written X² with a superscript two', () => {
    expect(findings('X² hitung (5,729) < X² tabel (7,815)\nH0 diterima', 'id')).toEqual([
      [
        'conclusion',
        'consistent',
        'X² hitung (5,729) < X² tabel (7,815) H0 diterima',
        '5,729 ≤ 7,815 (nilai kritis): tidak signifikan',
      ],
    ]);
  });
});
