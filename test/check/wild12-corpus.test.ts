/**
 * naskah check on the wild12 PRECISION corpus: real English quotes (a trial's crude and adjusted
 * percentages with 95% CI stored one cell a line, dental cross tables of n (%) with a column-totals
 * row, a logistic table of herds with Number and % columns and intervals to one decimal, nurses'
 * demographic tables to two decimals, hospital-choice and rural/urban tables with χ² and P, TB
 * hospitalisation rates, KAP score tables, abstracts with prevalence and odds ratios) in
 * test/check/external/wild12-en.yaml and Indonesian quotes (abstracts on adolescent anaemia,
 * chi-square hitung against tabel, interval frequency tables, cross tables without % signs and
 * with cells moved across lines, SPSS crosstabs and "Variables in the Equation", frequency tables
 * against a TOTAL row) in wild12-id.yaml, split before naskah first ran on them: every third quote
 * by position is held out, the others are the development part. Every flag naskah raised
 * (inconsistent or decision-error) is judged by hand in wild12-judged.yaml, recomputed in
 * wild12-recompute.ts; the suite (precision-suite.ts) prints precision per language and part,
 * never asserted.
 */
import { precisionSuite } from './precision-suite.ts';

precisionSuite(
  'wild12',
  [
    { file: 'wild12-en.yaml', label: 'English', size: { items: 28, dev: 19, 'held-out': 9 }, split: 'every-third' },
    { file: 'wild12-id.yaml', label: 'Indonesian', size: { items: 15, dev: 10, 'held-out': 5 }, split: 'every-third' },
  ],
  // The split was committed (55ad151) before naskah first ran; both parts ran once at 55ad151
  // (check code of main df40258). First run: English development 1.00 (1/1), English held out 0.33
  // (3/9), Indonesian development 1.00 (3/3), Indonesian held out no flag (0/0). The two causes of
  // the six held-out false alarms were fixed after it (wild12-causes.test.ts): English held out 1.00
  // (3/3) since, no held-out measure any more.
  // The second round (English items 18-22, Indonesian 12-13) was committed (b2ec2df) before naskah
  // ran on it, once, there (check code of 3b040ba): English development 1.00 (13/13), English held
  // out 1.00 (2/2), Indonesian development no flag (0/0), Indonesian held out 1.00 (1/1).
  // The third round (Indonesian 14-15 committed at 9d20782, English 23-28 at 6cfa5fa) ran once
  // there: Indonesian no flag; English development 0.00 (0/2, a row of p cells, fixed since:
  // p-cell-runs.ts), English held out 0.00 (0/1, shares of a Total row read against the block's
  // sum; fixed since: total-row-sizes.ts).
  ['dev', 'held-out'],
);
