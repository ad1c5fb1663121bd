/**
 * An Indonesian finding whose statistics follow it in brackets, separated by semicolons: the
 * separators inside the bracket cut no clause (recognisers/conclusions.ts). Each case lists every
 * finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a finding with "(r = …; p = …)" after it', () => {
  it('the decision takes the p of its bracket', () => {
    expect(findings('Lama kerja tidak berhubungan dengan kelelahan kerja (r = 0,184; p = 0,121).')).toEqual([
      [
        'conclusion',
        'consistent',
        'tidak berhubungan dengan kelelahan kerja (r = 0,184; p = 0,121',
        'p = 0,121 > α = 0,05: tidak signifikan',
      ],
      ['p-value', 'not-checkable', 'r = 0,184; p = 0,121', '—'],
    ]);
    expect(findings('Lama kerja berhubungan dengan kelelahan kerja (r = 0,184; p = 0,121).')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'berhubungan dengan kelelahan kerja (r = 0,184; p = 0,121',
        'p = 0,121 > α = 0,05: tidak signifikan',
      ],
      ['p-value', 'not-checkable', 'r = 0,184; p = 0,121', '—'],
    ]);
  });

  it('a bracket of several p’s is a list of results, cut at its commas as before', () => {
    expect(findings('Tidak ada hubungan umur dengan kelelahan (laki-laki p = 0,412, perempuan p = 0,018).')).toEqual([
      [
        'conclusion',
        'consistent',
        'Tidak ada hubungan umur dengan kelelahan (laki-laki p = 0,412',
        'p = 0,412 > α = 0,05: tidak signifikan',
      ],
    ]);
  });
});
