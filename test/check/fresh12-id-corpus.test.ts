/**
 * naskah check on the fresh12-id held-out corpus: real Indonesian text of any field, collected
 * and annotated by hand from main commit 9cfee20 on 3 December 2026 (session 4), committed
 * before naskah or any code of src/check was first run on it
 * (test/check/external/fresh12-id.yaml; its header gives the sources and the annotation rules,
 * which are those of fresh3–fresh11). Held-out, not yet measured; scores printed only with
 * NASKAH_MEASURE=fresh12-id: the lead measures it once, at the end of this session. Nothing
 * about the scores is asserted — a threshold would invite tuning the code to this text; the
 * test only holds the corpus to the size its header states. Only the two structural tests may
 * be run before that measurement (-t "as large as stated|has its place").
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'fresh12-id held-out corpus (scores printed, never asserted)',
  [
    {
      file: 'fresh12-id.yaml',
      label: 'Indonesian',
      size: { items: 26, sources: 26, annotated: 182, inconsistent: 10 },
    },
  ],
  (label) => `held-out ${label} corpus (fresh12-id)`,
);
