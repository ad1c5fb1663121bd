/**
 * naskah check on the dev5 corpus: tables of published English research articles (PubMed
 * Central, BioMed Central, the CONSORT example table), annotated by hand before naskah was run
 * on them (test/check/external/dev5-en.yaml; its header gives the sources and the annotation
 * rules, test/check/external/dev5-recompute.ts the independent recomputation). It is
 * DEVELOPMENT material: its misses were studied to change src/check. Precision and recall of the
 * "inconsistent" flag per check are printed with every missed or extra verdict; nothing about
 * the scores is asserted, only the corpus size its header and docs/check.md state.
 */
import { corpusSuite } from './corpus-suite.ts';

corpusSuite(
  'dev5 corpus of published English tables (development material; scores printed, never asserted)',
  [{ file: 'dev5-en.yaml', label: 'English', size: { items: 12, sources: 12, annotated: 397, inconsistent: 9 } }],
  (label) => `dev5 ${label} corpus (development)`,
);
