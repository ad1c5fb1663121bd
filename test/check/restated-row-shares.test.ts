/**
 * A table's share retold in prose with another value (checks/restated-row-shares.ts). Each case
 * lists every finding naskah reports that is not "consistent" (the table's own shares, all
 * consistent, are the percentages check's), exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const flagged = (text: string) =>
  checkText(text, { lang: 'id' })
    .findings.filter((f) => f.verdict !== 'consistent')
    .map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

// 14/40 = 35,00, 26/40 = 65,00, 18/40 = 45,00, 12/40 = 30,00, 10/40 = 25,00: every row fits.
const TABLE =
  'Responden berjumlah 40 orang. Tabel 4.1 Distribusi frekuensi responden Karakteristik Frekuensi Jenis kelamin Laki-laki 14 35,00 Perempuan 26 65,00 Pekerjaan Petani 18 45,00 Pedagang 12 30,00 Pegawai swasta 10 25,00\n';

describe('a share retold in prose against the row its words name (checks/restated-row-shares.ts)', () => {
  it('47,50 told of "pegawai swasta", whose row is 10 (25,00)', () => {
    expect(flagged(`${TABLE}Berdasarkan pekerjaan, 47,50 responden bekerja sebagai pegawai swasta.`)).toEqual([
      [
        'repeated-values',
        'inconsistent',
        '47,50 responden bekerja sebagai pegawai swasta',
        'tabel memberi "Pegawai swasta": 10 (25,00%)',
      ],
    ]);
    const [f] = checkText(`${TABLE}Berdasarkan pekerjaan, 47,50 responden bekerja sebagai pegawai swasta.`, {
      lang: 'id',
    }).findings.filter((x) => x.verdict !== 'consistent');
    expect(f!.explanation).toBe(
      'Teks menceritakan ulang baris tabel dengan 47,50%, padahal tabel memberi 25,00%, dan 47,50 bukan persentase mana pun dalam tabel.',
    );
  });

  it("the row's own share is fine", () => {
    expect(flagged(`${TABLE}Berdasarkan pekerjaan, 25,00 responden bekerja sebagai pegawai swasta.`)).toEqual([]);
  });

  it('a share of another row is left alone (the words may name the row wrongly)', () => {
    expect(flagged(`${TABLE}Berdasarkan pekerjaan, 30,00 responden bekerja sebagai pegawai swasta.`)).toEqual([]);
  });

  it('a sentence of two shares names one row before its share and another after it: not read', () => {
    expect(flagged(`${TABLE}Responden pegawai swasta 47,50 dibanding pedagang 30,00.`)).toEqual([]);
  });

  it('a number that is not a share of people (a mean, an age) is not a retelling', () => {
    expect(flagged(`${TABLE}Umur responden 45,25 tahun pada kelompok laki-laki.`)).toEqual([]);
    expect(flagged(`${TABLE}Skor pengetahuan 45,25 responden laki-laki.`)).toEqual([]);
  });

  it('words that name no row, and a negation the label does not hold, are left alone', () => {
    expect(flagged(`${TABLE}Berdasarkan pekerjaan, 47,50 responden bekerja sebagai buruh.`)).toEqual([]);
    expect(flagged(`${TABLE}Sebanyak 62,50 responden tidak bekerja sebagai petani.`)).toEqual([]);
  });
});
