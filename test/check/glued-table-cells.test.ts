/**
 * Table cells that page text runs together or qualifies (fresh8/fresh9 false alarms): counts run
 * into the ratio after them, shares a table says are weighted, and columns padded to decimals.
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'en' | 'id' = 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('counts run into the ratio after them (recognisers/counts-glued-ratios.ts)', () => {
  it('is not read, while a three-digit misprint with no fitting tail stays checked', () => {
    // Quintile 1, counts 56 and 104, AOR 2.15: √(1.30·3.57) = 2.154, so the tail 2.15 fits.
    // 215.0 against the same interval: neither 15.0 nor 5.0 is at 2.154, so it is a misprint.
    const text =
      'Table 3. Factors associated with stunting\nVariable Stunted Not stunted AOR (95% CI) P value\nWealth index\n Quintile 1561042.15 (1.30, 3.57)P = 0.003\n Quintile 274863.44 (2.10, 5.66)P < 0.0001\n Quintile 5321281.00\n Rural 215.0 (1.30, 3.57)P = 0.003\n';
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'inconsistent',
        'OR = 215.0; CI 95% 1.30 – 3.57',
        'centre on the log scale √(lower·upper) = [2.149, 2.160]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 215.0; CI 95% 1.30 – 3.57; p = 0.003',
        'p from the interval (Wald) = 1.9 × 10^-97 to 0.0032',
      ],
    ]);
  });
});

describe('shares the text says are weighted (checks/weighted-shares.ts)', () => {
  const table =
    'Table 2. Hypertension by sex, N (%)\nSex No Yes Total\nMale 77 (49.5) 45 (42.5) 122 (47.0)\nFemale 88 (50.5) 71 (57.5) 159 (53.0)\nTotal 165 (100.0) 116 (100.0) 281 (100.0)\n';
  const notCheckable = (quote: string) => ['percentages', 'not-checkable', quote, '—'];

  it('reads counts against raw shares when nothing says the shares are weighted', () => {
    // 77/165 = 46.67%, printed 49.5: the weighted shares of the next case, read as raw.
    expect(findings(table).filter((f) => f[1] === 'inconsistent')).toHaveLength(6);
  });

  it('makes every share not checkable under a complex-samples footnote, and says why', () => {
    const report = checkText(`${table}\n*Complex samples chi-square test`, { lang: 'en' });
    expect(report.findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed])).toEqual(
      ['77 (49.5)', '45 (42.5)', '122 (47.0)', '88 (50.5)', '71 (57.5)', '159 (53.0)'].map(notCheckable),
    );
    expect(report.findings[0]!.explanation).toBe(
      'The text says its shares are weighted ("Complex samples"): a weighted percentage is not the count over the total, so it cannot be recomputed from the printed counts.',
    );
  });

  it('says so in Indonesian for "persentase tertimbang", and ignores a weighted kappa', () => {
    const text =
      'Tabel 1. Karakteristik responden (persentase tertimbang)\nLaki-laki 20 (45,0)\nPerempuan 30 (55,0)\nTotal 50 (100,0)\n';
    const report = checkText(text, { lang: 'id' });
    expect(report.findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed])).toEqual([
      notCheckable('20 (45,0)'),
      notCheckable('30 (55,0)'),
    ]);
    expect(report.findings[0]!.explanation).toBe(
      'Teks menyatakan bahwa persentasenya tertimbang ("persentase tertimbang"): persentase tertimbang bukan frekuensi dibagi total, sehingga tidak dapat dihitung ulang dari frekuensi yang dicantumkan.',
    );
    // 20/50 = 40.0%, printed 45,0: a weighted kappa says nothing about shares, so it stays flagged.
    expect(findings(text.replace('persentase tertimbang', 'weighted kappa 0,61'), 'id').map((f) => f[1])).toEqual([
      'inconsistent',
      'inconsistent',
    ]);
  });
});
