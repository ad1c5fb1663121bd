/**
 * A two-group table's p printed beside a categorical row's counts and no statistic
 * (recognisers/count-row-p.ts, checks/count-row-p.ts): held to Pearson's χ², Yates' corrected χ²
 * and Fisher's exact test of the 2 × 2 counts. The p's of the tests were computed in R 4 with
 * chisq.test(m, correct = FALSE), chisq.test(m) and fisher.test(m), m the 2 × 2 table stated
 * beside each case. Each case lists every p-value finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { messagesFor } from '../../src/check/messages.ts';

const pFindings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'p-value')
    .map((f) => [f.verdict, f.reported, f.recomputed, f.explanation]);

const header = (pColumn: string) =>
  `Table 2. Characteristics of patients by outcome\nTotal (N = 120) Recovered (N = 70) Died (N = 50) ${pColumn}\n`;
const rows =
  'Sex, No. (%)\n Female 54 (45.0) 30 (42.9) 24 (48.0) 0.577\n Male 66 (55.0) 40 (57.1) 26 (52.0)\n' +
  'Smoker 40 (33.3) 20 (28.6) 20 (40.0) 0.190\nDiabetes 30 (25.0) 10 (14.3) 20 (40.0) 0.300\n' +
  'Obesity 12 (10.0) 4 (5.7) 8 (16.0) 0.650\n';

const CONSISTENT =
  "The p matches a test of the two groups' printed counts (Pearson's χ², Yates' corrected χ² or Fisher's exact test).";

describe("a categorical row's p against the tests of its counts", () => {
  it('a two-category block, and rows of a characteristic against the rest of each group', () => {
    expect(pFindings(header('P-value') + rows)).toEqual([
      // 30, 24 / 40, 26: Pearson .5766, Yates .7097, Fisher .5832; 0.577 is Pearson's.
      [
        'consistent',
        '30 : 24 / 40 : 26; p = 0.577',
        "counts 30 : 24 / 40 : 26: p of Pearson's χ²(1) = 0.5766, with Yates' correction = 0.7097, Fisher's exact = 0.5832",
        CONSISTENT,
      ],
      // 20 of 70 and 20 of 50 smoke: 20, 20 / 50, 30: Pearson .1904.
      [
        'consistent',
        '20 : 20 / 50 : 30; p = 0.190',
        "counts 20 : 20 / 50 : 30: p of Pearson's χ²(1) = 0.1904, with Yates' correction = 0.2657, Fisher's exact = 0.2393",
        CONSISTENT,
      ],
      // 10, 20 / 60, 30: every test below .05 (Pearson .0013, Yates .0028, Fisher .0024), printed 0.300.
      [
        'decision-error',
        '10 : 20 / 60 : 30; p = 0.300',
        "counts 10 : 20 / 60 : 30: p of Pearson's χ²(1) = 0.0013, with Yates' correction = 0.0028, Fisher's exact = 0.0024",
        "The p matches no test of the two groups' printed counts (Pearson's χ², Yates' corrected χ², Fisher's exact test), and all three put p below α = 0.05: the conclusion about significance changes.",
      ],
      // 4, 8 / 66, 42: Pearson .0641, Yates .1228, Fisher .1197, all above .05 as 0.650 is, but
      // 0.650 is more than twice the largest.
      [
        'inconsistent',
        '4 : 8 / 66 : 42; p = 0.650',
        "counts 4 : 8 / 66 : 42: p of Pearson's χ²(1) = 0.0641, with Yates' correction = 0.1228, Fisher's exact = 0.1197",
        "The p matches no test of the two groups' printed counts (Pearson's χ², Yates' corrected χ², Fisher's exact test), not even within a factor of two.",
      ],
    ]);
  });

  it('a p near one of the tests but fitting none is not judged', () => {
    // 4, 8 / 66, 42 again: 0.090 lies between Pearson's .0641 and Yates' .1228.
    expect(pFindings(`${header('P-value')}Obesity 12 (10.0) 4 (5.7) 8 (16.0) 0.090\n`)).toEqual([
      [
        'not-checkable',
        '4 : 8 / 66 : 42; p = 0.090',
        "counts 4 : 8 / 66 : 42: p of Pearson's χ²(1) = 0.0641, with Yates' correction = 0.1228, Fisher's exact = 0.1197",
        "The p matches no test of the two groups' printed counts, but lies within a factor of two of one; the table does not name its test, so it is not judged.",
      ],
    ]);
  });

  it('a p printed as zero that the counts bear out is a reporting issue', () => {
    // 5 of 70 and 30 of 50: 5, 30 / 65, 20: Pearson 3.4e-10, Yates 1.2e-9, Fisher 3.1e-10.
    expect(pFindings(`${header('P-value')}Anaemia 35 (29.2) 5 (7.1) 30 (60.0) 0.000\n`)).toEqual([
      [
        'reporting-issue',
        '5 : 30 / 65 : 20; p = 0.000',
        "counts 5 : 30 / 65 : 20: p of Pearson's χ²(1) = 3.4 × 10^-10, with Yates' correction = 1.2 × 10^-9, Fisher's exact = 3.1 × 10^-10",
        'p is printed as .000, but a p-value is never zero: report p < .001.',
      ],
    ]);
  });

  it('reads count and share in cells of their own, the p on the first of two category rows', () => {
    // 30 of 70 and 24 of 50 women in a pipe table without a Total column: 30, 24 / 40, 26 as above.
    const text =
      'Table 1.\nCharacteristic | Recovered (n=70) | Died (n=50) | P value |\nNo. | % | No. | % | |\nFemale | 30 | 42.9 | 24 | 48.0 | 0.577 |\nMale | 40 | 57.1 | 26 | 52.0 | |\n';
    expect(pFindings(text).map((f) => [f[0], f[1]])).toEqual([['consistent', '30 : 24 / 40 : 26; p = 0.577']]);
  });

  it("takes a sample size stated above the groups' as no column when the rows print two groups only", () => {
    // 20 of 70 and 20 of 50 smoke, as above: Pearson .1904.
    const text =
      'Patients admitted in 2020 (N = 120)\nRecovered (N = 70) Died (N = 50) P-value\nSmoker 20 (28.6) 20 (40.0) 0.190\n';
    expect(pFindings(text).map((f) => [f[0], f[1]])).toEqual([['consistent', '20 : 20 / 50 : 30; p = 0.190']]);
  });

  it('leaves alone a p the table calls adjusted, a column of standardized differences, and a block whose rows are not the groups', () => {
    expect(pFindings(header('Adjusted p') + rows)).toEqual([]);
    expect(pFindings(header('Standardized difference') + rows)).toEqual([]);
    // 20 + 10 is not 70: the p on the first of these rows may be that of a larger table.
    const partial =
      'Smoking, No. (%)\n Never 60 (50.0) 40 (57.1) 20 (40.0) 0.065\n Former 30 (25.0) 10 (14.3) 20 (40.0)\n';
    expect(pFindings(header('P-value') + partial)).toEqual([]);
  });

  it('leaves alone a table whose p accounts for clustering (a model of the counts, not a test of them)', () => {
    // 10 of 50 and 40 of 100 visits: Pearson's p would be .0143, but the caption's p is from
    // generalized estimating equations, which widen it by the clustering.
    const text =
      'Table 2. Characteristics of visits (clustered by patient; generalized estimating equations)\nVisits with event (N = 50) Visits without (N = 100) P\nCough 10 (20.0) 40 (40.0) 0.300\n';
    expect(pFindings(text)).toEqual([]);
  });

  it('leaves alone a one-row characteristic when the notes say answers are missing', () => {
    // 20 of 70 and 20 of 50 smoke; with 12 answers missing the non-smokers are not 50 and 30,
    // so the Pearson p of 20, 20 / 50, 30 (.1904) is not the p of the printed test.
    const text =
      'Table 2. Characteristics of patients by outcome\nRecovered (N = 70) Died (N = 50) P-value\nSmoker 20 (28.6) 20 (40.0) 0.61\nData on smoking were missing for 12 patients; P values exclude missing data.\n';
    expect(pFindings(text)).toEqual([]);
    expect(pFindings(text.replace(/\nData on.*\n$/u, '\n')).map((f) => f[0])).toEqual(['inconsistent']);
  });

  it('leaves alone columns that are survey waves or visits (perhaps the same people, a paired test)', () => {
    const text =
      'Table 2. Symptoms at two survey waves\nWave 1 (N = 70) Wave 2 (N = 50) P-value\nCough 40 (57.1) 20 (40.0) 0.300\n';
    expect(pFindings(text)).toEqual([]);
    expect(pFindings(text.replace('Wave 1', 'Visit 1').replace('Wave 2', 'Visit 2'))).toEqual([]);
  });
});

describe('the decision-error wording of a count row’s p, in Indonesian', () => {
  it('names the three tests of the counts, not a test statistic the table never printed', () => {
    expect(messagesFor('id').countRowPDecisionError(0.05, 'significant')).toBe(
      'Nilai p tidak sesuai dengan uji mana pun atas jumlah kedua kelompok yang tertulis (chi-square Pearson, chi-square dengan koreksi Yates, uji eksak Fisher), dan ketiganya menempatkan p di bawah α = 0,05: kesimpulan tentang signifikansi berubah.',
    );
  });
});
