/**
 * False alarms of the fresh8/fresh9 measurement (issue #14), each from a general cause: a
 * legend of significance marks, a list whose items change decision half-way, and a statistic
 * and its critical value named before both values. Each case lists every finding naskah
 * reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a legend of significance marks (recognisers/significance-legends.ts)', () => {
  it('"NS Not significant, *P < 0.05, **P < 0.01" defines marks and decides nothing', () => {
    const text =
      'Table 2. Effect of the treatment on the catch. Treatment 8.73 *** Site 10.54 NS. NS Not significant, *P < 0.05, **P < 0.01, ***P < 0.001. F is the F-value.';
    expect(findings(text, 'en')).toEqual([]);
  });

  it('a marked result ("p = .021*") is still read', () => {
    // t(20) = 2.50 gives two-tailed p = .021 (R: 2 * pt(-2.5, 20) = 0.02115): significant, so "did not differ" is wrong.
    expect(findings('The groups did not differ, t(20) = 2.50, p = .021*.', 'en')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'did not differ, t(20) = 2.50, p = .021',
        'p = .021 is at or below α = 0.05: significant',
      ],
      [
        'p-value',
        'consistent',
        't(20) = 2.50, p = .021',
        'p = 0.0210 to 0.0215 (two-tailed) for |t(20)| ∈ [2.495, 2.505]',
      ],
    ]);
  });
});

describe('a list of findings whose items change decision (recognisers/conclusion-lists.ts)', () => {
  it('"… yaitu A (p), B (p) serta tidak ada hubungan C (p), D (p)": C and D are the negative finding\'s', () => {
    const text =
      'Ada 2 variabel yang berhubungan dengan kejadian diare yaitu umur (p = 0,012, OR = 2,10), pekerjaan (p = 0,030, OR = 1,90) serta tidak ada hubungan paritas (p = 0,341, OR = 1,336), jarak rumah (p = 0,556, OR = 0,813).';
    expect(findings(text, 'id')).toEqual([
      [
        'conclusion',
        'consistent',
        'berhubungan dengan kejadian diare yaitu umur (p = 0,012',
        'p = 0,012 ≤ α = 0,05: signifikan',
      ],
      ['conclusion', 'consistent', 'pekerjaan (p = 0,030, OR = 1,90)', 'p = 0,030 ≤ α = 0,05: signifikan'],
      ['conclusion', 'consistent', 'tidak ada hubungan paritas (p = 0,341', 'p = 0,341 > α = 0,05: tidak signifikan'],
      ['conclusion', 'consistent', 'jarak rumah (p = 0,556, OR = 0,813)', 'p = 0,556 > α = 0,05: tidak signifikan'],
    ]);
  });
});

describe('a statistic and its critical value named before both values (recognisers/paired-critical-labels.ts)', () => {
  it('"F hitung F tabel 4,106 2,81": the first value is the statistic\'s, the second the critical value\'s', () => {
    // 4,106 > 2,81, so H0 is rejected rightly.
    expect(findings('Ternyata F hitung F tabel 4,106 2,81 dengan demikian H0 ditolak dan H1 diterima.', 'id')).toEqual([
      [
        'conclusion',
        'consistent',
        'F hitung F tabel 4,106 2,81 dengan demikian H0 ditolak',
        '4,106 > 2,81 (nilai kritis): signifikan',
      ],
    ]);
    // 2,106 < 2,81: rejecting H0 is wrong.
    expect(findings('Ternyata F hitung F tabel 2,106 2,81 dengan demikian H0 ditolak.', 'id')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'F hitung F tabel 2,106 2,81 dengan demikian H0 ditolak',
        '2,106 ≤ 2,81 (nilai kritis): tidak signifikan',
      ],
    ]);
    // One value after the labels is not two: "2,0273" is not "2,027" and "3".
    expect(findings('= t hitung T hitung T tabel 2,0273 maka H o ditolak 5. Menentukan keputusan', 'id')).toEqual([]);
  });
});

describe("SPSS's model number after the Sig. header (recognisers/model-row-numbers.ts)", () => {
  it('"F Sig. 1 Regression …" is model 1, not a p of 1', () => {
    // F(2, 18) = 18.350 gives p = 4.5e-5 (R: pf(18.35, 2, 18, lower.tail = FALSE)), printed .000: a reporting issue only.
    const text =
      'Tabel Anova Model Sum of Squares Df Mean Square F Sig. 1 Regression 9845.713 2 4922.857 18.350 .000 a Residual 4828.953 18 268.275 Total 14674.667 20 Tabel anova ini menunjukan terdapat pengaruh yang signifikan antara kepuasan kerja dan stres kerja.';
    expect(findings(text, 'id')).toEqual([
      ['p-value', 'reporting-issue', '18.350 .000', 'p = 4,5 × 10^-5 untuk |F(2; 18)| ∈ [18,3495; 18,3505]'],
    ]);
  });
});

describe("each variable's minimum and maximum before its mean (recognisers/min-max-before-mean.ts)", () => {
  it('"minimum … maximum … mean …, variabel B minimum …": each mean takes the range before it', () => {
    const text =
      'Variabel A nilai minimum -1,181 nilai maximum 2,912 nilai mean 0,29741 dan nilai std. deviation 0,821071, variabel B nilai minimum -0,124 nilai maximum 0,104 nilai mean -0,02002 dan nilai std. deviation 0,045909.';
    expect(findings(text, 'id')).toEqual([
      ['descriptives', 'consistent', 'M = 0,29741, minimum–maksimum -1,181–2,912', 'minimum–maksimum -1,181–2,912'],
      ['descriptives', 'consistent', 'M = -0,02002, minimum–maksimum -0,124–0,104', 'minimum–maksimum -0,124–0,104'],
    ]);
  });

  it('a mean outside its own range is still flagged', () => {
    // 3,5 > the maximum 3,0 stated for the same variable.
    const text =
      'Variabel A nilai minimum 1,0 nilai maksimum 3,0 nilai mean 3,5 dan variabel B nilai minimum 2,0 nilai maksimum 9,0 nilai mean 4,0.';
    expect(findings(text, 'id')).toEqual([
      ['descriptives', 'inconsistent', 'M = 3,5, minimum–maksimum 1,0–3,0', 'minimum–maksimum 1,0–3,0'],
      ['descriptives', 'consistent', 'M = 4,0, minimum–maksimum 2,0–9,0', 'minimum–maksimum 2,0–9,0'],
    ]);
  });
});

describe("prose retelling a cross table's column shares (checks/table-restated-prose-shares.ts)", () => {
  const table =
    'Tabel 3 Hubungan Pendidikan dengan Kepatuhan Pendidikan Kepatuhan p Patuh Tidak Total n n n Tinggi Rendah 4 36 10,0 90,0 20 40 33,3 66,7 24 76 24,0 76,0 0,012 ';
  // The table itself is read too (recognisers/count-share-blocks.ts: each column's counts, then
  // its shares, the Total column last): 4/40, 36/40, 20/60, 40/60, 24/100 and 76/100, as printed.
  const sum = (count: number, pct: string, total: number, exact: string) => [
    'percentages',
    'consistent',
    `${count} (${pct}%)`,
    `${count}/${total} = ${exact}% dari ${total}, jumlah semua frekuensi (persentasenya berjumlah 100%)`,
  ];
  const tableRead = [
    sum(4, '10,0', 40, '10,00'),
    sum(36, '90,0', 40, '90,00'),
    sum(20, '33,3', 60, '33,33'),
    sum(40, '66,7', 60, '66,67'),
    sum(24, '24,0', 100, '24,00'),
    sum(76, '76,0', 100, '76,00'),
  ];
  it('"dari 24 responden … 4 orang 10,0": 4 of the column\'s 40 (4 + 36), copied from the table', () => {
    // Column Patuh: 4 + 36 = 40, 4/40 = 10,0 %; column Tidak: 20 + 40 = 60, 20/60 = 33,3 %.
    const text = `${table}Dari 24 responden berpendidikan tinggi sebanyak 4 orang 10,0 patuh dan sebanyak 20 orang 33,3 tidak patuh.`;
    expect(findings(text, 'id')).toEqual(tableRead);
  });

  it('a lone retold share, with or without its % sign, which recognisers/other-total-shares.ts leaves alone', () => {
    // 4/40 = 10,0 % (column Patuh), 4/24 = 16,67 %: one share is no split of the 24, and a % sign
    // puts the sentence outside lost-percent-signs.ts, so only the table's column clears it.
    expect(findings(`${table}Dari 24 responden berpendidikan tinggi sebanyak 4 orang 10,0 patuh.`, 'id')).toEqual(
      tableRead,
    );
    expect(findings(`${table}Dari 24 responden berpendidikan tinggi, 4 orang (10,0%) patuh.`, 'id')).toEqual(tableRead);
  });

  it("a share that fits neither the sentence's total nor the column is still flagged", () => {
    // 4/24 = 16,67 % and 4/40 = 10,0 %: 12,0 fits neither.
    const text = `${table}Dari 24 responden berpendidikan tinggi sebanyak 4 orang 12,0 patuh.`;
    expect(findings(text, 'id')).toEqual([
      ...tableRead,
      ['percentages', 'inconsistent', '4 orang 12,0', '4/24 = 16,67% dari total 24 yang ditulis bersamanya'],
    ]);
  });
});

describe('shares told in prose, rounded to one decimal and padded (recognisers/lost-percent-signs.ts)', () => {
  it('"71 orang 67,60 … 34 orang 32,40": 67,6 and 32,4 padded with a 0', () => {
    // 71/105 = 67,619 and 34/105 = 32,381: 67,6 and 32,4 to one decimal.
    expect(
      findings(
        'Lebih banyak lansia yang tidak merokok yaitu 71 orang 67,60, sedangkan yang merokok yaitu 34 orang 32,40.',
        'id',
      ),
    ).toEqual([
      [
        'percentages',
        'consistent',
        '71 orang 67,60',
        '71/105 = 67,62% dari 105, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'consistent',
        '34 orang 32,40',
        '34/105 = 32,38% dari 105, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
    ]);
  });

  it('a padded share off by more than its rounding is still flagged', () => {
    // 67,8 ≠ 67,6 (71/105 = 67,619).
    expect(
      findings(
        'Lebih banyak lansia yang tidak merokok yaitu 71 orang 67,80, sedangkan yang merokok yaitu 34 orang 32,20.',
        'id',
      ),
    ).toEqual([
      [
        'percentages',
        'inconsistent',
        '71 orang 67,80',
        '71/105 = 67,62% dari 105, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'inconsistent',
        '34 orang 32,20',
        '34/105 = 32,38% dari 105, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
    ]);
  });
});

describe("prose repeating a padded table's rows (recognisers/flat-tables.ts)", () => {
  it('is rounded as the table is: "67,60" stands for 67,6 in both', () => {
    // 34/105 = 32,381 and 71/105 = 67,619: 32,4 and 67,6, padded with a 0 in the table and in the prose.
    const text =
      'Tabel 5.6. Kebiasaan Merokok f Ada Tidak Ada 34 71 32,40 67,60 Jumlah 105 100 Berdasarkan tabel 5.6 lebih banyak lansia yang tidak merokok yaitu 71 orang 67,60, sedangkan yang merokok yaitu 34 orang 32,40.';
    expect(findings(text, 'id')).toEqual([
      ['percentages', 'consistent', '34 (32,40%)', '34/105 = 32,38% dari total tabel 105'],
      ['percentages', 'consistent', '71 (67,60%)', '71/105 = 67,62% dari total tabel 105'],
      ['percentages', 'consistent', '71 orang 67,60', '71/105 = 67,62% dari total tabel 105'],
      ['percentages', 'consistent', '34 orang 32,40', '34/105 = 32,38% dari total tabel 105'],
    ]);
  });
});
