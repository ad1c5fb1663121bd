/**
 * A count joined to its percentage by "dengan persentase (sebesar)" (also spelled "presentase",
 * "prosentase"), as Indonesian theses write it: "berjumlah 10 orang dengan presentase 33,3%"
 * (recognisers/percentages.ts); and bare shares of the stated sample in a sentence that also
 * names an age or a duration ("usia 12-24 bulan"), which counts no one. Each case lists every
 * finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('"dengan persentase" between a count and its share', () => {
  it('reads each pair against the total the sentence states, across a line break', () => {
    // 12/30 = 40,00%; 18/30 = 60,00% (printed 61,0%).
    const text =
      'Dari 30 responden, responden laki-laki berjumlah 12 orang dengan\npresentase 40,0% dan responden perempuan berjumlah 18 orang dengan persentase sebesar 61,0%.';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '12 orang dengan presentase 40,0%', '12/30 = 40,00% dari total 30 yang disebutkan'],
      [
        'percentages',
        'inconsistent',
        '18 orang dengan persentase sebesar 61,0%',
        '18/30 = 60,00% dari total 30 yang disebutkan',
      ],
    ]);
  });

  it('infers the total from shares that add up to 100', () => {
    // 10 + 20 = 30: 10/30 = 33,33%, 20/30 = 66,67%.
    const text =
      'Responden laki-laki berjumlah 10 orang dengan prosentase 33,3% dan perempuan berjumlah 20 orang dengan prosentase 66,7%.';
    expect(findings(text)).toEqual([
      [
        'percentages',
        'consistent',
        '10 orang dengan prosentase 33,3%',
        '10/30 = 33,33% dari 30, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'consistent',
        '20 orang dengan prosentase 66,7%',
        '20/30 = 66,67% dari 30, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
    ]);
  });
});

describe('bare shares beside an age range', () => {
  it('holds them to the sample the paragraph states', () => {
    // n = 40: 25/40 = 62,50%; 36,0% fits no count (14/40 = 35,00%, 15/40 = 37,50%).
    const text =
      'Sampel penelitian berjumlah 40 responden. Sebanyak 62,5% ibu dengan balita usia 12-24 bulan berpengetahuan baik dan 36,0% berpengetahuan kurang.';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '62,5%', '25/40 = 62,50% (dari ukuran sampel 40 yang disebutkan dalam teks)'],
      [
        'percentages',
        'inconsistent',
        '36,0%',
        '14/40 = 35,00%, 15/40 = 37,50% (dari ukuran sampel 40 yang disebutkan dalam teks)',
      ],
    ]);
  });

  it('still reads nothing beside another count', () => {
    // "12 ibu" may be the group the shares are of: the sentence's total is not certain.
    const text =
      'Sampel penelitian berjumlah 40 responden. Sebanyak 62,5% dari 12 ibu berpengetahuan baik dan 36,0% berpengetahuan kurang.';
    expect(findings(text)).toEqual([]);
  });
});
