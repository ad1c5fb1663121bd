/**
 * A table that prints each share before its count ("Eksklusif (86,9%) 53 (13,1%) 8 (100,0%) 61"):
 * the count ending one row is not the count of the share after the next row's label
 * (recognisers/percentages.ts). Read as "61 (76,6%)", no whole total gives it (61/79 = 77,2;
 * 61/80 = 76,25), a false alarm; "47 Total (82,4%)" the same (47/57 = 82,46, 47/58 = 81,03).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const shares = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, text.slice(f.start, f.end)]);

describe('a count that ends a row is not paired with the next row’s share', () => {
  it('Indonesian: a share-first cross table raises no false alarm', () => {
    const text =
      'Tabel 3 Pola menyusui dan status gizi\nPola Baik Kurang Total\nEksklusif (86,9%) 53 (13,1%) 8 (100,0%) 61\nParsial (76,6%) 36 (23,4%) 11 (100,0%) 47\nTotal (82,4%) 89 (17,6%) 19 (100,0%) 108';
    expect(shares(text, 'id').filter((f) => f[0] === 'inconsistent')).toEqual([]);
  });

  it('English: the same table, the same', () => {
    const text =
      'Table 3. Feeding and growth\nFeeding Normal Low Total\nExclusive (86.9%) 53 (13.1%) 8 (100.0%) 61\nPartial (76.6%) 36 (23.4%) 11 (100.0%) 47\nTotal (82.4%) 89 (17.6%) 19 (100.0%) 108';
    expect(shares(text, 'en').filter((f) => f[0] === 'inconsistent')).toEqual([]);
  });

  it('a total row label with the line breaks lost is not a noun of the count before it', () => {
    const text = 'Parsial (76,6%) 36 (23,4%) 11 (100,0%) 47 Total (82,4%) 89 (17,6%) 19 (100,0%) 108';
    expect(shares(text, 'id').filter((f) => f[0] === 'inconsistent')).toEqual([]);
  });

  it('a count with its noun before the share is still read, across a line break too', () => {
    // 47/57 = 82,46 → 82,5 fits; 82,0 does not.
    expect(shares('Dari 57 balita, sebanyak 47 orang (82,5%) berstatus gizi baik.', 'id')).toEqual([
      ['consistent', '47 orang (82,5%)'],
    ]);
    expect(shares('Dari 57 balita, sebanyak 47\norang (82,0%) berstatus gizi baik.', 'id')).toEqual([
      ['inconsistent', '47\norang (82,0%)'],
    ]);
  });
});
