/**
 * Item validity tables read as decisions from the critical r (recognisers/validity-tables.ts,
 * checks/critical-values.ts). Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('item validity decisions against r tabel', () => {
  it('a flattened table: an item under r tabel called "Valid" is inconsistent', () => {
    expect(
      findings(
        'Tabel 3.2 Validitas Instrumen Pertanyaan r hitung r tabel Validitas Butir 1 0,343 0,201 Valid Butir 2 0,190 0,201 Valid Butir 3 0,150 0,201 Tidak Valid',
      ),
    ).toEqual([
      ['conclusion', 'consistent', '0,343 0,201 Valid', '|0,343| > 0,201 (nilai kritis): signifikan'],
      ['conclusion', 'inconsistent', '0,190 0,201 Valid', '|0,190| ≤ 0,201 (nilai kritis): tidak signifikan'],
      ['conclusion', 'consistent', '0,150 0,201 Tidak Valid', '|0,150| ≤ 0,201 (nilai kritis): tidak signifikan'],
    ]);
  });

  it('rows whose comparison sign was lost ("0,424 r 0,361 Valid")', () => {
    expect(
      findings(
        'Tabel 4.4 Item Koefisien Korelasi Syarat Kesimpulan X1.1 0,424 r 0,361 Valid X1.2 0,295 r 0,361 Tidak Valid. Semua item dengan r lebih besar dari r tabel valid.',
      ),
    ).toEqual([
      ['conclusion', 'consistent', '0,424 r 0,361 Valid', '|0,424| > 0,361 (nilai kritis): signifikan'],
      ['conclusion', 'consistent', '0,295 r 0,361 Tidak Valid', '|0,295| ≤ 0,361 (nilai kritis): tidak signifikan'],
    ]);
  });

  it('two decimals before "valid" in a text that names no critical r are not read', () => {
    expect(findings('Skor 0,424 0,361 valid menurut penilai.')).toEqual([]);
  });
});
