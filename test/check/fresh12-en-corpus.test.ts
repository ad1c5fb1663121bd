/**
 * naskah check on the fresh12-en held-out corpus: real English text collected and annotated by
 * hand on 3 December 2026 (session 4) from main commit 9cfee20, committed before naskah or any
 * code of src/check was first run on it (test/check/external/fresh12-en.yaml; its header gives
 * the sources and the annotation rules, which are those of fresh3 to fresh11). Held-out, not yet
 * measured; scores printed only with NASKAH_MEASURE=fresh12-en, so that a routine test run
 * cannot measure it by accident (the two structural tests always run). Nothing about the scores
 * is asserted — a threshold would invite tuning the code to this text; the test only holds the
 * corpus to the size its header states.
 *
 * MEASURED ONCE, at main 83830a2 (3 December 2026, 21:10 UTC, after the session's development
 * branches were merged): 177/720 annotated verdicts found, precision 0.28 (8/29), recall 0.28 (8/29); both languages together precision 0.40 (16/40), recall 0.41
 * (16/39). Read flag by flag in docs/check-corpora.md, "The twelfth held-out corpora". From then
 * on it is development material: the scores print on every run, and its figures after 83830a2
 * are not held-out figures.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'fresh12-en held-out corpus (scores printed, never asserted)',
  [{ file: 'fresh12-en.yaml', label: 'English', size: { items: 26, sources: 26, annotated: 720, inconsistent: 29 } }],
  (label) => `held-out ${label} corpus (fresh12-en)`,
);
