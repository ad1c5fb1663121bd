/**
 * Shares printed without their count, of a group the text sized earlier by the same words
 * (recognisers/named-group-sizes.ts), and a section number glued to the sentence before its
 * heading, which counts no one (recognisers/percentages.ts). Each case lists every finding
 * naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a share of a group named and sized earlier in the text', () => {
  it('is of that group, not of another group sized in the paragraph before', () => {
    // 40 inpatients: 55 % = 22/40, 45 % = 18/40; 31 % is no whole count of 40 (12/40 = 30,0,
    // 13/40 = 32,5). Read against the 25 outpatients of the paragraph before, 55 % was flagged.
    const text = [
      'Jumlah pasien rawat inap adalah sebanyak 40 orang. Sebagian besar pasien rawat inap adalah perempuan.',
      'Jumlah pasien rawat jalan adalah sebanyak 25 orang.',
      'Berdasarkan data, pasien rawat inap berjenis kelamin perempuan sebanyak 55% dan laki-laki sebanyak 45%.',
      'Tingkat pendidikan pasien rawat inap terbanyak adalah SMA yaitu sebanyak 31%.',
    ].join('\n\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '55%', '22/40 = 55,00% (dari ukuran sampel 40 yang disebutkan dalam teks)'],
      ['percentages', 'consistent', '45%', '18/40 = 45,00% (dari ukuran sampel 40 yang disebutkan dalam teks)'],
      [
        'percentages',
        'inconsistent',
        '31%',
        '12/40 = 30,00%, 13/40 = 32,50% (dari ukuran sampel 40 yang disebutkan dalam teks)',
      ],
    ]);
  });

  it('is not read when the sentence names two sized groups', () => {
    const text = [
      'Jumlah pasien rawat inap adalah sebanyak 40 orang.',
      'Jumlah pasien rawat jalan adalah sebanyak 25 orang.',
      'Kepuasan pasien rawat inap dan pasien rawat jalan yang baik sebanyak 61%.',
    ].join('\n\n');
    expect(findings(text)).toEqual([]);
  });

  it('a section number glued after the sentence is not a count that makes its n unclear', () => {
    // 30 pupils: 71 % is no whole count of 30 (21/30 = 70,0, 22/30 = 73,3).
    const text =
      'Jumlah siswa kelas eksperimen adalah sebanyak 30 orang.\n\nBerdasarkan hasil tes, siswa kelas eksperimen yang tuntas sebanyak 71%. 4.2.1 Hasil Posttest';
    expect(findings(text)).toEqual([
      [
        'percentages',
        'inconsistent',
        '71%',
        '21/30 = 70,00%, 22/30 = 73,33% (dari ukuran sampel 30 yang disebutkan dalam teks)',
      ],
    ]);
  });
});
