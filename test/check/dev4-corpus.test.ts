/**
 * naskah check on the dev4 DEVELOPMENT corpus: real Indonesian and English text collected and
 * annotated by hand on branch h/dev4 and committed before naskah was first run on it
 * (test/check/external/dev4-id.yaml, dev4-en.yaml; their headers give the sources, the
 * annotation rules — those of the fresh corpora — and the first scores). It was studied to
 * change the code from the start, so its figures are development figures, never held-out ones.
 * Precision and recall of the "inconsistent" flag (inconsistent or decision error) are printed
 * per check, and every missed or extra verdict is listed. Nothing about the scores is asserted
 * — a threshold would invite tuning the code to this text; the test only holds the corpus to
 * the size its headers state.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'dev4 corpus, development material (scores printed, never asserted)',
  [
    { file: 'dev4-id.yaml', label: 'Indonesian', size: { items: 22, sources: 22, annotated: 147, inconsistent: 8 } },
    { file: 'dev4-en.yaml', label: 'English', size: { items: 11, sources: 11, annotated: 43, inconsistent: 10 } },
  ],
  (label) => `dev4 ${label} corpus (development)`,
);
