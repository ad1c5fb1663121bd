/**
 * Decision rules and levels are not findings, and a comparison that lost its α between the sign
 * and "=" is still read (fresh6-id, fresh7-id; recognisers/decision-rules.ts, comparisons.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('rules and levels are not findings (recognisers/decision-rules.ts)', () => {
  it('a rule stated with "jika … berarti" reads no finding, and the level is not a p', () => {
    const text =
      'Dengan tingkat signifikansi α sebesar 0,05, maka kesimpulan yang diambil adalah: jika p-value lebih dari 0,05 H diterima berarti variabel bebas tidak berpengaruh terhadap variabel terikat.';
    expect(findings(text)).toEqual([]);
  });

  it('a rule whose condition is in the clause before the decision reads no finding', () => {
    expect(findings('Jika nilai p = 0,03, maka tidak ada hubungan antara umur dan stres kerja.')).toEqual([]);
  });

  it('a level named "taraf signifikansi" hands no p on; a p stated so still does', () => {
    const text =
      'Taraf signifikansi sebesar 0,05, sehingga tidak ada hubungan antara umur dan stres kerja. Nilai p sebesar 0,03, sehingga tidak ada hubungan antara umur dan stres kerja.';
    // 0,03 ≤ 0,05 is significant: "tidak ada hubungan" contradicts it.
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Nilai p sebesar 0,03, sehingga tidak ada hubungan',
        'p = 0,03 ≤ α = 0,05: signifikan',
      ],
    ]);
  });
});

describe('a comparison whose α was lost between the sign and "=" (recognisers/comparisons.ts)', () => {
  it('"p = 0,177 <  = 0,05" is a false comparison; "0,012 <  = 0,05" a true one', () => {
    const text =
      'Hasil uji chi square menunjukkan tidak ada hubungan yang bermakna antara usia ibu dengan BBLR (p = 0,177 <  = 0,05). Ada hubungan yang bermakna antara komplikasi dengan BBLR (p = 0,012 <  = 0,05).';
    // 0,177 > 0,05 makes "0,177 < α" false; 0,012 < 0,05 holds.
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'tidak ada hubungan yang bermakna antara usia ibu dengan BBLR (p = 0,177',
        'p = 0,177 > α = 0,05: tidak signifikan',
      ],
      ['conclusion', 'inconsistent', '0,177 < = 0,05', '0,177 > 0,05'],
      [
        'conclusion',
        'consistent',
        'Ada hubungan yang bermakna antara komplikasi dengan BBLR (p = 0,012',
        'p = 0,012 ≤ α = 0,05: signifikan',
      ],
    ]);
  });

  it('a p equal to the level after "<  =" is not read: "< α" and a spaced "≤" disagree there', () => {
    const text = 'Ada hubungan antara paritas dengan BBLR (p = 0,05 <  = 0,05).';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'Ada hubungan antara paritas dengan BBLR (p = 0,05',
        'p = 0,05 ≤ α = 0,05: signifikan',
      ],
    ]);
  });
});
