/**
 * naskah check on the fresh9-id held-out corpus: real Indonesian text of any field, collected
 * and annotated by hand from main commit de7d323 on 3 December 2026 (session 2), committed
 * before naskah or any code of src/check was first run on it
 * (test/check/external/fresh9-id.yaml; its header gives the sources and the annotation rules,
 * which are those of fresh3–fresh7). Until its one measurement (below) its scores printed only with
 * NASKAH_MEASURE=fresh9-id: the lead measures it once, in a later session. Nothing about the
 * scores is asserted — a threshold would invite tuning the code to this text; the test only
 * holds the corpus to the size its header states. Only the two structural tests may be run
 * before that measurement (-t "as large as stated|has its place").
 *
 * MEASURED ONCE, at main b89445c (3 December 2026, 16:10 UTC, after the session's development
 * work was merged and before anything in this corpus was studied): Indonesian precision 0.42 (5/12), recall 0.33 (5/15), 97/287 annotated verdicts found
 * (docs/check-corpora.md, "The eighth and ninth held-out corpora"). From then on it is development
 * material and its scores print on every run: figures printed after that commit are not
 * held-out figures.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'fresh9-id held-out corpus (scores printed, never asserted)',
  [{ file: 'fresh9-id.yaml', label: 'Indonesian', size: { items: 39, sources: 39, annotated: 287, inconsistent: 15 } }],
  (label) => `held-out ${label} corpus (fresh9-id)`,
);
