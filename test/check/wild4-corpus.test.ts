/**
 * naskah check on the wild4 PRECISION corpus: real English and Indonesian quotes (results prose
 * and a few tables), in two rounds collected the same day, each split before naskah first ran
 * on it into a development part (the first two thirds, by order collected) and a held-out part
 * (the last third): test/check/external/wild4-en.yaml and wild4-id.yaml (first round, run at
 * d422445), wild4b-en.yaml and wild4b-id.yaml (second round, run at d6c6cc2). Every flag naskah
 * raised (inconsistent or decision-error) is judged by hand in wild4-judged.yaml and
 * wild4b-judged.yaml, recomputed in wild4-recompute.ts; neither round raised one, so the suite
 * asserts that none appears unjudged.
 *
 * Precision = true / (true + false) is printed per language and part, never asserted.
 */
import { precisionSuite } from './precision-suite.ts';

precisionSuite(
  'wild4',
  [
    { file: 'wild4-id.yaml', label: 'Indonesian', size: { items: 4, dev: 3, 'held-out': 1 } },
    { file: 'wild4-en.yaml', label: 'English', size: { items: 10, dev: 7, 'held-out': 3 } },
  ],
  // The held-out part was run once, at d422445; since then it is development material.
  ['dev', 'held-out'],
);

precisionSuite(
  'wild4b',
  [
    { file: 'wild4b-id.yaml', label: 'Indonesian', size: { items: 5, dev: 3, 'held-out': 2 } },
    { file: 'wild4b-en.yaml', label: 'English', size: { items: 4, dev: 3, 'held-out': 1 } },
  ],
  // The held-out part was run once, at d6c6cc2; since then it is development material.
  ['dev', 'held-out'],
);
