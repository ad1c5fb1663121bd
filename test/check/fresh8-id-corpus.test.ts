/**
 * naskah check on the fresh8-id held-out corpus: real Indonesian text (health, education and
 * other fields) collected and annotated by hand from main commit d60c41e on 3 December 2026,
 * committed before naskah or any code of src/check was first run on it
 * (test/check/external/fresh8-id.yaml; its header gives the sources and the annotation rules,
 * which are those of fresh3–fresh5). Until its one measurement (below) its scores printed only with
 * NASKAH_MEASURE=fresh8-id: the lead measures it once, in a later session, so a routine test
 * run holds the corpus to its stated size and never scores it. Nothing about the scores is
 * asserted — a threshold would invite tuning the code to this text. Before that measurement
 * only the two structural tests may be run (-t "as large as stated|has its place").
 *
 * MEASURED ONCE, at main b89445c (3 December 2026, 16:10 UTC, after the session's development
 * work was merged and before anything in this corpus was studied): Indonesian precision 0.21 (3/14), recall 0.27 (3/11), 146/355 annotated verdicts found
 * (docs/check-corpora.md, "The eighth and ninth held-out corpora"). From then on it is development
 * material and its scores print on every run: figures printed after that commit are not
 * held-out figures.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'fresh8-id held-out corpus (scores printed, never asserted)',
  [{ file: 'fresh8-id.yaml', label: 'Indonesian', size: { items: 43, sources: 43, annotated: 355, inconsistent: 11 } }],
  (label) => `held-out ${label} corpus (fresh8-id)`,
);
