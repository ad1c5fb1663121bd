/**
 * Two groups' means told in prose and printed in a table, one of them with another value
 * (checks/restated-group-means.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);
const explanations = (text: string) => checkText(text, { lang: 'id' }).findings.map((f) => f.explanation);

const PROSE =
  'Setelah perlakuan, rata-rata nilai kelas eksperimen adalah 81,25 dan rata-rata kelas kontrol adalah 74,38. Selanjutnya dilakukan uji normalitas.\n';

describe("a group's mean told in prose and in a table with two values (checks/restated-group-means.ts)", () => {
  it('the control mean 74,38 printed 74,83 in the table, the experimental mean agreeing', () => {
    const text = `${PROSE}Tabel 4.5 Nilai posttest Komponen Eksperimen Kontrol Jumlah siswa 32 32 Rata-rata 81,25 74,83`;
    expect(findings(text)).toEqual([
      ['repeated-values', 'inconsistent', '74,83', 'juga dilaporkan: rata-rata kelompok kontrol = 74,38'],
    ]);
    expect(explanations(text)).toEqual([
      'Rata-rata kelompok kontrol dilaporkan 74,83 di sini dan 74,38 di tempat lain, sedangkan rata-rata kelompok yang lain sama di kedua tempat: satu rata-rata, dua nilai.',
    ]);
  });

  it('another table of the same groups (a pretest, both means different) is another result', () => {
    const text = `${PROSE}Tabel 4.2 Nilai pretest Komponen Eksperimen Kontrol Jumlah siswa 32 32 Rata-rata 62,10 60,45`;
    expect(findings(text)).toEqual([]);
  });
});
