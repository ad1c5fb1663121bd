/**
 * naskah check on the fresh11-en held-out corpus: real English text collected and annotated by
 * hand on 3 December 2026 (session 3) from main commit 1cd8ba2, committed before naskah or any
 * code of src/check was first run on it (test/check/external/fresh11-en.yaml; its header gives
 * the sources and the annotation rules, which are those of fresh3 to fresh10). Held-out, not yet
 * measured; scores printed only with NASKAH_MEASURE=fresh11-en, so that a routine test run
 * cannot measure it by accident (the two structural tests always run). Nothing about the scores
 * is asserted — a threshold would invite tuning the code to this text; the test only holds the
 * corpus to the size its header states.
 *
 * MEASURED ONCE, at main a0656fd (3 December 2026, 19:12 UTC, after the session's development
 * work, including the fixes made on fresh10 after its measurement, was merged, and before
 * anything in this corpus was studied): English precision 0.83 (5/6), recall 0.17 (5/30), 222/466 annotated verdicts found (docs/check-corpora.md, "The eleventh held-out
 * corpora"). From then on it is development material and its scores print on every run:
 * figures printed after that commit are not held-out figures.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'fresh11-en held-out corpus (scores printed, never asserted)',
  [{ file: 'fresh11-en.yaml', label: 'English', size: { items: 33, sources: 33, annotated: 466, inconsistent: 31 } }],
  (label) => `held-out ${label} corpus (fresh11-en)`,
);
