/**
 * naskah check on the fresh9-en held-out corpus: real English text collected and annotated by
 * hand on 3 December 2026 (session 2) from main commit de7d323, committed before naskah or any
 * code of src/check was first run on it (test/check/external/fresh9-en.yaml; its header gives
 * the sources and the annotation rules, which are those of fresh3 to fresh5). Held-out, not yet
 * measured then; scores printed only with NASKAH_MEASURE=fresh9-en, so that a routine test run
 * cannot measure it by accident (the two structural tests always run). Nothing about the scores
 * is asserted — a threshold would invite tuning the code to this text; the test only holds the
 * corpus to the size its header states.
 *
 * MEASURED ONCE, at main b89445c (3 December 2026, 16:10 UTC, after the session's development
 * work was merged and before anything in this corpus was studied): English precision 0.19 (5/27), recall 0.15 (5/33), 278/1189 annotated verdicts found
 * (docs/check-corpora.md, "The eighth and ninth held-out corpora"). From then on it is development
 * material and its scores print on every run: figures printed after that commit are not
 * held-out figures.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'fresh9-en held-out corpus (scores printed, never asserted)',
  [{ file: 'fresh9-en.yaml', label: 'English', size: { items: 45, sources: 45, annotated: 1189, inconsistent: 35 } }],
  (label) => `held-out ${label} corpus (fresh9-en)`,
);
