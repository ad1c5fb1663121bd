/**
 * Decisions from a critical value in a sentence that also carries the decision rule, or states
 * the statistic twice (recognisers/critical-values.ts). Texts written for these tests; each case
 * lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('critical-value decisions after a run-in rule or a restated statistic', () => {
  it('the rule both ways run into the result: the decision after the numbers is judged (1,842 < 2,011 yet H0 ditolak)', () => {
    expect(
      findings(
        'Jika t hitung > t tabel maka H0 ditolak dan H1 diterima Jika t hitung < t tabel maka H0 diterima dan H1 ditolak Berdasarkan hasil perhitungan diperoleh t hitung 1,842 dan t tabel 2,011, maka H0 ditolak dan H1 diterima.',
      ),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        't hitung 1,842 dan t tabel 2,011, maka H0 ditolak',
        '|1,842| ≤ 2,011 (nilai kritis): tidak signifikan',
      ],
    ]);
  });

  it('the statistic stated twice with the same value is one statistic', () => {
    expect(
      findings(
        'Tabel 4.2 menunjukkan nilai t hitung sebesar 4,125 yang dibandingkan dengan nilai t tabel sebesar 1,671 Dapat dilihat bahwa t hitung 4,125 > t tabel 1,671 yang berarti Ho ditolak.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        't hitung 4,125 > t tabel 1,671 yang berarti Ho ditolak',
        '|4,125| > 1,671 (nilai kritis): signifikan',
      ],
    ]);
  });

  it('two different statistics in one sentence: which one the decision is of is unknown, nothing is read', () => {
    expect(
      findings('Diperoleh t hitung 4,125 untuk X1 dan t hitung 1,204 untuk X2 dengan t tabel 1,671, maka Ho ditolak.'),
    ).toEqual([]);
  });
});
