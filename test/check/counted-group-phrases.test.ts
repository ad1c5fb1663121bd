/**
 * Prose that lost its % signs, where "dari N responden" is followed by N's own share: a list's
 * first category, not the group the later counts belong to (recognisers/counted-group-phrases.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('"dari N responden" with a share after it is a category, not a group', () => {
  it('the list is read as one whole: its shares add up to 100, so the counts add up to its total', () => {
    // 12 + 9 + 6 + 3 = 30; 12/30 = 40 %, 9/30 = 30 %, 6/30 = 20 % (printed 19,00), 3/30 = 10 % (printed 11,00).
    const text =
      'Kepuasan pasien berada pada kategori cukup yang ditunjukkan dari 12 responden 40,00, kategori puas sebanyak 9 responden 30,00, kategori sangat puas sebanyak 6 responden 19,00, kategori kurang sebanyak 3 responden 11,00.';
    expect(findings(text)).toEqual([
      [
        'percentages',
        'consistent',
        '12 responden 40,00',
        '12/30 = 40,00% dari 30, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'consistent',
        '9 responden 30,00',
        '9/30 = 30,00% dari 30, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'inconsistent',
        '6 responden 19,00',
        '6/30 = 20,00% dari 30, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'inconsistent',
        '3 responden 11,00',
        '3/30 = 10,00% dari 30, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
    ]);
  });

  it('the later counts are not checked as shares of the first count when the list is incomplete', () => {
    // Before: 6/11 = 54,55 and 2/11 = 18,18 were taken for shares of "dari 11 responden".
    const text =
      'Kualitas pelayanan berada pada kategori sedang yang ditunjukkan dari 11 responden 33,33, kategori tinggi sebanyak 6 responden 18,18, kategori rendah sebanyak 2 responden 6,06.';
    expect(findings(text)).toEqual([]);
  });

  it('a group phrase followed by words still names the group of the counts after it', () => {
    // 20/72 = 27,78 %, printed 27,82; 52/72 = 72,22 %.
    const text =
      'Hasil diperoleh dari 72 responden dengan perilaku baik ada sebanyak 20 responden 27,82 yang sakit dan 52 responden 72,22 yang tidak sakit.';
    expect(findings(text)).toEqual([
      ['percentages', 'inconsistent', '20 responden 27,82', '20/72 = 27,78% dari total 72 yang ditulis bersamanya'],
      ['percentages', 'consistent', '52 responden 72,22', '52/72 = 72,22% dari total 72 yang ditulis bersamanya'],
    ]);
  });
});
