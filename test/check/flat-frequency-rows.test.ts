/**
 * Indonesian frequency tables flattened into running text (recognisers/flat-tables.ts): rows whose
 * labels hold ranges or bounds of age, numbered rows, a category printed without cells, and a
 * column of shares rounded to one decimal but printed with two (recognisers/padded-decimals.ts).
 * Each case lists every finding naskah reports, exactly; the shares are recomputed by hand in
 * the comments.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('flat frequency tables: row labels and empty rows (recognisers/flat-tables.ts)', () => {
  it('numbered rows whose labels are age ranges and bounds', () => {
    // 4/25 = 16,00; 17/25 = 68,00; the third row's 4/25 = 16,00 is printed 17,0.
    const text =
      'Tabel 4.1 Karakteristik responden berdasarkan usia No Usia Frekuensi Persentase 1 <20 tahun 4 16,0 2 20-35 tahun 17 68,0 3 >35 tahun 4 17,0 Total 25 100 Sebagian besar responden berusia 20-35 tahun.';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '4 16,0', '4/25 = 16,00% dari total tabel 25'],
      ['percentages', 'consistent', '17 68,0', '17/25 = 68,00% dari total tabel 25'],
      ['percentages', 'inconsistent', '4 17,0', '4/25 = 16,00% dari total tabel 25'],
    ]);
  });

  it('a range with spaced dashes inside a longer label', () => {
    // 20/50 = 40,00; 30/50 = 60,00.
    const text =
      'Tabel 2 Usia lansia Usia f % Lanjut usia 60 – 74 tahun 20 40,0 Lanjut usia tua 75 – 90 tahun 30 60,0 Jumlah 50 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '20 40,0', '20/50 = 40,00% dari total tabel 50'],
      ['percentages', 'consistent', '30 60,0', '30/50 = 60,00% dari total tabel 50'],
    ]);
  });

  it('a category printed without cells right before the total row', () => {
    // 6/20 = 30; 9/20 = 45; 5/20 = 25, printed 24.
    const text =
      'Tabel 4.2 Tingkat stres Frekuensi Persentase Ringan 6 30 Sedang 9 45 Berat 5 24 Sangat berat Total 20 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '6 30', '6/20 = 30,00% dari total tabel 20'],
      ['percentages', 'consistent', '9 45', '9/20 = 45,00% dari total tabel 20'],
      ['percentages', 'inconsistent', '5 24', '5/20 = 25,00% dari total tabel 20'],
    ]);
  });

  it('labels of amounts: a bound before a word, numbers between words', () => {
    // 22/88 = 25,00; 37/88 = 42,05; 29/88 = 32,95, printed 32.
    const text =
      'Tabel 4.2 Pengeluaran per bulan Pengeluaran Frekuensi Persentase ≤ Rp 1 juta 22 25 Rp 1 juta – Rp 2 juta 37 42 ≥ Rp 3 juta 29 32 Total 88 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '22 25', '22/88 = 25,00% dari total tabel 88'],
      ['percentages', 'consistent', '37 42', '37/88 = 42,05% dari total tabel 88'],
      ['percentages', 'inconsistent', '29 32', '29/88 = 32,95% dari total tabel 88'],
    ]);
  });

  it('labels of amounts with decimals, ranges of amounts, a label starting with its amount', () => {
    // 20/40 = 50,00; 12/40 = 30,00; 5/40 = 12,50, printed 12.0; 3/40 = 7,50.
    const text =
      'Tabel 22. Penghasilan ayah per bulan Penghasilan Frekuensi Persentase Valid 3.5 juta 20 50.0 2.5 juta – 3.5 juta 12 30.0 1.5 juta – 2.5 juta 5 12.0 1.5 juta 3 7.5 Total 40 100.0';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '20 50.0', '20/40 = 50,00% dari total tabel 40'],
      ['percentages', 'consistent', '12 30.0', '12/40 = 30,00% dari total tabel 40'],
      ['percentages', 'inconsistent', '5 12.0', '5/40 = 12,50% dari total tabel 40'],
      ['percentages', 'consistent', '3 7.5', '3/40 = 7,50% dari total tabel 40'],
    ]);
  });

  it('numbered rows whose category is a number: row number, category, count, share', () => {
    // 6/40 = 15,00; 18/40 = 45,00; 11/40 = 27,50; 5/40 = 12,50, printed 13,5.
    const text =
      'Tabel 4.4 Jumlah anak responden No. Jumlah anak Frekuensi Persentase 1 1 6 15,0 2 2 18 45,0 3 3 11 27,5 4 4 5 13,5 Total 40 100,0';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '6 15,0', '6/40 = 15,00% dari total tabel 40'],
      ['percentages', 'consistent', '18 45,0', '18/40 = 45,00% dari total tabel 40'],
      ['percentages', 'consistent', '11 27,5', '11/40 = 27,50% dari total tabel 40'],
      ['percentages', 'inconsistent', '5 13,5', '5/40 = 12,50% dari total tabel 40'],
    ]);
    // Row numbers that do not count down to 1 are not such rows; the rows are still read by the
    // readers that take any rows whose counts add up to the total row's N (6 + 18 + 11 + 5 = 40).
    expect(findings(text.replace('2 2 18', '3 2 18'))).toEqual([
      ['percentages', 'consistent', '6 15,0', '6/40 = 15,00% dari total tabel 40'],
      ['percentages', 'consistent', '18 45,0', '18/40 = 45,00% dari total tabel 40'],
      ['percentages', 'consistent', '11 27,5', '11/40 = 27,50% dari total tabel 40'],
      ['percentages', 'inconsistent', '5 13,5', '5/40 = 12,50% dari total tabel 40'],
    ]);
  });

  it('numbered rows whose label is a range alone, after an empty first row', () => {
    // 12/60 = 20,00; 25/60 = 41,67; 17/60 = 28,33; 6/60 = 10,00, printed 11.
    const text =
      'Tabel 3 Distribusi responden berdasarkan umur No Umur Frekuensi Persentase 1 17-25 2 26-34 12 20,0 3 35-43 25 41,7 4 44-52 17 28,3 5 53 keatas 6 11 Jumlah 60 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '12 20,0', '12/60 = 20,00% dari total tabel 60'],
      ['percentages', 'consistent', '25 41,7', '25/60 = 41,67% dari total tabel 60'],
      ['percentages', 'consistent', '17 28,3', '17/60 = 28,33% dari total tabel 60'],
      ['percentages', 'inconsistent', '6 11', '6/60 = 10,00% dari total tabel 60'],
    ]);
  });

  it('rows separated by blank lines', () => {
    // 12/50 = 24,00; 30/50 = 60,00; 8/50 = 16,00, printed 15.
    const text =
      'Tabel 5. Sebaran responden berdasarkan umur\n\nUmur Orang Persentase (%)\n\nKurang dari 25 tahun 12 24\n\n25 – 35 tahun 30 60\n\nLebih dari 35 tahun 8 15\n\nJumlah 50 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '12 24', '12/50 = 24,00% dari total tabel 50'],
      ['percentages', 'consistent', '30 60', '30/50 = 60,00% dari total tabel 50'],
      ['percentages', 'inconsistent', '8 15', '8/50 = 16,00% dari total tabel 50'],
    ]);
  });

  it('numbered categories printed with dashes for empty cells', () => {
    // 4/40 = 10,00; 30/40 = 75,00; 6/40 = 15,00, printed 16,0.
    const text =
      'Tabel 12 Pendidikan responden No Pendidikan Jumlah orang Persentase 1 Tidak sekolah 4 10,0 2 SD 30 75,0 3 SLTP - - 4 SLTA 6 16,0 5 Lainnya - - Total 40 100,0';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '4 10,0', '4/40 = 10,00% dari total tabel 40'],
      ['percentages', 'consistent', '30 75,0', '30/40 = 75,00% dari total tabel 40'],
      ['percentages', 'inconsistent', '6 16,0', '6/40 = 15,00% dari total tabel 40'],
    ]);
  });

  it('"n (%)" cells whose % signs were lost, each section closed by "Total N (100)"', () => {
    // 48/105 = 45,71; 57/105 = 54,29; 20/105 = 19,05; 30/105 = 28,57; 55/105 = 52,38, printed 53,4.
    const text =
      'Tabel 1 Karakteristik responden Jenis kelamin Laki-laki 48 (45,7) Perempuan 57 (54,3) Total 105 (100) Pendidikan SD 20 (19,0) SMP 30 (28,6) SMA 55 (53,4) Total 105 (100)';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '48 (45,7)', '48/105 = 45,71% dari total tabel 105'],
      ['percentages', 'consistent', '57 (54,3)', '57/105 = 54,29% dari total tabel 105'],
      ['percentages', 'consistent', '20 (19,0)', '20/105 = 19,05% dari total tabel 105'],
      ['percentages', 'consistent', '30 (28,6)', '30/105 = 28,57% dari total tabel 105'],
      ['percentages', 'inconsistent', '55 (53,4)', '55/105 = 52,38% dari total tabel 105'],
    ]);
  });

  it('"n (%)" cells with their % signs: the total row, not the sum of the list, is the evidence', () => {
    // As above; a list of the sentence whose shares (19,0 + 28,6 + 53,4 = 101) miss 100 is no
    // longer left unchecked: each share is held to the total row's 105. The total rows' own
    // "105 (100%)" are still read as a list of one.
    const text =
      'Tabel 1 Karakteristik responden Jenis kelamin Laki-laki 48 (45,7%) Perempuan 57 (54,3%) Total 105 (100%) Pendidikan SD 20 (19,0%) SMP 30 (28,6%) SMA 55 (53,4%) Total 105 (100%)';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '48 (45,7%)', '48/105 = 45,71% dari total tabel 105'],
      ['percentages', 'consistent', '57 (54,3%)', '57/105 = 54,29% dari total tabel 105'],
      [
        'percentages',
        'consistent',
        '105 (100%)',
        '105/105 = 100,00% dari 105, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      ['percentages', 'consistent', '20 (19,0%)', '20/105 = 19,05% dari total tabel 105'],
      ['percentages', 'consistent', '30 (28,6%)', '30/105 = 28,57% dari total tabel 105'],
      ['percentages', 'inconsistent', '55 (53,4%)', '55/105 = 52,38% dari total tabel 105'],
      [
        'percentages',
        'consistent',
        '105 (100%)',
        '105/105 = 100,00% dari 105, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
    ]);
  });

  it('is not read when the rows do not add up to the total row', () => {
    expect(findings('Tabel 4.2 Tingkat stres Ringan 6 30 Sedang 9 45 Berat 4 20 Sangat berat Total 20 100')).toEqual(
      [],
    );
  });
});

describe('a column of shares padded to two decimals (recognisers/padded-decimals.ts)', () => {
  it('every second decimal 0: the shares were rounded to one decimal', () => {
    // 14/70 = 20,00; 23/70 = 32,857 → 32,9 (32,86 to two decimals); 33/70 = 47,143 → 47,1.
    const text = 'Tabel 4.3 Pendidikan responden Pendidikan f % SD 14 20,00 SMP 23 32,90 SMA 33 47,10 Jumlah 70 100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '14 20,00', '14/70 = 20,00% dari total tabel 70'],
      ['percentages', 'consistent', '23 32,90', '23/70 = 32,86% dari total tabel 70'],
      ['percentages', 'consistent', '33 47,10', '33/70 = 47,14% dari total tabel 70'],
    ]);
    // …and the finding says to how many decimals it was checked.
    expect(checkText(text, { lang: 'id' }).findings[1]!.explanation).toBe(
      'Persentase sesuai dengan frekuensi dan totalnya (dibulatkan ke 1 desimal).',
    );
  });

  it('a 0 beside real second decimals is a second decimal: 22,40 for 13/58 = 22,41 is wrong', () => {
    // 13/58 = 22,414; 30/58 = 51,724; 15/58 = 25,862.
    const text = 'Tabel 4.4 Pendidikan responden Pendidikan f % SD 13 22,40 SMP 30 51,72 S1 15 25,86 Jumlah 58 100';
    expect(findings(text)).toEqual([
      ['percentages', 'inconsistent', '13 22,40', '13/58 = 22,41% dari total tabel 58'],
      ['percentages', 'consistent', '30 51,72', '30/58 = 51,72% dari total tabel 58'],
      ['percentages', 'consistent', '15 25,86', '15/58 = 25,86% dari total tabel 58'],
    ]);
  });
});

const shares = (text: string) => findings(text).filter(([check]) => check === 'percentages');

describe('cross tables of column shares printed column by column (recognisers/column-major-cross-tables.ts)', () => {
  // The odds ratio, interval and p between the pairs and the total row are another check's; only the
  // shares are listed here.
  const table = (cases: string) =>
    `Tabel 5.3 Distribusi merokok pada kasus dan kontrol VARIABEL KASUS N KONTROL N OR 95 CI p Merokok - Ya - Tidak ${cases} 10 20,0 40 81,0 3,27 1,31 – 8,16 0,010 JUMLAH 40 100,0 50 100,0 Keterangan: uji chi-square`;

  it("the cases' column, then the controls', each share of its column's total", () => {
    // 18/40 = 45,00; 22/40 = 55,00; 10/50 = 20,00; 40/50 = 80,00, printed 81,0.
    expect(shares(table('18 45,0 22 55,0'))).toEqual([
      ['percentages', 'consistent', '18 45,0', '18/40 = 45,00% dari total tabel 40'],
      ['percentages', 'consistent', '22 55,0', '22/40 = 55,00% dari total tabel 40'],
      ['percentages', 'consistent', '10 20,0', '10/50 = 20,00% dari total tabel 50'],
      ['percentages', 'inconsistent', '40 81,0', '40/50 = 80,00% dari total tabel 50'],
    ]);
  });

  it('is not read when a column does not add up to its total', () => {
    // 18 + 23 = 41, not the cases' 40.
    expect(shares(table('18 45,0 23 55,0'))).toEqual([]);
  });
});

describe('cross tables of column shares printed row by row (recognisers/flat-cross-tables.ts)', () => {
  it('a cell "p<0,05" that lost its sign between the rows does not stop the rows above the total', () => {
    // 30/50 = 60,00; 12/50 = 24,00; 20/50 = 40,00; 38/50 = 76,00, printed 77,0.
    const text =
      'Tabel 3 Tabulasi silang paritas dan perdarahan Paritas Kasus Kontrol p OR CI Berisiko 30 60,0 12 24,0 0,001 p0,05 4,75 1,98- 11,37 Tidak berisiko 20 40,0 38 77,0 Total 50 100 50 100';
    expect(shares(text)).toEqual([
      ['percentages', 'consistent', '30 60,0', '30/50 = 60,00% dari total tabel 50'],
      ['percentages', 'consistent', '12 24,0', '12/50 = 24,00% dari total tabel 50'],
      ['percentages', 'consistent', '20 40,0', '20/50 = 40,00% dari total tabel 50'],
      ['percentages', 'inconsistent', '38 77,0', '38/50 = 76,00% dari total tabel 50'],
    ]);
  });

  it('a pair of dashes is an empty cell: a count of 0, no share to check', () => {
    // Panti 30 + 0 + 10 = 40, Rumah 33 + 5 + 2 = 40; 2/40 = 5,00 is printed 6,0.
    const text =
      'Tabel 4.3 Suku responden\nNo Suku\nPanti Rumah\nn % n %\n1. Batak\n30 75,0\n33 82,5\n2. Jawa\n- -\n5 12,5\n3. Minang\n10 25,0\n2 6,0\nJumlah 40\n100,0 40\n100,0';
    expect(shares(text)).toEqual([
      ['percentages', 'consistent', '30 75,0', '30/40 = 75,00% dari total tabel 40'],
      ['percentages', 'consistent', '33 82,5', '33/40 = 82,50% dari total tabel 40'],
      ['percentages', 'consistent', '5 12,5', '5/40 = 12,50% dari total tabel 40'],
      ['percentages', 'consistent', '10 25,0', '10/40 = 25,00% dari total tabel 40'],
      ['percentages', 'inconsistent', '2 6,0', '2/40 = 5,00% dari total tabel 40'],
    ]);
  });

  it('shares in brackets after their counts, "n (%)" cells, with a Total column', () => {
    // 30/50 = 60,00; 18/50 = 36,00; 48/100 = 48,00; 20/50 = 40,00; 32/50 = 64,00, printed 65,0; 52/100 = 52,00.
    const text =
      'Tabel 5.4 Distribusi pengetahuan ibu pada kasus dan kontrol Kasus Kontrol Total p OR 95% CI Pengetahuan N (%) N (%) N (%) Kurang 30 (60,0) 18 (36,0) 48 (48,0) 0,028 2,67 1,19-5,97 Baik 20 (40,0) 32 (65,0) 52 (52,0) Total 50 (100,0) 50 (100,0) 100 (100,0) Sumber: data primer';
    expect(shares(text)).toEqual([
      ['percentages', 'consistent', '30 (60,0)', '30/50 = 60,00% dari total tabel 50'],
      ['percentages', 'consistent', '18 (36,0)', '18/50 = 36,00% dari total tabel 50'],
      ['percentages', 'consistent', '48 (48,0)', '48/100 = 48,00% dari total tabel 100'],
      ['percentages', 'consistent', '20 (40,0)', '20/50 = 40,00% dari total tabel 50'],
      ['percentages', 'inconsistent', '32 (65,0)', '32/50 = 64,00% dari total tabel 50'],
      ['percentages', 'consistent', '52 (52,0)', '52/100 = 52,00% dari total tabel 100'],
    ]);
  });
});

describe('characteristics rows numbered without a period (recognisers/variable-rows.ts)', () => {
  const before =
    'Tabel 2 Tingkat nyeri sebelum kompres No Tingkat nyeri Frekuensi Persentase 1 Nyeri ringan 2 Nyeri sedang 3 37,5 3 Nyeri berat 5 62,5';
  const after =
    ' Tabel 3 Tingkat nyeri sesudah kompres No Tingkat nyeri Frekuensi Persentase 1 Nyeri ringan 6 75,0 2 Nyeri sedang 2 25,0 3 Nyeri berat';

  it('two tables of the same total: each share of it', () => {
    // 3/8 = 37,50; 5/8 = 62,50; 6/8 = 75,00; 2/8 = 25,00.
    expect(findings(`${before}${after} Tabel 3 menunjukkan penurunan nyeri.`)).toEqual([
      ['percentages', 'consistent', '3 37,5', '3/8 = 37,50% dari total tabel 8'],
      ['percentages', 'consistent', '5 62,5', '5/8 = 62,50% dari total tabel 8'],
      ['percentages', 'consistent', '6 75,0', '6/8 = 75,00% dari total tabel 8'],
      ['percentages', 'consistent', '2 25,0', '2/8 = 25,00% dari total tabel 8'],
    ]);
  });

  it('one table alone: its total is not confirmed, nothing is read', () => {
    expect(findings(`${before} Tabel 3 menunjukkan penurunan nyeri.`)).toEqual([]);
  });
});

describe('frequency tables with a cumulative percent column, lines broken anywhere (recognisers/cumulative-rows.ts)', () => {
  it("SPSS's Frequency, Percent, Valid Percent and Cumulative Percent: each percent of the total", () => {
    // 6/52 = 11,538, printed 11.53 (truncated); 20/52 = 38,46; 26/52 = 50,00. The cumulative
    // column (11.53, 49.99, 100.00) follows the printed percents.
    const text =
      'Tabel 4.5 Lama bekerja\nLama Bekerja\nFrequency Percent\nValid Percent Cumulative\nPercent Valid\n< 5 tahun 6\n11.53 11.53\n11.53 5-10 tahun\n20 38.46\n38.46 49.99\n> 10 tahun 26\n50.00 50.00\n100.00 Total\n52 100.0\n100.0\nSumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'inconsistent', '6 11.53', '6/52 = 11,54% dari total tabel 52'],
      ['percentages', 'consistent', '20 38.46', '20/52 = 38,46% dari total tabel 52'],
      ['percentages', 'consistent', '26 50.00', '26/52 = 50,00% dari total tabel 52'],
    ]);
  });

  const noValid = (second: string) =>
    `Tabel 10. Pendidikan pedagang\nPendidikan Absolut Relatif Kumulatif\nSD 12\n30.0 30.0\nSMP 16\n${second} 70.0\nSMA 12\n30.0 100.0\nTotal 40\n100`;

  it('without a Valid Percent column', () => {
    // 12/40 = 30,00; 16/40 = 40,00; 12/40 = 30,00.
    expect(findings(noValid('40.0'))).toEqual([
      ['percentages', 'consistent', '12 30.0', '12/40 = 30,00% dari total tabel 40'],
      ['percentages', 'consistent', '16 40.0', '16/40 = 40,00% dari total tabel 40'],
      ['percentages', 'consistent', '12 30.0', '12/40 = 30,00% dari total tabel 40'],
    ]);
  });

  it('when the cumulative column does not follow the percents, the counts still decide', () => {
    // 30.0 + 41.0 is not 70.0, so cumulative-rows.ts does not read the rows; their counts add up
    // to the total row's N (12 + 16 + 12 = 40), so the flat-table readers do: 16/40 = 40,00,
    // printed 41.0.
    expect(findings(noValid('41.0'))).toEqual([
      ['percentages', 'consistent', '12 30.0', '12/40 = 30,00% dari total tabel 40'],
      ['percentages', 'inconsistent', '16 41.0', '16/40 = 40,00% dari total tabel 40'],
      ['percentages', 'consistent', '12 30.0', '12/40 = 30,00% dari total tabel 40'],
    ]);
  });
});

describe('the sample a paragraph states as "jumlah sampel N orang" (recognisers/percentages.ts)', () => {
  it('sentences of nothing but pairs are shares of it', () => {
    // 18/40 = 45,00; 13/40 = 32,50, printed 30.
    const text =
      'Teknik sampling yang digunakan adalah purposive sampling dengan jumlah sampel 40 orang. Hasil: Responden yang bekerja yaitu 18 orang (45%). Responden yang berpendidikan tinggi yaitu 13 orang (30%).';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '18 orang (45%)', '18/40 = 45,00% dari total 40 yang disebutkan'],
      ['percentages', 'inconsistent', '13 orang (30%)', '13/40 = 32,50% dari total 40 yang disebutkan'],
    ]);
  });
});

describe('lost % signs after a table header "Persentase" (recognisers/lost-percent-signs.ts)', () => {
  const text = (petani: string, pedagang: string) =>
    `Tabel 4.7 Pekerjaan responden Pekerjaan Frekuensi Persentase Berdasarkan tabel 4.7 sebagian besar responden bekerja sebagai petani yaitu sebanyak 45 responden ${petani}, sebagai pedagang sebanyak 20 responden ${pedagang} dan sisanya tidak bekerja sebanyak 15 responden 18,8.`;

  it('the header word is no % sign: the counts and shares after it are read', () => {
    // The shares add up to 100, so the total is 45 + 20 + 15 = 80: 56,25; 25,00; 18,75.
    expect(findings(text('56,2', '25,0'))).toEqual([
      [
        'percentages',
        'consistent',
        '45 responden 56,2',
        '45/80 = 56,25% dari 80, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'consistent',
        '20 responden 25,0',
        '20/80 = 25,00% dari 80, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'consistent',
        '15 responden 18,8',
        '15/80 = 18,75% dari 80, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
    ]);
    // Two shares swapped by a point still add up to 100 and are flagged.
    expect(findings(text('55,0', '26,2')).map(([, verdict]) => verdict)).toEqual([
      'inconsistent',
      'inconsistent',
      'consistent',
    ]);
  });
});

describe("SPSS's Case Processing Summary pasted as text (recognisers/spss-case-summary.ts)", () => {
  it('valid and missing cases, each of the row total', () => {
    // 38/40 = 95,00; 2/40 = 5,00, printed 4,0; 40/40 = 100,00; 0/40 = 0 (SPSS prints ,0).
    const text =
      'Case Processing Summary\nCases\nValid Missing Total\nKelompok N Percent N Percent N Percent\nSkor pengetahuan Intervensi 38 95,0% 2 4,0% 40 100,0%\nKontrol 40 100,0% 0 ,0% 40 100,0%';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '38 95,0%', '38/40 = 95,00% dari total baris 40'],
      ['percentages', 'inconsistent', '2 4,0%', '2/40 = 5,00% dari total baris 40'],
      ['percentages', 'consistent', '40 100,0%', '40/40 = 100,00% dari total baris 40'],
      ['percentages', 'consistent', '0 ,0%', '0/40 = 0,00% dari total baris 40'],
    ]);
  });

  it('is not read when valid and missing do not add up to the total', () => {
    expect(findings('Case Processing Summary\nKontrol 40 100,0% 1 ,0% 40 100,0%')).toEqual([]);
  });
});
