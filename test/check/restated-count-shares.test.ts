/**
 * A table's cell retold in prose by its count with another share (checks/restated-count-shares.ts),
 * and a page number stranded in a sentence not read as a count (recognisers/lost-percent-signs.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

// Row shares: 18/30 = 60,0, 12/30 = 40,0, 9/40 = 22,5, 31/40 = 77,5; every cell fits.
const TABLE =
  'Tabel 4.7 Hubungan pengetahuan dengan perilaku merokok\nPengetahuan Merokok Tidak merokok Total\nKurang 18 60,0 12 40,0 30 100\nBaik 9 22,5 31 77,5 40 100\n';
const CELLS = [
  ['percentages', 'consistent', '18 60,0', '18/30 = 60,00% dari total baris 30'],
  ['percentages', 'consistent', '12 40,0', '12/30 = 40,00% dari total baris 30'],
  ['percentages', 'consistent', '9 22,5', '9/40 = 22,50% dari total baris 40'],
  ['percentages', 'consistent', '31 77,5', '31/40 = 77,50% dari total baris 40'],
];

describe('a cell retold by its count with another share (checks/restated-count-shares.ts)', () => {
  it('is judged against the cell’s total when the sentence gives none', () => {
    // The sentence names no group and its one share does not add up to 100: nothing else reads it.
    const prose =
      'Berdasarkan tabel 4.7, responden berpengetahuan baik yang merokok sebanyak 9 responden 25,5 dan sisanya tidak.';
    expect(findings(TABLE + prose)).toEqual([
      ...CELLS,
      [
        'percentages',
        'inconsistent',
        '9 responden 25,5',
        '9/40 = 22,50% dari 40, total sel tabel dengan frekuensi ini',
      ],
    ]);
    const [f] = checkText(TABLE + prose, { lang: 'id' }).findings.filter((x) => x.verdict === 'inconsistent');
    expect(f!.explanation).toBe(
      'Teks menceritakan ulang sel tabel 9 (22,5%) dengan 25,5%, yang tidak sesuai dengan frekuensi dan total sel itu.',
    );
    expect((TABLE + prose).slice(f!.start, f!.end)).toBe('9 responden 25,5');
    const en = checkText(TABLE + prose, { lang: 'en' }).findings.find((x) => x.verdict === 'inconsistent');
    expect([en!.recomputed, en!.explanation]).toEqual([
      "9/40 = 22.50% of 40, the total of the table's cell with this count",
      "The text retells the table's cell 9 (22,5%) with 25,5%, which does not match the count and that cell's total.",
    ]);
  });

  it('is said once: a share the sentence’s own total already judges keeps that finding', () => {
    const prose =
      'Berdasarkan tabel 4.7, dari 40 responden berpengetahuan baik sebanyak 9 responden 25,5 merokok dan 31 responden 77,5 tidak merokok.';
    expect(findings(TABLE + prose)).toEqual([
      ...CELLS,
      ['percentages', 'inconsistent', '9 responden 25,5', '9/40 = 22,50% dari total 40 yang ditulis bersamanya'],
      ['percentages', 'consistent', '31 responden 77,5', '31/40 = 77,50% dari total 40 yang ditulis bersamanya'],
    ]);
  });

  it('is left alone when it retells the cell rightly, or is the count’s share of another total of the table', () => {
    const right =
      'Berdasarkan tabel 4.7, responden berpengetahuan baik yang merokok sebanyak 9 responden 22,5 dan sisanya tidak.';
    expect(findings(TABLE + right)).toEqual(CELLS);
    // 9 of the 30 in "Kurang" is 30,0: the count's share of another row's total is no slip of this cell.
    const other = 'Berdasarkan tabel 4.7, responden yang merokok sebanyak 9 responden 30,0 dan sisanya tidak.';
    expect(findings(TABLE + other)).toEqual(CELLS);
  });

  it('is left alone when two cells have the count', () => {
    // 9/30 = 30,0 and 9/40 = 22,5: the prose's 9 may be either cell.
    const table =
      'Tabel 4.7 Hubungan pengetahuan dengan perilaku merokok\nPengetahuan Merokok Tidak merokok Total\nKurang 9 30,0 21 70,0 30 100\nBaik 9 22,5 31 77,5 40 100\n';
    const prose =
      'Berdasarkan tabel 4.7, responden berpengetahuan baik yang merokok sebanyak 9 responden 25,5 dan sisanya tidak.';
    expect(findings(table + prose)).toEqual([
      ['percentages', 'consistent', '9 30,0', '9/30 = 30,00% dari total baris 30'],
      ['percentages', 'consistent', '21 70,0', '21/30 = 70,00% dari total baris 30'],
      ['percentages', 'consistent', '9 22,5', '9/40 = 22,50% dari total baris 40'],
      ['percentages', 'consistent', '31 77,5', '31/40 = 77,50% dari total baris 40'],
    ]);
  });
});

describe('a number alone on its line in a sentence is a page number, not a count (recognisers/lost-percent-signs.ts)', () => {
  it('"… dan 18 ⏎ 41 ⏎ responden 45 …" does not pair page 41 with the share', () => {
    // Read as counts, 22 and 41 would make 55,0 + 45 = 100 shares of 63 and both wrong.
    expect(
      findings('Sebanyak 22 responden 55,0 mengalami stres ringan dan 18\n41\nresponden 45 mengalami stres berat.'),
    ).toEqual([]);
  });

  it('the same sentence without the page break is read as before', () => {
    expect(
      findings('Sebanyak 22 responden 55,0 mengalami stres ringan dan 18 responden 45,0 mengalami stres berat.'),
    ).toEqual([
      [
        'percentages',
        'consistent',
        '22 responden 55,0',
        '22/40 = 55,00% dari 40, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'consistent',
        '18 responden 45,0',
        '18/40 = 45,00% dari 40, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
    ]);
  });
});
