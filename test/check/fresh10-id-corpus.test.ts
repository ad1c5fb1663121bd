/**
 * naskah check on the fresh10-id held-out corpus: real Indonesian text of any field, collected
 * and annotated by hand from main commit c358544 on 3 December 2026 (session 3), committed
 * before naskah or any code of src/check was first run on it
 * (test/check/external/fresh10-id.yaml; its header gives the sources and the annotation rules,
 * which are those of fresh3–fresh9). Held-out, not yet measured; scores printed only with
 * NASKAH_MEASURE=fresh10-id: the lead measures it once, at the end of this session. Nothing
 * about the scores is asserted — a threshold would invite tuning the code to this text; the
 * test only holds the corpus to the size its header states. Only the two structural tests may
 * be run before that measurement (-t "as large as stated|has its place").
 *
 * MEASURED ONCE, at main 7a68df0 (3 December 2026, 18:35 UTC, after the session's development
 * work was merged and before anything in this corpus was studied): Indonesian precision 0.33 (2/6), recall 0.14 (2/14), 141/429 annotated verdicts found
 * (docs/check-corpora.md, "The tenth held-out corpora"). From then on it is development material and
 * its scores print on every run: figures printed after that commit are not held-out figures.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'fresh10-id held-out corpus (scores printed, never asserted)',
  [
    {
      file: 'fresh10-id.yaml',
      label: 'Indonesian',
      size: { items: 53, sources: 53, annotated: 429, inconsistent: 14 },
    },
  ],
  (label) => `held-out ${label} corpus (fresh10-id)`,
);
