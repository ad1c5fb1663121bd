/**
 * A mean in prose with its maximum and minimum given "masing-masing"
 * (recognisers/respective-range-statements.ts). Texts written for these tests; each case lists
 * every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported]);

describe('"masing-masing nilai maksimum dan minimum adalah sebesar X dan Y"', () => {
  it('the mean inside its range; the numbers in the order the bounds are named', () => {
    expect(
      findings(
        'Nilai rata-rata ROA sebesar 0,085 menunjukkan tingkat pengembalian aset sedangkan masing-masing nilai maksimum dan minimum adalah sebesar 0,214 dan 0,012.',
      ),
    ).toEqual([['descriptives', 'consistent', 'M = 0,085, minimum–maksimum 0,012–0,214']]);
  });

  it('a mean outside the range it is given with is inconsistent ("minimum dan maksimum")', () => {
    expect(
      findings(
        'Rata-rata umur petani adalah 61,5 tahun, sedangkan masing-masing umur minimum dan maksimum adalah 25 dan 60 tahun.',
      ),
    ).toEqual([['descriptives', 'inconsistent', 'M = 61,5, minimum–maksimum 25–60']]);
  });

  it('two bounds of the same kind are not a range', () => {
    expect(
      findings('Rata-rata skor sebesar 70,2, masing-masing nilai tertinggi dan maksimum adalah sebesar 90 dan 95.'),
    ).toEqual([]);
  });
});
