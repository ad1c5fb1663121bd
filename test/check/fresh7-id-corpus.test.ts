/**
 * naskah check on the fresh7-id held-out corpus: real Indonesian text from outside health
 * science (education, economics and management, psychology, agriculture), collected and
 * annotated by hand from main commit 0d82b13 on 3 December 2026, committed before naskah or any
 * code of src/check was first run on it (test/check/external/fresh7-id.yaml; its header gives
 * the sources and the annotation rules, which are those of fresh3–fresh5 and dev6). Not yet
 * measured: the lead measures it once, at the end of the day. Nothing about the scores is
 * asserted — a threshold would invite tuning the code to this text; the test only holds the
 * corpus to the size its header states. Only the two structural tests may be run before that
 * measurement (-t "as large as stated|has its place").
 *
 * MEASURED ONCE, at main 42ea7f3 (3 December 2026; the code of 17d4403, after the day's
 * helpers' work was merged and before anything in it was studied): Indonesian precision 0.00 (0/11), recall 0.00 (0/9), 34/301 annotated verdicts found
 * (docs/check-corpora.md, "The sixth and seventh held-out corpora"). From then on it is development
 * material: scores printed after that commit are not held-out figures.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'fresh7-id held-out corpus (scores printed, never asserted)',
  [{ file: 'fresh7-id.yaml', label: 'Indonesian', size: { items: 50, sources: 50, annotated: 301, inconsistent: 9 } }],
  (label) => `held-out ${label} corpus (fresh7-id)`,
);
