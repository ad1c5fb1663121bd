/**
 * naskah check on the fresh9-id held-out corpus: real Indonesian text of any field, collected
 * and annotated by hand from main commit de7d323 on 3 December 2026 (session 2), committed
 * before naskah or any code of src/check was first run on it
 * (test/check/external/fresh9-id.yaml; its header gives the sources and the annotation rules,
 * which are those of fresh3–fresh7). Held-out, not yet measured; scores printed only with
 * NASKAH_MEASURE=fresh9-id: the lead measures it once, in a later session. Nothing about the
 * scores is asserted — a threshold would invite tuning the code to this text; the test only
 * holds the corpus to the size its header states. Only the two structural tests may be run
 * before that measurement (-t "as large as stated|has its place").
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'fresh9-id held-out corpus (scores printed, never asserted)',
  [{ file: 'fresh9-id.yaml', label: 'Indonesian', size: { items: 39, sources: 39, annotated: 287, inconsistent: 15 } }],
  (label) => `held-out ${label} corpus (fresh9-id)`,
  'fresh9-id',
);
