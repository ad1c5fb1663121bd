/**
 * naskah check on the dev6 DEVELOPMENT corpus: real Indonesian text (regression output, item
 * validity tables, rank tests, critical-value decisions, health frequency tables) collected and
 * annotated by hand on branch h/dev6 and committed before naskah was first run on it
 * (test/check/external/dev6-id.yaml; its header gives the sources, the annotation rules and the
 * first scores). It is studied to change the code, so its figures are development figures,
 * never held-out ones. Precision and recall of the "inconsistent" flag (inconsistent or decision
 * error) are printed per check, and every missed or extra verdict is listed. Nothing about the
 * scores is asserted; the test only holds the corpus to the size its header states.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'dev6 corpus, development material (scores printed, never asserted)',
  [{ file: 'dev6-id.yaml', label: 'Indonesian', size: { items: 16, sources: 16, annotated: 180, inconsistent: 3 } }],
  (label) => `dev6 ${label} corpus (development)`,
);
