/**
 * Tables of categorical variables with a χ² and p per variable, whose χ² the counts confirm, the
 * cells perhaps run together by the page (recognisers/chi-square-count-blocks.ts). Each case lists
 * every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

// Pearson χ² of each block's 2 × 2 counts: sex 200·(40·40 − 60·60)²/(100·100·100·100) = 8.000;
// smoking 200·(30·80 − 20·70)²/(50·150·100·100) = 2.667; exercise 200·(50·60 − 40·50)²/(90·110·100·100)
// = 2.020. jStat, χ²(1): p = .0047, .1024, .1552. The sex p is printed .012; the share 80/150 =
// 53.33 is printed 53.5. "Less than 350 (55.6%)" is the label "Less than 3" run into the count 50.
const GLUED = [
  'Table 2',
  '',
  'Association of characteristics with adherence (chi-square test).',
  '',
  'VariableCategoryAdherentNon-adherentX2P value',
  '',
  'SexMale40 (40.0%)60 (60.0%)8.0000.012',
  'Female60 (60.0%)40 (40.0%)',
  '',
  'SmokingYes30 (60.0%)20 (40.0%)2.6670.102',
  'No70 (46.7%)80 (53.5%)',
  '',
  'Exercise (days/week)Less than 350 (55.6%)40 (44.4%)2.0200.155',
  '3 or more50 (45.5%)60 (54.5%)',
].join('\n');

const of = (count: number, total: number) =>
  `${count}/${total} = ${((100 * count) / total).toFixed(2)}% of ${total}, the sum of the row's counts (which the table's χ² confirms)`;

describe('χ² tables whose χ² the counts confirm', () => {
  it('reads a table whose cells the page ran together: each p against χ²(1), each share against its row', () => {
    expect(findings(GLUED)).toEqual([
      ['percentages', 'consistent', '40 (40.0%)', of(40, 100)],
      ['percentages', 'consistent', '60 (60.0%)', of(60, 100)],
      ['p-value', 'inconsistent', '8.0000.012', 'p = 0.0047 for |χ²(1)| ∈ [7.9995, 8.0005]'],
      ['percentages', 'consistent', '60 (60.0%)', of(60, 100)],
      ['percentages', 'consistent', '40 (40.0%)', of(40, 100)],
      ['percentages', 'consistent', '30 (60.0%)', of(30, 50)],
      ['percentages', 'consistent', '20 (40.0%)', of(20, 50)],
      ['p-value', 'consistent', '2.6670.102', 'p = 0.1024 to 0.1025 for |χ²(1)| ∈ [2.6665, 2.6675]'],
      ['percentages', 'consistent', '70 (46.7%)', of(70, 150)],
      ['percentages', 'inconsistent', '80 (53.5%)', of(80, 150)],
      ['percentages', 'consistent', '50 (55.6%)', of(50, 90)],
      ['percentages', 'consistent', '40 (44.4%)', of(40, 90)],
      ['p-value', 'consistent', '2.0200.155', 'p = 0.1552 to 0.1553 for |χ²(1)| ∈ [2.0195, 2.0205]'],
      ['percentages', 'consistent', '50 (45.5%)', of(50, 110)],
      ['percentages', 'consistent', '60 (54.5%)', of(60, 110)],
    ]);
  });

  it('reads the χ² on a variable’s own line, leaving out an "All" column and rows of means', () => {
    // The χ² are of the two groups' counts (the All column is their sum): sex 8.000 (p .0047,
    // printed .030), smoking 200·(30·80 − 20·70)²/(50·150·100·100) = 2.667 (p .1024), education
    // [20 30; 40 40; 40 30] → 3.429 at df 2 (jStat: p .1800). The t/χ2/Z column also holds the
    // age row's t, which is no block's.
    const text = [
      'Table 1. Baseline characteristics',
      'Variable All (N = 200) n (%) Group A (N = 100) n (%) Group B (N = 100) n (%) t/χ2/Z P',
      'Age (yr, mean ± SD) 40.1 ± 9.0 40.5 ± 9.2 39.7 ± 8.8 0.628 0.531a',
      'Sex 8.000 0.030b',
      ' Male 100 (50.0) 40 (40.0) 60 (60.0)',
      ' Female 100 (50.0) 60 (60.0) 40 (40.0)',
      'Smoking 2.667 0.102b',
      ' Yes 50 (25.0) 30 (30.0) 20 (20.0)',
      ' No 150 (75.0) 70 (70.0) 80 (80.0)',
      'Education 3.429 0.180b',
      ' Primary 50 (25.0) 20 (20.0) 30 (30.0)',
      ' Secondary 80 (40.0) 40 (40.0) 40 (40.0)',
      ' Tertiary 70 (35.0) 40 (40.0) 30 (30.0)',
    ].join('\n');
    expect(findings(text).filter((f) => f[0] === 'p-value')).toEqual([
      ['p-value', 'inconsistent', '8.000 0.030', 'p = 0.0047 for |χ²(1)| ∈ [7.9995, 8.0005]'],
      ['p-value', 'consistent', '2.667 0.102', 'p = 0.1024 to 0.1025 for |χ²(1)| ∈ [2.6665, 2.6675]'],
      ['p-value', 'consistent', '3.429 0.180', 'p = 0.1800 to 0.1801 for |χ²(2)| ∈ [3.4285, 3.4295]'],
    ]);
  });

  it('reads nothing when the printed χ² are not those of the counts (the layout is not certain)', () => {
    const other = GLUED.replace('8.0000.012', '6.1000.012').replace('2.6670.102', '1.5000.102');
    expect(findings(other).filter((f) => f[0] === 'p-value')).toEqual([]);
  });

  it('reads nothing when the caption names another test', () => {
    const fisher = GLUED.replace('(chi-square test)', "(chi-square or Fisher's exact test)");
    expect(findings(fisher).filter((f) => f[0] === 'p-value')).toEqual([]);
  });

  it('does not check a larger block whose χ² is not that of its counts (categories merged: fewer df)', () => {
    // Exercise in three rows, 50/40, 45/58, 5/2: Pearson's χ²(2) of them is 4.04, but the printed
    // 2.020 (p .155) is χ²(1) of the last two rows merged (50/40 against 50/60). Read at 2 df,
    // p would be .364 and a false alarm.
    const merged = GLUED.replace(
      '3 or more50 (45.5%)60 (54.5%)',
      '3 to 545 (43.7%)58 (56.3%)\nMore than 55 (71.4%)2 (28.6%)',
    );
    expect(findings(merged).filter((f) => f[0] === 'p-value')).toEqual([
      ['p-value', 'inconsistent', '8.0000.012', 'p = 0.0047 for |χ²(1)| ∈ [7.9995, 8.0005]'],
      ['p-value', 'consistent', '2.6670.102', 'p = 0.1024 to 0.1025 for |χ²(1)| ∈ [2.6665, 2.6675]'],
    ]);
  });
});
