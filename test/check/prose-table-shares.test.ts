/**
 * A misprinted share told in prose and printed in its table is flagged once, where it is printed
 * first (checks/prose-table-shares.ts); "n orang atau sebesar p%" is read as a count and its
 * share (recognisers/percentages.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

// N = 50: 40/50 = 80,0 and 8/50 = 16,0; pedagang 2/50 = 4,0 is printed 9,0 in prose and table
// alike (the prose's shares add up to 105, so the prose alone has no total: 2 of 9,0% needs a
// total between 2/0,0905 = 22,10 and 2/0,0895 = 22,35).
const PROSE =
  'Tabel 4.5 berikut menyajikan responden berdasarkan pekerjaan: petani sebanyak 40 orang atau sebesar 80,0%, pedagang sebanyak 2 orang atau sebesar 9,0%, buruh sebanyak 8 orang atau sebesar 16,0%.';
const TABLE =
  'Tabel 4.5\n\nKriteria Frekuensi (N = 50) %\n\nValid\n\nPetani 40 80,0\n\nPedagang 2 9,0\n\nBuruh 8 16,0\n\nTotal 50 100%';

describe('a share told in prose and in its table, misprinted in both (checks/prose-table-shares.ts)', () => {
  it('prose before the table: the prose keeps the flag, the table row repeats it', () => {
    expect(findings(`${PROSE}\n\n${TABLE}`)).toEqual([
      ['percentages', 'not-checkable', `${PROSE.slice(0, 119)}…`, '—'],
      ['percentages', 'inconsistent', '2 (9,0%)', 'totalnya harus di antara 22,10 dan 22,35'],
      ['percentages', 'consistent', '40 80,0', '40/50 = 80,00% dari total tabel 50'],
      ['percentages', 'consistent', '8 16,0', '8/50 = 16,00% dari total tabel 50'],
    ]);
  });

  it('table before the prose: the table keeps the flag', () => {
    expect(findings(`${TABLE}\n\n${PROSE}`)).toEqual([
      ['percentages', 'consistent', '40 80,0', '40/50 = 80,00% dari total tabel 50'],
      ['percentages', 'inconsistent', '2 9,0', '2/50 = 4,00% dari total tabel 50'],
      ['percentages', 'consistent', '8 16,0', '8/50 = 16,00% dari total tabel 50'],
      ['percentages', 'not-checkable', `${PROSE.slice(0, 119)}…`, '—'],
    ]);
  });

  it('"sebanyak 48 orang atau sebesar 34,5%" is a count and its share', () => {
    // 48 + 66 + 25 = 139 and the shares add up to 100: 48/139 = 34,53, 66/139 = 47,48, 25/139 = 17,99.
    const text =
      'Responden berdasarkan usia: 20-21 tahun sebanyak 48 orang atau sebesar 34,5%, 22-23 tahun sebanyak 66 orang atau sebesar 47,5%, 24-25 tahun sebanyak 25 orang atau sebesar 18,0%.';
    const total = 'dari 139, jumlah semua frekuensi (persentasenya berjumlah 100%)';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '48 orang atau sebesar 34,5%', `48/139 = 34,53% ${total}`],
      ['percentages', 'consistent', '66 orang atau sebesar 47,5%', `66/139 = 47,48% ${total}`],
      ['percentages', 'consistent', '25 orang atau sebesar 18,0%', `25/139 = 17,99% ${total}`],
    ]);
  });
});
