/**
 * naskah check on the wild7 PRECISION corpus: real English quotes (tables of published studies:
 * χ² tables by variable, mean ± SD tables with t or other p, odds-ratio tables, frequency tables,
 * pre/post scores with paired t) in test/check/external/wild7-en.yaml and Indonesian quotes
 * (skripsi tables: frequency tables, SPSS t-test, regression Coefficients and ANOVA output pasted
 * as text) in wild7-id.yaml, split before naskah first ran on them: every third quote by
 * position is held out, the others are the development part. Every flag naskah raised
 * (inconsistent or decision-error) is judged by hand in wild7-judged.yaml, recomputed in
 * wild7-recompute.ts; the suite (precision-suite.ts) prints precision per language and part,
 * never asserted.
 */
import { precisionSuite } from './precision-suite.ts';

precisionSuite(
  'wild7',
  [
    { file: 'wild7-en.yaml', label: 'English', size: { items: 18, dev: 12, 'held-out': 6 }, split: 'every-third' },
    { file: 'wild7-id.yaml', label: 'Indonesian', size: { items: 15, dev: 10, 'held-out': 5 }, split: 'every-third' },
  ],
  // The split was committed (93befb5) before naskah first ran; both parts ran once at 93befb5
  // (check code of main dffd562). The held-out part's flags are judged but not used for fixes.
  // First run: English development 1.00 (2/2), Indonesian development no flag (0/0); English
  // held out 0.75 (3/4), Indonesian held out 1.00 (1/1). The second round (Indonesian items 12-15,
  // split committed at ff7b034, and English items 15-18, split committed at 83a46bc) ran once at
  // those commits: no flag.
  ['dev', 'held-out'],
);
