/**
 * Questionnaire answer tables that lost their layout: lettered options, the counts of the chosen
 * options, then one percentage per option (recognisers/option-tables.ts). 31/76 = 40,79 (printed
 * 49,8); 18/76 = 23,68; 45/76 = 59,21; 13/76 = 17,11. Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('questionnaire answer tables (recognisers/option-tables.ts)', () => {
  it('takes the total shared by three questions, also for a question whose percentages do not add up', () => {
    const text =
      'Tabel 4.17 Jawaban No Pertanyaan f 1 Kebersihan ruang a. Tidak Puas b. Puas c. Sangat Puas 48 28 63,2 36,8 0,0 2 Penerangan lampu a. Tidak Puas b. Puas c. Sangat Puas 18 45 13 23,7 59,2 17,1 3 Ruang bebas serangga a. Tidak Puas b. Puas c. Sangat Puas 45 31 59,2 49,8 0,0';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '48 (63,2%)', '48/76 = 63,16% dari total tabel 76'],
      ['percentages', 'consistent', '28 (36,8%)', '28/76 = 36,84% dari total tabel 76'],
      ['percentages', 'consistent', '18 (23,7%)', '18/76 = 23,68% dari total tabel 76'],
      ['percentages', 'consistent', '45 (59,2%)', '45/76 = 59,21% dari total tabel 76'],
      ['percentages', 'consistent', '13 (17,1%)', '13/76 = 17,11% dari total tabel 76'],
      ['percentages', 'consistent', '45 (59,2%)', '45/76 = 59,21% dari total tabel 76'],
      ['percentages', 'inconsistent', '31 (49,8%)', '31/76 = 40,79% dari total tabel 76'],
    ]);
  });

  it('reads a lone question only when its percentages add up to 100', () => {
    expect(findings('1 Kebersihan ruang a. Tidak Puas b. Puas 48 28 63,2 36,8')).toEqual([
      ['percentages', 'consistent', '48 (63,2%)', '48/76 = 63,16% dari total tabel 76'],
      ['percentages', 'consistent', '28 (36,8%)', '28/76 = 36,84% dari total tabel 76'],
    ]);
    expect(findings('1 Kebersihan ruang a. Tidak Puas b. Puas 45 31 59,2 49,8')).toEqual([]);
  });

  it('does not read counts that do not match the non-zero percentages', () => {
    expect(findings('1 Kebersihan ruang a. Tidak Puas b. Puas c. Sangat Puas 48 28 63,2 36,8 5,0')).toEqual([]);
  });
});
