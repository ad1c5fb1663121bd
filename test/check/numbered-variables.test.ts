/**
 * Characteristics tables pasted flat, variable after variable, whose variables are numbered
 * without a dot ("… Baik 30 50,0 2 Dukungan Informasi Kurang 24 40,0 …"): the number before the
 * next variable's label does not hide the row before it (recognisers/variable-rows.ts). Each case
 * lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('variables numbered without a dot', () => {
  it('reads every variable, each of the total the others confirm (60)', () => {
    // 30 + 30 = 24 + 36 = 21 + 39 = 60: 30/60 = 50,00, 24/60 = 40,00, 36/60 = 60,00,
    // 21/60 = 35,00 (printed 35,1), 39/60 = 65,00 (printed 64,9).
    const text =
      'Tabel 5.3 Dukungan Keluarga No Dukungan Kategori f % 1 Dukungan Emosional Kurang 30 50,0 Baik 30 50,0 2 Dukungan Informasi Kurang 24 40,0 Baik 36 60,0 3 Dukungan Instrumental Kurang 21 35,1 Baik 39 64,9 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '30 50,0', '30/60 = 50,00% dari total tabel 60'],
      ['percentages', 'consistent', '30 50,0', '30/60 = 50,00% dari total tabel 60'],
      ['percentages', 'consistent', '24 40,0', '24/60 = 40,00% dari total tabel 60'],
      ['percentages', 'consistent', '36 60,0', '36/60 = 60,00% dari total tabel 60'],
      ['percentages', 'inconsistent', '21 35,1', '21/60 = 35,00% dari total tabel 60'],
      ['percentages', 'inconsistent', '39 64,9', '39/60 = 65,00% dari total tabel 60'],
    ]);
  });
});
