/**
 * Item validity decided in prose from r hitung against r tabel (recognisers/validity-statements.ts,
 * judged by checks/critical-values.ts): "valid" claims r hitung exceeds r tabel. Each case lists
 * every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('item validity stated in prose (recognisers/validity-statements.ts)', () => {
  it('a decision after the two values, against them', () => {
    expect(findings('Nilai r hitung butir 1 sebesar 0,312 > r tabel 0,361 maka butir 1 valid.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        '0,312 > r tabel 0,361 maka butir 1 valid',
        '|0,312| ≤ 0,361 (nilai kritis): tidak signifikan',
      ],
    ]);
    expect(
      findings('Nilai r hitung (0,412) lebih besar dari r tabel (0,361) sehingga item tersebut tidak valid.'),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        '0,412) lebih besar dari r tabel (0,361) sehingga item tersebut tidak valid',
        '|0,412| > 0,361 (nilai kritis): signifikan',
      ],
    ]);
    expect(findings('Item 5 memiliki r hitung = 0,520 dan r tabel = 0,361, sehingga item 5 dinyatakan valid.')).toEqual(
      [
        [
          'conclusion',
          'consistent',
          '0,520 dan r tabel = 0,361, sehingga item 5 dinyatakan valid',
          '|0,520| > 0,361 (nilai kritis): signifikan',
        ],
      ],
    );
  });

  it('a decision before the values with its reason', () => {
    expect(findings('Butir 3 tidak valid karena r hitung 0,250 < r tabel 0,361.')).toEqual([
      [
        'conclusion',
        'consistent',
        'tidak valid karena r hitung 0,250 < r tabel 0,361',
        '|0,250| ≤ 0,361 (nilai kritis): tidak signifikan',
      ],
    ]);
  });

  it('a rule, or a value that is not a correlation, is not read', () => {
    expect(findings('Jika r hitung > r tabel maka butir valid, dengan r tabel 0,361 dan r hitung 0,2.')).toEqual([]);
    expect(findings('Nilai r hitung 12,5 > r tabel 0,361 maka butir valid.')).toEqual([]);
  });
});
