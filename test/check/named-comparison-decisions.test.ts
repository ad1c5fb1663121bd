/**
 * Decisions whose comparison with the critical value is named in words and its numbers given
 * after it (recognisers/named-comparison-decisions.ts). Texts written for these tests; each case
 * lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.recomputed]);

describe('"t hitung > t tabel (a > b)" with a decision in the sentence', () => {
  it('a finding in words that the numbers support, and one they contradict', () => {
    expect(
      findings(
        'Promosi berpengaruh signifikan terhadap minat beli, diperoleh t hitung > t tabel atau (4,512 > 2,009). Harga tidak berpengaruh signifikan terhadap minat beli, diperoleh t hitung > t tabel (3,118 > 2,009).',
      ),
    ).toEqual([
      ['conclusion', 'consistent', '|4,512| > 2,009 (nilai kritis): signifikan'],
      ['conclusion', 'inconsistent', '|3,118| > 2,009 (nilai kritis): signifikan'],
    ]);
  });

  it('"lebih kecil dari" with a decision on H0', () => {
    expect(findings('Nilai F hitung lebih kecil dari F tabel (1,84 < 3,15), maka H0 diterima.')).toEqual([
      ['conclusion', 'consistent', '1,84 ≤ 3,15 (nilai kritis): tidak signifikan'],
    ]);
  });

  it('a rule before the comparison is not a result', () => {
    expect(findings('Jika t hitung > t tabel (misalnya 2,5 > 2,0) maka H0 ditolak.')).toEqual([]);
  });

  it('decisions both ways in one sentence: not read', () => {
    expect(
      findings('t hitung > t tabel (2,51 > 2,01) sehingga H0 ditolak, namun tidak ada pengaruh yang berarti.'),
    ).toEqual([]);
  });

  it('both signs lost ("χ ² hitung χ ² tabel 2,71 3,841"): read in order, and H0 rejected is inconsistent', () => {
    expect(findings('Nilai χ ² hitung χ ² tabel 2,71 3,841, artinya bahwa Ha diterima dan Ho ditolak.')).toEqual([
      ['conclusion', 'inconsistent', '2,71 ≤ 3,841 (nilai kritis): tidak signifikan'],
    ]);
  });

  it('one number after the named pair is no comparison, even with its digits split ("T hitung T tabel 2,0273")', () => {
    expect(findings('Jika t hitung > t tabel maka H0 ditolak. T hitung T tabel 2,0273 maka H o ditolak.')).toEqual([]);
  });
});
