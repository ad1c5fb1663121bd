/**
 * naskah check on the wild3 PRECISION corpus: real Indonesian and English quotes (results
 * tables and prose) in test/check/external/wild3-id.yaml and wild3-en.yaml, split before
 * naskah first ran on them into a development part (the first two thirds, by order collected)
 * and a held-out part (the last third). Every flag naskah raised (inconsistent or
 * decision-error) is judged by hand in wild3-judged.yaml, recomputed in wild3-recompute.ts.
 *
 * Precision = true / (true + false) is printed per language and part, never asserted (a
 * threshold would invite tuning the code to this text). Asserted: the corpus holds the size
 * stated here; each judgement names a real place; naskah's verdict at each judged place is
 * still the recorded `now` (so a regression shows); and no flag goes unjudged.
 */
import { precisionSuite } from './precision-suite.ts';

precisionSuite(
  'wild3',
  [
    { file: 'wild3-id.yaml', label: 'Indonesian', size: { items: 26, dev: 17, 'held-out': 9 } },
    { file: 'wild3-en.yaml', label: 'English', size: { items: 25, dev: 17, 'held-out': 8 } },
  ],
  // The held-out part was run once, at c191216; since then it is development material.
  ['dev', 'held-out'],
);
