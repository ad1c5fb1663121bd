/**
 * A lettered-option block that is one column group of a cross table closed by a total row
 * (recognisers/option-table-totals.ts): its shares are held to the N the total row states, not
 * to its counts' sum. Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('an option block closed by a cross table’s total row (recognisers/option-table-totals.ts)', () => {
  it('one misprinted count is flagged once, against the stated 40, not both shares against 38', () => {
    // Kasus: 30/40 = 75,00 (printed 75,0), 8/40 = 20,00 but printed 25,0 (which fits 10/40).
    // Kontrol: 12/40 = 30,00 and 28/40 = 70,00; the total row gives 40 under both groups.
    const text =
      'Tabel 5 Distribusi Pemakaian Obat Nyamuk No. Variabel Kasus Kontrol 1 Memakai obat nyamuk bakar a. Ya b. Tidak 30 8 75,0 25,0 12 28 30,0 70,0 Jumlah 40 100 40 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '30 (75,0%)', '30/40 = 75,00% dari total tabel 40'],
      ['percentages', 'inconsistent', '8 (25,0%)', '8/40 = 20,00% dari total tabel 40'],
      ['percentages', 'consistent', '12 (30,0%)', '12/40 = 30,00% dari total tabel 40'],
      ['percentages', 'consistent', '28 (70,0%)', '28/40 = 70,00% dari total tabel 40'],
    ]);
  });

  it('a questionnaire item without a total row is still held to its counts’ sum', () => {
    // 18/76 = 23,68, 45/76 = 59,21, 13/76 = 17,11.
    const text =
      '4 Keamanan pasien dan pengunjung a. Tidak Puas b. Puas c. Sangat Puas 18 45 13 23,7 59,2 17,1 5 Kebersihan ruang tunggu';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '18 (23,7%)', '18/76 = 23,68% dari total tabel 76'],
      ['percentages', 'consistent', '45 (59,2%)', '45/76 = 59,21% dari total tabel 76'],
      ['percentages', 'consistent', '13 (17,1%)', '13/76 = 17,11% dari total tabel 76'],
    ]);
  });
});
