/**
 * Characteristics tables pasted as single-spaced lines, one section per variable each closed by
 * its own total row: recognisers/line-sections.ts. The texts are written for these tests; each
 * case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('frequency tables of several sections after one caption (recognisers/line-sections.ts)', () => {
  it('reads every section, after a caption line with a year', () => {
    // N = 40: 12/40 = 30,0, 28/40 = 70,0; 6/40 = 15,0, 22/40 = 55,0, 12/40 = 30,0 (printed 31,0: a
    // misprint; the section still adds up to 101,0, within a point of 100).
    const text = [
      'Tabel 4.1 Karakteristik Responden Berdasarkan Umur dan Pendidikan',
      'di Puskesmas Sukamaju Tahun 2019',
      'No Karakteristik f %',
      'Umur:',
      '1 < 40 tahun 12 30,0',
      '2 ≥ 40 tahun 28 70,0',
      'Total 40 100',
      'Pendidikan f %',
      '1 SD 6 15,0',
      '2 SMP 22 55,0',
      '3 SMA 12 31,0',
      'Total 40 100',
      '',
      'Sebagian besar responden berumur 40 tahun atau lebih.',
    ].join('\n');
    // Since the flat-table reader reads rows whose label holds an age bound ("< 40 tahun"), it
    // reads this table first (recognisers/flat-tables.ts). It takes the total from the total row
    // only when the section's counts add up to it, so no total-row finding is left to report.
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '12 30,0', '12/40 = 30,00% dari total tabel 40'],
      ['percentages', 'consistent', '28 70,0', '28/40 = 70,00% dari total tabel 40'],
      ['percentages', 'consistent', '6 15,0', '6/40 = 15,00% dari total tabel 40'],
      ['percentages', 'consistent', '22 55,0', '22/40 = 55,00% dari total tabel 40'],
      ['percentages', 'inconsistent', '12 31,0', '12/40 = 30,00% dari total tabel 40'],
    ]);
  });

  it('takes a dash as an empty count', () => {
    // 35/51 = 68,63, 16/51 = 31,37; the "- 0" row adds nothing and is not reported.
    const text =
      'Tabel 5.2 Kategori Dukungan Keluarga\n\nNo Dukungan Keluarga F %\n1 Baik 35 68,6\n2 Sedang 16 31,4\n3 Buruk - 0\nTotal 51 100\n';
    expect(findings(text)).toEqual([
      // Read by the numbered-rows reader of flat tables (recognisers/numbered-frequency-rows.ts).
      ['percentages', 'consistent', '35 68,6', '35/51 = 68,63% dari total tabel 51'],
      ['percentages', 'consistent', '16 31,4', '16/51 = 31,37% dari total tabel 51'],
    ]);
  });

  it('does not read a section whose counts miss its total', () => {
    // 10 + 9 = 19, not 20: which count is misprinted (or which total) is not certain.
    expect(findings('Tabel 3 Umur\nNo Umur f %\n1 Muda 10 50,0\n2 Tua 9 50,0\nTotal 20 100\n')).toEqual([]);
  });
});
