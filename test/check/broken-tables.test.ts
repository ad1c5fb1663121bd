/**
 * Frequency tables whose cells arrive one per line, or with line breaks anywhere in their rows
 * (src/check/recognisers/broken-tables.ts): one group (count and % in a row's last two cells),
 * groups side by side with an empty cell left out, a code column, a bare "N 100" total, list
 * numbers and age brackets as labels; and tables whose evidence does not hold, where nothing
 * may be read.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

function shares(text: string, lang: 'id' | 'en' = 'id') {
  return checkText(text, { lang })
    .findings.filter((f) => f.check === 'percentages' || f.check === 'totals')
    .map((f) => `${f.reported} ${f.verdict} ${f.recomputed}`);
}

describe('tables broken over lines', () => {
  it('reads one cell per line, group counts before the row total and its %, with a "Jumlah" row', () => {
    const text = [
      'Tabel 4.2 Distribusi responden menurut pendidikan',
      'Pendidikan Laki-laki Perempuan n %',
      'SD',
      '2',
      '4',
      '6',
      '20,0',
      'SMP',
      '5',
      '6',
      '11',
      '36,7',
      'SMA',
      '7',
      '6',
      '13',
      '43,2',
      'Jumlah',
      '14',
      '16',
      '30',
      '100',
      'Sumber: data primer',
    ].join('\n');
    // 13/30 = 43,33: printed 43,2
    expect(shares(text)).toEqual([
      '6 (20,0%) consistent 6/30 = 20,00% dari total tabel 30',
      '11 (36,7%) consistent 11/30 = 36,67% dari total tabel 30',
      '13 (43,2%) inconsistent 13/30 = 43,33% dari total tabel 30',
    ]);
  });

  it('reads two groups side by side, placing a row that prints one pair by the group totals', () => {
    const text = [
      'Hasil pengukuran: Tabel 6. Perubahan tingkat kecemasan',
      'Intervensi Kontrol',
      'n % n %',
      'Meningkat 11',
      '31,42',
      'Tetap 1',
      '2,86 3',
      '8,57',
      'Menurun 34',
      '97,14 21',
      '60,1',
      'Total 35',
      '35',
    ].join('\n');
    // Meningkat 11 can only be kontrol's (11 + 3 + 21 = 35; intervensi 1 + 34 = 35)
    expect(shares(text)).toEqual([
      '11 (31,42%) inconsistent 11/35 = 31,43% dari total tabel 35',
      '1 (2,86%) consistent 1/35 = 2,86% dari total tabel 35',
      '3 (8,57%) consistent 3/35 = 8,57% dari total tabel 35',
      '34 (97,14%) consistent 34/35 = 97,14% dari total tabel 35',
      '21 (60,1%) inconsistent 21/35 = 60,00% dari total tabel 35',
    ]);
  });

  it('takes the total from the counts when the total row prints only 100 and the shares add up to 100', () => {
    const text = [
      'Table 5. Anxiety by group',
      'Level',
      'Treatment Control Total %',
      'Mild 1',
      '- 1',
      '1.43 Moderate',
      '17 12',
      '29 41.43',
      'Severe 17',
      '23 40',
      '57.14 Total',
      '100',
    ].join('\n');
    expect(shares(text, 'en')).toEqual([
      "1 (1.43%) consistent 1/70 = 1.43% of the table's total 70",
      "29 (41.43%) consistent 29/70 = 41.43% of the table's total 70",
      "40 (57.14%) consistent 40/70 = 57.14% of the table's total 70",
    ]);
  });

  it('skips a code column and reads a bare "N 100" closing line as the total', () => {
    const text = [
      'Tabel 4.2 Karakteristik responden berdasarkan jenis kelamin',
      'JENIS KELAMIN KODE',
      'JUMLAH PERSENTASE',
      'Laki-laki 1',
      '139 54,6',
      'Perempuan 2',
      '116 45,5',
      '255 100',
      'Sumber : data kuesioner',
    ].join('\n');
    // 139/255 = 54,51: printed 54,6
    expect(shares(text)).toEqual([
      '139 (54,6%) inconsistent 139/255 = 54,51% dari total tabel 255',
      '116 (45,5%) consistent 116/255 = 45,49% dari total tabel 255',
    ]);
  });

  it('reads numbered rows whose labels are age brackets, with a Σ total; a trailing zero may be padding', () => {
    const text = [
      'Tabel 2. Distribusi responden berdasarkan usia',
      'No. Karakteristik',
      'Frekuensi Persentase',
      '1. 20',
      '– 24 4',
      '13,30 2.',
      '25 – 29',
      '6 20',
      '3. 30',
      '– 34 16',
      '53,40 4.',
      '≥ 35',
      '4 13,30',
      'Σ 30',
      '100 Sumber: data primer',
    ].join('\n');
    // 13,30 may stand for 13,3 (4/30 = 13,33); 53,40 is not 53,33 even as 53,4
    expect(shares(text)).toEqual([
      '4 (13,30%) consistent 4/30 = 13,33% dari total tabel 30',
      '6 (20%) consistent 6/30 = 20,00% dari total tabel 30',
      '16 (53,40%) inconsistent 16/30 = 53,33% dari total tabel 30',
      '4 (13,30%) consistent 4/30 = 13,33% dari total tabel 30',
    ]);
  });

  it('reads nothing when the evidence does not hold, and one misprinted count when it does', () => {
    // The counts (6 + 11 + 12 = 29) are not the total row's 30, but the shares add up to 100 and
    // all but one fit 30 (6/30 = 20,0, 11/30 = 36,7; 43,3 is 13/30): one count is misprinted, and
    // its row is inconsistent with the table's N (recognisers/misprinted-count-rows.ts).
    const wrongSum = [
      'Tabel 3 Pendidikan',
      'SD',
      '6',
      '20,0',
      'SMP',
      '11',
      '36,7',
      'SMA',
      '12',
      '43,3',
      'Jumlah',
      '30',
      '100',
    ];
    expect(shares(wrongSum.join('\n'))).toEqual([
      '6 20,0 consistent 6/30 = 20,00% dari total 30 yang disebutkan',
      '11 36,7 consistent 11/30 = 36,67% dari total 30 yang disebutkan',
      '12 43,3 inconsistent 12/30 = 40,00% dari total 30 yang disebutkan',
    ]);
    // No total count and shares that do not add up to 100.
    const noTotal = ['Tabel 3 Pendidikan', 'SD', '6', '20,0', 'SMP', '11', '36,7', 'SMA', '12', '33,3'];
    expect(shares(noTotal.join('\n'))).toEqual([]);
    // Two groups where a one-pair row fits either group: no unique placement.
    const ambiguous = [
      'Tabel 6. Dua kelompok',
      'A 5',
      '50,0',
      'B 5',
      '50,0 5',
      '50,0',
      'C 5',
      '50,0',
      'Total 10',
      '10',
    ];
    expect(shares(ambiguous.join('\n'))).toEqual([]);
    // No caption: lines of numbers are not taken for a table.
    expect(shares(['Pendidikan n %', 'SD', '6', '20,0', 'SMP', '11', '36,7', 'SMA', '13', '43,3'].join('\n'))).toEqual(
      [],
    );
  });
});

describe('cross tables with row percentages', () => {
  // Such a table is read by recognisers/flat-cross-tables.ts, which quotes the cells as printed.
  it('are read row by row against the row totals, never against the column totals', () => {
    // Row percentages (each row adds up to 100 across), total row of counts only; 10/30 = 33,33
    const text = [
      'Tabel 4.5 Hubungan pengetahuan dengan kepatuhan',
      'Pengetahuan Patuh Tidak patuh Total',
      'n % n % n %',
      'Baik 20',
      '57,1 15',
      '42,9 35',
      '100 0,046',
      'Kurang 10',
      '33,4 20',
      '66,7 30',
      '100',
      'Total 30',
      '35 65',
    ].join('\n');
    expect(shares(text)).toEqual([
      '20 57,1 consistent 20/35 = 57,14% dari total baris 35',
      '15 42,9 consistent 15/35 = 42,86% dari total baris 35',
      '10 33,4 inconsistent 10/30 = 33,33% dari total baris 30',
      '20 66,7 consistent 20/30 = 66,67% dari total baris 30',
    ]);
  });

  it('leave a row alone whose counts do not add up to its total', () => {
    const text = [
      'Tabel 4.5 Hubungan',
      'Baik 20',
      '57,1 15',
      '42,9 36',
      '100',
      'Kurang 10',
      '33,3 20',
      '66,7 31',
      '100',
    ].join('\n');
    expect(shares(text)).toEqual([]);
  });
});

describe('SPSS Frequencies pasted as lines of single-spaced cells', () => {
  it('reads the frequency and percent columns by the Total line, past a code column', () => {
    const text = [
      'Tabel 2: Tabel frekuensi X (usia responden)',
      'X Frequency Percent',
      'Cumulative',
      'Percent',
      'Valid 0 17 63,0 63,0',
      '1 10 37,1 100,0',
      'Total 27 100,0',
    ].join('\n');
    // 10/27 = 37,04: printed 37,1
    expect(shares(text)).toEqual([
      '17 (63,0%) consistent 17/27 = 62,96% dari total tabel 27',
      '10 (37,1%) inconsistent 10/27 = 37,04% dari total tabel 27',
    ]);
  });

  it('reads no row when no column adds up to the Total, or the Total line is not all 100', () => {
    const noSum = ['Tabel 2: X', 'X Frequency Percent', 'Valid 0 17 63,0 63,0', '1 11 37,0 100,0', 'Total 27 100,0'];
    expect(shares(noSum.join('\n'))).toEqual([]);
    // A valid total of 90% (missing cases follow): which total the percentages are of is not plain.
    const missing = [
      'Tabel 2: X',
      'Valid 1 20 40,0 44,4 44,4',
      '2 25 50,0 55,6 100,0',
      'Total 45 90,0 100,0',
      'Missing System 5 10,0',
      'Total 50 100,0',
    ];
    // Only the valid total and the missing row are read, as the shares of the grand total they
    // are (45/50 = 90,00, 5/50 = 10,00): the rows above them stay unread.
    expect(shares(missing.join('\n'))).toEqual([
      '45 90,0 consistent 45/50 = 90,00% dari total tabel 50',
      '5 10,0 consistent 5/50 = 10,00% dari total tabel 50',
    ]);
  });
});
