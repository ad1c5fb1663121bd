/**
 * A count of people with its group named after it and then its share, with or without its %
 * sign (recognisers/count-before-group-shares.ts, or recognisers/percentages.ts when the share is
 * in brackets), and a count glued to its noun in page text (recognisers/percentages.ts). Each case lists every finding naskah reports, exactly; every
 * expected share is the count over the group written with it, worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a count, its group, then its share', () => {
  it('reads the share with its % sign lost, and the rest of the group after it', () => {
    // 25/32 = 78,125 % (78,13); 7/32 = 21,875 %, printed cut to 21,80.
    expect(
      findings(
        'Dari hasil tes diperoleh 25 orang dari 32 siswa 78,13 telah tuntas sedangkan 7 siswa lainnya 21,80 belum tuntas.',
      ),
    ).toEqual([
      [
        'percentages',
        'consistent',
        '25 orang dari 32 siswa 78,13',
        '25/32 = 78,13% dari total 32 yang ditulis bersamanya',
      ],
      ['percentages', 'inconsistent', '7 siswa lainnya 21,80', '7/32 = 21,88% dari total 32 yang ditulis bersamanya'],
    ]);
  });

  it('reads the share with its % sign, whole or not', () => {
    // 18/24 = 75 %; 6/24 = 25 %, printed 20%.
    expect(
      findings(
        'Pada siklus II sebanyak 18 siswa dari 24 siswa 75% tuntas, sedangkan 6 siswa lainnya 20% belum tuntas.',
      ),
    ).toEqual([
      [
        'percentages',
        'consistent',
        '18 siswa dari 24 siswa 75%',
        '18/24 = 75,00% dari total 24 yang ditulis bersamanya',
      ],
      ['percentages', 'inconsistent', '6 siswa lainnya 20%', '6/24 = 25,00% dari total 24 yang ditulis bersamanya'],
    ]);
  });

  it('reads a share in brackets after "N orang dari M siswa" as the count of M, not as M with a share', () => {
    // 12/30 = 40 %, printed 41%; read before as "30 siswa (41%)" with no total.
    expect(findings('Sebanyak 12 orang dari 30 siswa (41%) tuntas.')).toEqual([
      [
        'percentages',
        'inconsistent',
        '12 orang dari 30 siswa (41%)',
        '12/30 = 40,00% dari total 30 yang ditulis bersamanya',
      ],
    ]);
  });

  it('does not take a whole number without a % sign, or a number with a unit, for a share', () => {
    expect(findings('Dari hasil tes diperoleh 25 orang dari 32 siswa 78 telah tuntas.')).toEqual([]);
    expect(findings('Sebanyak 25 orang dari 32 responden 12,5 tahun bekerja di pabrik.')).toEqual([]);
    expect(findings('Sebanyak 3 orang dari 45 pasien 2,5 kali lebih sering kambuh.')).toEqual([]);
  });
});

describe('a count glued to its noun', () => {
  it('is read as the count of its share in brackets', () => {
    // 12/30 = 40 %, 18/30 = 60 %, printed 65%.
    expect(
      findings('Dari 30 siswa yang mengikuti tes hanya 12siswa (40%) yang tuntas dan 18siswa (65%) belum tuntas.'),
    ).toEqual([
      ['percentages', 'consistent', '12siswa (40%)', '12/30 = 40,00% dari total 30 yang disebutkan'],
      ['percentages', 'inconsistent', '18siswa (65%)', '18/30 = 60,00% dari total 30 yang disebutkan'],
    ]);
  });

  it('is not a count when the glued word is a unit', () => {
    expect(findings('Masa kerja responden paling banyak 12tahun (40%) dan 18bulan (60%).')).toEqual([]);
  });
});
