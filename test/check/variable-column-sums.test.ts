/**
 * A variable whose counts split the table's people between the columns differently from every
 * other variable (recognisers/variable-column-sums.ts, checks/variable-column-sums.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import type { Lang } from '../../src/check/types.ts';

const run = (text: string, lang: Lang = 'en') => checkText(text, { lang }).findings;
const totals = (text: string, lang: Lang = 'en') =>
  run(text, lang)
    .filter((f) => f.check === 'totals')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

// Every variable but alcohol use adds up to 150 non-smokers and 50 smokers (200 in all); alcohol
// use adds up to 130 + 30 = 160 and 30 + 10 = 40, also 200. Each row's shares are of its own sum.
const TABLE = [
  'Table 2. Smoking by participant characteristics (n = 200)',
  'Non-smoker n (%) Smoker n (%) P-value',
  'Sex',
  '  Male 70(58.3) 50(41.7) 0.001',
  '  Female 80(100.0) 0(0.0)',
  'Age group',
  '  < 40 90(75.0) 30(25.0) 0.99',
  '  ≥ 40 60(75.0) 20(25.0)',
  'Alcohol use',
  '  No 130(81.3) 30(18.8) 0.001',
  '  Yes 30(75.0) 10(25.0)',
  'Region',
  '  Urban 100(76.9) 30(23.1) 0.50',
  '  Rural 50(71.4) 20(28.6)',
  'Marital status',
  '  Single 40(80.0) 10(20.0) 0.40',
  '  Married 110(73.3) 40(26.7)',
].join('\n');

describe('variables that split the same people differently between the columns', () => {
  it('flags the variable whose column sums differ from the other variables’ with the same grand total', () => {
    expect(totals(TABLE)).toEqual([
      [
        'inconsistent',
        'No 130(81.3) 30(18.8) 0.001 Yes 30(75.0) 10(25.0)',
        "column sums of this variable = 160, 40; of the table's other variables = 150, 50",
      ],
    ]);
    const flagged = run(TABLE).filter((f) => f.verdict === 'inconsistent');
    expect(flagged.map((f) => f.explanation)).toEqual([
      "Each variable counts every person once, so its categories add up to the same number in each column. This variable's counts add up to 160, 40 (200 in all), those of 4 other variables to 150, 50 (also 200): the same 200 people cannot be split between the columns in two ways, so some of these counts are wrong.",
    ]);
  });

  it('says so in Indonesian', () => {
    const id = TABLE.replace(/(\d)\.(\d)/g, '$1,$2');
    expect(
      run(id, 'id')
        .filter((f) => f.check === 'totals')
        .map((f) => [f.recomputed, f.explanation]),
    ).toEqual([
      [
        'jumlah per kolom variabel ini = 160; 40; variabel lain dalam tabel = 150; 50',
        'Setiap variabel menghitung setiap orang satu kali, sehingga kategori-kategorinya berjumlah sama pada setiap kolom. Frekuensi variabel ini berjumlah 160; 40 (seluruhnya 200), sedangkan 4 variabel lain berjumlah 150; 50 (juga 200): 200 orang yang sama tidak mungkin terbagi ke kolom-kolom dengan dua cara, sehingga sebagian frekuensi ini keliru.',
      ],
    ]);
  });

  it('leaves alone a variable with fewer people (missing answers) and an odd variable at the table’s end', () => {
    // Alcohol use of 190 (10 missing): 125 + 28, 27 + 10.
    const missing = TABLE.replace('No 130(81.3) 30(18.8)', 'No 125(81.7) 28(18.3)');
    expect(totals(missing)).toEqual([]);
    // The odd variable last: no agreeing variable after it (another panel may start there).
    const lines = TABLE.split('\n');
    const last = [...lines.slice(0, 8), ...lines.slice(11), ...lines.slice(8, 11)].join('\n');
    expect(totals(last)).toEqual([]);
  });
});

describe('a variable whose categories count more people than its column’s group size', () => {
  // Group B has N = 72, but its BMI categories add up to 3 + 19 + 60 = 82 (their shares, 3.7,
  // 23.2 and 73.2, are of 82 and add up to 100.1): the sum passes 72 at the third category.
  const TABLE2 = [
    'Table 1. Characteristics of the two groups',
    'Variable | Group A (N = 171) | Group B (N = 72) | P value',
    'Age, n (%) | | | 0.982',
    '< 50 | 52 (30.4) | 22 (30.6) |',
    '≥ 50 | 119 (69.6) | 50 (69.4) |',
    'BMI, n (%) | | | 0.761',
    'Under 18.5 | 4 (2.4) | 3 (3.7) |',
    '18.5–24 | 44 (26.3) | 19 (23.2) |',
    'Over 24 | 119 (71.3) | 60 (73.2) |',
  ].join('\n');

  it('flags the count that carries the column past its size', () => {
    const flagged = run(TABLE2).filter((f) => f.verdict !== 'consistent');
    expect(flagged.map((f) => [f.check, f.verdict, f.reported, f.recomputed, f.explanation])).toEqual([
      [
        'totals',
        'inconsistent',
        '60 (73.2)',
        "sum of this variable's counts in the column = 82; group size N = 72",
        "The categories of this variable (their percentages add up to 100% in this column, so each person is in one) count 82 people, more than the column's group size N = 72: some of these counts are wrong.",
      ],
    ]);
  });

  it('says so in Indonesian', () => {
    const flagged = run(TABLE2.replace(/(\d)\.(\d)/g, '$1,$2'), 'id').filter((f) => f.check === 'totals');
    expect(flagged.map((f) => [f.recomputed, f.explanation])).toEqual([
      [
        'jumlah frekuensi variabel ini pada kolom = 82; ukuran kelompok N = 72',
        'Kategori-kategori variabel ini (persentasenya berjumlah 100% pada kolom ini, sehingga setiap orang berada di satu kategori) menghitung 82 orang, lebih banyak daripada ukuran kelompok kolom itu N = 72: sebagian frekuensi ini keliru.',
      ],
    ]);
  });

  it('leaves alone categories that are not exclusive, and counts that are not their shares’', () => {
    // Several answers per person: the shares are of the group (3/72 = 4.2 …) and add up to more than 100.
    const multi = TABLE2.replace('3 (3.7)', '3 (4.2)')
      .replace('19 (23.2)', '19 (26.4)')
      .replace('60 (73.2)', '60 (83.3)');
    expect(totals(multi)).toEqual([]);
    // A label's digits run into a count ("Under 5052 (30.4)": 5052 people of 171): its share is
    // not of the sum, so the age column is not flagged; BMI's group B column still is.
    expect(totals(TABLE2.replace('< 50 | 52', 'Under 5052'))).toEqual([
      ['inconsistent', '60 (73.2)', "sum of this variable's counts in the column = 82; group size N = 72"],
    ]);
  });
});
