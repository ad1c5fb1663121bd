/**
 * naskah check on the wild5 PRECISION corpus: real English quotes (medical and public-health
 * results tables, APA results prose) in test/check/external/wild5-en.yaml, split before naskah
 * first ran on them into a development part (the first two thirds, by order collected) and a
 * held-out part (the last third). Every flag naskah raised (inconsistent or decision-error) is
 * judged by hand in wild5-judged.yaml, recomputed in wild5-recompute.ts; the suite
 * (precision-suite.ts) prints precision per part, never asserted.
 */
import { precisionSuite } from './precision-suite.ts';

precisionSuite(
  'wild5',
  [{ file: 'wild5-en.yaml', label: 'English', size: { items: 27, dev: 18, 'held-out': 9 } }],
  // The split was committed (dbe5408) before naskah first ran on the development part; the
  // held-out part was run once, at a801682, and is development material since.
  ['dev', 'held-out'],
);
