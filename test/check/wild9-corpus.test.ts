/**
 * naskah check on the wild9 PRECISION corpus: real English quotes (regression tables with stars
 * stored one cell a line, Stata, R and statsmodels output, SPSS frequencies, odds-ratio tables
 * with cells run together, survey tables of counts with percentages) in
 * test/check/external/wild9-en.yaml and Indonesian quotes (EViews panel-regression output,
 * frequency tables of respondents with cells glued together or on one line, a stepwise logistic
 * model, an abstract) in wild9-id.yaml, split before naskah first ran on them: every third quote
 * by position is held out, the others are the development part. Every flag naskah raised
 * (inconsistent or decision-error) is judged by hand in wild9-judged.yaml, recomputed in
 * wild9-recompute.ts; the suite (precision-suite.ts) prints precision per language and part,
 * never asserted.
 */
import { precisionSuite } from './precision-suite.ts';

precisionSuite(
  'wild9',
  [
    { file: 'wild9-en.yaml', label: 'English', size: { items: 24, dev: 16, 'held-out': 8 }, split: 'every-third' },
    { file: 'wild9-id.yaml', label: 'Indonesian', size: { items: 22, dev: 15, 'held-out': 7 }, split: 'every-third' },
  ],
  // The split was committed (f163474) before naskah first ran; both parts ran once at f163474
  // (check code of main daf0c5f). First run: English development no flag (0/0), English held out
  // 1.00 (4/4), Indonesian development 1.00 (1/1), Indonesian held out 0.00 (0/3). Its false alarms
  // (an OR and its change in % read as an interval) were then fixed: Indonesian held out now 0/0,
  // no longer a held-out measurement. The second round (English items 13-15, Indonesian 11-15)
  // was committed (e14ea58) before naskah ran on it, once, there: no flag in any part. The third
  // round (English items 16-19, Indonesian 16-17) was committed (b94c5c5) before naskah ran on it,
  // once, there: no flag. A missed error of it is read since: Indonesian development 1.00 (2/2).
  // The fourth round (English items 20-24) was committed (af80d4e) before naskah ran on it, once,
  // there: no flag. The Indonesian fourth round (items 18-22, 33712f3) ran once there: no flag;
  // a missed error of it is read since: Indonesian development now 1.00 (3/3).
  ['dev', 'held-out'],
);
