/**
 * naskah check on the wild8 PRECISION corpus: real English quotes (trial and cohort tables with
 * mean (SD), n (%) and p, stored with pipes, one cell a line or without cell separators; t-test
 * reports, a one-way ANOVA example, an abstract) in test/check/external/wild8-en.yaml and
 * Indonesian quotes (skripsi regression output pasted as text, frequency tables, correlation,
 * agricultural experiments, health abstracts) in wild8-id.yaml, split before naskah first ran on
 * them: every third quote by position is held out, the others are the development part. Every
 * flag naskah raised (inconsistent or decision-error) is judged by hand in wild8-judged.yaml,
 * recomputed in wild8-recompute.ts; the suite (precision-suite.ts) prints precision per language
 * and part, never asserted.
 */
import { precisionSuite } from './precision-suite.ts';

precisionSuite(
  'wild8',
  [
    { file: 'wild8-en.yaml', label: 'English', size: { items: 42, dev: 28, 'held-out': 14 }, split: 'every-third' },
    { file: 'wild8-id.yaml', label: 'Indonesian', size: { items: 36, dev: 24, 'held-out': 12 }, split: 'every-third' },
  ],
  // The split was committed (291beaf) before naskah first ran; both parts ran once at 291beaf
  // (check code of main de7d323). The held-out part's flags are judged but not used for fixes.
  // First run: English development 1.00 (3/3), Indonesian development no flag (0/0); English and
  // Indonesian held out no flag (0/0). The second round (English items 14-18, Indonesian 12-15,
  // split committed at edaa9e9) ran once at edaa9e9: Indonesian development 1.00 (3/3), English
  // development no flag, English held out 0.00 (0/1), Indonesian held out 1.00 (1/1). Its one
  // false alarm (a rule with its sign lost) was then fixed (wild8-causes.test.ts): English held out
  // now 0/0, no longer a held-out measurement. The third round (English items 19-24, Indonesian
  // 16-18, split committed at 7e51b0c) ran once at 7e51b0c: English development 0.00 (0/1), no other
  // flag; that false alarm (a GRIM n from the wrong column) was then fixed. The fourth round
  // (English items 25-28, Indonesian 19-23, split committed at e2bb9b1) ran once there: no flag.
  // A missed error of the first round (calculated t = 1.68 "> 1.697") is read since: English
  // development now 1.00 (4/4). The fifth round (English items 29-31, Indonesian 24-26, split
  // committed at c88c323) ran once there: no flag; so did the sixth (English items 32-35, fbc9106).
  // The seventh (Indonesian items 27-33, fce1033): held out 1.00 (2/2), development no flag. The
  // eighth (English items 36-42, 3c4f0d1) and the ninth (Indonesian items 34-36, c96857c): no flag.
  ['dev', 'held-out'],
);
