/**
 * naskah check on the fresh10-en held-out corpus: real English text collected and annotated by
 * hand on 3 December 2026 (session 3) from main commit c358544, committed before naskah or any
 * code of src/check was first run on it (test/check/external/fresh10-en.yaml; its header gives
 * the sources and the annotation rules, which are those of fresh3 to fresh9). Held-out, not yet
 * measured; scores printed only with NASKAH_MEASURE=fresh10-en, so that a routine test run
 * cannot measure it by accident (the two structural tests always run). Nothing about the scores
 * is asserted — a threshold would invite tuning the code to this text; the test only holds the
 * corpus to the size its header states.
 *
 * MEASURED ONCE, at main 7a68df0 (3 December 2026, 18:35 UTC, after the session's development
 * work was merged and before anything in this corpus was studied): English precision 0.39
 * (7/18), recall 0.12 (7/57), 322/1009 annotated verdicts found (docs/check-corpora.md, "The tenth
 * held-out corpora"). From then on it is development material and its scores print on every
 * run: figures printed after that commit are not held-out figures.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'fresh10-en held-out corpus (scores printed, never asserted)',
  [{ file: 'fresh10-en.yaml', label: 'English', size: { items: 70, sources: 69, annotated: 1009, inconsistent: 57 } }],
  (label) => `held-out ${label} corpus (fresh10-en)`,
);
