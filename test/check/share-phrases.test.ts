/**
 * A count joined to its percentage by "dengan persentase (sebesar)" (also spelled "presentase",
 * "prosentase"), as Indonesian theses write it: "berjumlah 10 orang dengan presentase 33,3%"
 * (recognisers/percentages.ts). Each case lists every finding, exactly.
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
