/**
 * SPSS crosstabs pasted as plain lines (src/check/recognisers/crosstab-lines.ts): count lines
 * with their percentage lines, the total each percentage is of read from the label or from the
 * sums the table prints (grand total, row, column), and tables where the counts do not add up.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

function shares(text: string, lang: 'id' | 'en' = 'id') {
  return checkText(text, { lang })
    .findings.filter((f) => f.check === 'percentages' || f.check === 'totals')
    .map((f) => `${f.reported} ${f.verdict} ${f.recomputed}`);
}

describe('SPSS crosstabs as plain lines', () => {
  it('reads "% of Total" lines against the grand total, setting a trailing p aside', () => {
    const text = [
      'Tabel 4.2 Hasil Crosstab antara Usia dengan Pengetahuan',
      'Kategori Rendah Count 15 10 25 0,434',
      'Expected Count 16,4 8,6 25,0',
      '% of Total 42,9% 28,5% 71,4%',
      'Sedang Count 8 2 10',
      'Expected Count 6,6 3,4 10,0',
      '% of Total 22,9% 5,7% 28,6%',
      'Total Count 23 12 35',
      '% of Total 65,7% 34,3% 100,0%',
    ].join('\n');
    // 10/35 = 28,57: printed 28,5
    expect(shares(text)).toEqual([
      '15 (42,9%) consistent 15/35 = 42,86% dari total tabel 35',
      '10 (28,5%) inconsistent 10/35 = 28,57% dari total tabel 35',
      '25 (71,4%) consistent 25/35 = 71,43% dari total tabel 35',
      '8 (22,9%) consistent 8/35 = 22,86% dari total tabel 35',
      '2 (5,7%) consistent 2/35 = 5,71% dari total tabel 35',
      '10 (28,6%) consistent 10/35 = 28,57% dari total tabel 35',
      '23 (65,7%) consistent 23/35 = 65,71% dari total tabel 35',
      '12 (34,3%) consistent 12/35 = 34,29% dari total tabel 35',
    ]);
  });

  it('reads a bare "%" as row percentages when every row\'s Total column is 100', () => {
    const text = [
      'Table 3 Knowledge by adherence',
      'Good Count 20 15 35',
      '% 57,1% 42,9% 100,0%',
      'Poor Count 10 20 30',
      '% 33,3% 66,6% 100,0%',
      'Total Count 30 35 65',
      '% 46,2% 53,8% 100,0%',
    ].join('\n');
    // 20/30 = 66,67: printed 66,6
    expect(shares(text, 'en').filter((s) => s.includes('inconsistent'))).toEqual([
      '20 (66,6%) inconsistent 20/30 = 66.67% of the row total 30',
    ]);
    expect(shares(text, 'en')).toHaveLength(6);
  });

  it('reads a bare "%" as column percentages when the Total row is all 100', () => {
    const text = [
      'Table 3 Knowledge by adherence',
      'Good Count 20 15 35',
      '% 66,7% 42,9% 53,8%',
      'Poor Count 10 20 30',
      '% 33,3% 57,1% 46,2%',
      'Total Count 30 35 65',
      '% 100,0% 100,0% 100,0%',
    ].join('\n');
    expect(shares(text, 'en')).toEqual([
      "20 (66,7%) consistent 20/30 = 66.67% of the table's total 30",
      "15 (42,9%) consistent 15/35 = 42.86% of the table's total 35",
      "35 (53,8%) consistent 35/65 = 53.85% of the table's total 65",
      "10 (33,3%) consistent 10/30 = 33.33% of the table's total 30",
      "20 (57,1%) consistent 20/35 = 57.14% of the table's total 35",
      "30 (46,2%) consistent 30/65 = 46.15% of the table's total 65",
    ]);
  });

  it('reads nothing when the counts do not add up or the kind of percentage is not shown', () => {
    // The row 20 + 15 is not its Total 36.
    const wrong = [
      'Table 3',
      'Good Count 20 15 36',
      '% 55,6% 41,7% 100,0%',
      'Poor Count 10 20 30',
      '% 33,3% 66,7% 100,0%',
      'Total Count 30 35 66',
      '% 45,5% 53,0% 100,0%',
    ];
    expect(shares(wrong.join('\n'), 'en')).toEqual([]);
    // No Total row: which total the percentages are of is not shown.
    const open = [
      'Table 3',
      'Good Count 20 15 35',
      '% 57,1% 42,9% 53,8%',
      'Poor Count 10 20 30',
      '% 33,3% 66,7% 46,2%',
    ];
    expect(shares(open.join('\n'), 'en')).toEqual([]);
  });
});
