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
