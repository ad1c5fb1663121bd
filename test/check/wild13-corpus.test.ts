/**
 * naskah check on the wild13 PRECISION corpus: real English quotes (serosurvey tables of
 * No. + (total) and %, odds of prevalence with 95% CI, exposure tables of N (%) with row shares one
 * cell a line, frequency and percent tables in pipes or one cell a line, cases and controls with
 * (%) and P-value one cell a line, a multivariate OR table, weighted percentages beside counts,
 * cross tables with expected frequencies in parentheses, abstracts with OR and 95% CI) in
 * test/check/external/wild13-en.yaml and Indonesian quotes (an SPSS crosstab run together, cross
 * tables of cases and controls without % signs and with cells moved across lines, OR with 95 CI,
 * frequency tables with two-decimal shares, Spearman and product-moment r against r tabel, SPSS
 * Descriptives and Tests of Normality, Wilcoxon, Mann-Whitney and paired t tables, analysis of
 * variance worked by hand) in wild13-id.yaml, split before naskah first ran on them: every third
 * quote by position is held out, the others are the development part. Every flag naskah raised
 * (inconsistent or decision-error) is judged by hand in wild13-judged.yaml, recomputed in
 * wild13-recompute.ts; the suite (precision-suite.ts) prints precision per language and part,
 * never asserted.
 */
import { precisionSuite } from './precision-suite.ts';

precisionSuite(
  'wild13',
  [
    { file: 'wild13-en.yaml', label: 'English', size: { items: 25, dev: 17, 'held-out': 8 }, split: 'every-third' },
    { file: 'wild13-id.yaml', label: 'Indonesian', size: { items: 27, dev: 18, 'held-out': 9 }, split: 'every-third' },
  ],
  // The texts were committed (dc13047) before naskah first ran; both parts ran once there (check
  // code of main 9cfee20). First run: English development 0.80 (4/5), English held out 1.00 (6/6),
  // Indonesian no flag in either part. The one false alarm (a count of zero printed bare shifting
  // its row's pairs one column) was fixed after it (wild13-causes.test.ts): English development
  // 1.00 (4/4) since.
  // The second round (English 17-20, Indonesian 19-24) was committed (0c570fd) before naskah ran on
  // it, once, there (check code of 370ac73): English no flag; Indonesian development 1.00 (2/2),
  // held out 1.00 (2/2).
  // The third round (English 21-25, Indonesian 25-27) was committed (e02d01c) before naskah ran on
  // it, once, there (check code of fda7bd0): English development 1.00 (2/2), English held out 0.00
  // (0/7, ORs with a footnote letter; fixed since: unread-cells-before-interval.ts), Indonesian
  // development no flag, held out 1.00 (1/1).
  ['dev', 'held-out'],
);
