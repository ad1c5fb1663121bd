/**
 * naskah check on the SIXTH held-out English corpus (fresh6-en): real English text collected
 * and annotated by hand from main commit 8ec090a, committed before naskah or any code of
 * src/check was first run on it (test/check/external/fresh6-en.yaml; its header gives the
 * sources and the annotation rules, which are those of fresh3 and fresh5). Held-out and not
 * yet measured. Nothing about the scores is asserted — a threshold would invite tuning the code
 * to this text; the test only holds the corpus to the size its header states.
 *
 * MEASURED ONCE, at main 42ea7f3 (3 December 2026; the code of 17d4403, after the day's
 * helpers' work was merged and before anything in it was studied): English precision 0.59 (10/17), recall 0.19 (10/53), 249/632 annotated verdicts found
 * (docs/check-corpora.md, "The sixth and seventh held-out corpora"). From then on it is development
 * material: scores printed after that commit are not held-out figures.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'sixth held-out English corpus (scores printed, never asserted)',
  [{ file: 'fresh6-en.yaml', label: 'English', size: { items: 30, sources: 30, annotated: 632, inconsistent: 53 } }],
  (label) => `held-out ${label} corpus (fresh6-en)`,
);
