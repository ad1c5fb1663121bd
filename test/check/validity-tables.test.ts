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

  it('SPSS Item-Total Statistics: the column after r (Alpha if Item Deleted) is not taken for r tabel; the stated 0,361 is', () => {
    // Written for this test: r tabel 0,361 stated in the text; the second number of each row is
    // Cronbach's alpha without the item (.951, .955, .948), not a critical r. The table is read
    // by its SPSS columns (recognisers/item-total-validity.ts) against the stated 0,361.
    const text = [
      'Nilai r tabel untuk n = 30 pada taraf 5% adalah 0,361.',
      'Item-Total Statistics',
      'Scale Mean if Item Deleted Scale Variance if Item Deleted Corrected Item-Total Correlation Cronbachs Alpha if Item Deleted Keterangan',
      'P1 41.2000 88.166 .612 .951 valid',
      'P2 41.5333 90.257 .455 .955 valid',
      'P3 41.3667 86.102 .733 .948 valid',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['conclusion', 'consistent', '.612 .951 valid', '|.612| > 0,361 (nilai kritis): signifikan'],
      ['conclusion', 'consistent', '.455 .955 valid', '|.455| > 0,361 (nilai kritis): signifikan'],
      ['conclusion', 'consistent', '.733 .948 valid', '|.733| > 0,361 (nilai kritis): signifikan'],
    ]);
  });

  it("a row that writes its comparison out is read although the table's values vary", () => {
    expect(
      findings('r tabel 0,361\nButir 1 0,295 > 0,361 Valid\nButir 2 0,512 0,374 Valid\nButir 3 0,498 0,388 Valid'),
    ).toEqual([
      ['conclusion', 'inconsistent', '0,295 > 0,361 Valid', '|0,295| ≤ 0,361 (nilai kritis): tidak signifikan'],
    ]);
  });
});
