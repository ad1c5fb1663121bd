/**
 * naskah check on the fresh8-en held-out corpus: real English text collected and annotated by
 * hand from main commit d60c41e, committed before naskah or any code of src/check was first run
 * on it (test/check/external/fresh8-en.yaml; its header gives the sources and the annotation
 * rules, which are those of fresh3). Until its one measurement (below) its scores printed only with
 * NASKAH_MEASURE=fresh8-en, so that a routine test run cannot measure it by accident. Nothing
 * about the scores is asserted — a threshold would invite tuning the code to this text; the
 * test only holds the corpus to the size its header states.
 *
 * MEASURED ONCE, at main b89445c (3 December 2026, 16:10 UTC, after the session's development
 * work was merged and before anything in this corpus was studied): English precision 1.00 (12/12), recall 0.46 (12/26), 234/643 annotated verdicts found
 * (docs/check-corpora.md, "The eighth and ninth held-out corpora"). From then on it is development
 * material and its scores print on every run: figures printed after that commit are not
 * held-out figures.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'fresh8-en held-out corpus (scores printed, never asserted)',
  [{ file: 'fresh8-en.yaml', label: 'English', size: { items: 19, sources: 19, annotated: 643, inconsistent: 26 } }],
  (label) => `held-out ${label} corpus (fresh8-en)`,
);
