/**
 * Studies for analysis-unit tests, built in memory: study.yaml text and CSV text go
 * through the real loader, reader and scorer, so units see what a build gives them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Results } from '../../src/analysis/index.ts';
import type { AssumptionCheck, Decision, Reason } from '../../src/analysis/unit.ts';
import type { Dataset } from '../../src/data/types.ts';
import { readDataset } from '../../src/data/read.ts';
import { scoreInstruments } from '../../src/instruments/score.ts';
import { composeDocument } from '../../src/report/index.ts';
import type { Document } from '../../src/report/document.ts';
import { STUDY_REGISTRIES } from '../../src/build/registries.ts';
import { validateStudy, type StudyFiles } from '../../src/study/load.ts';
import type { Lang, Study } from '../../src/study/types.ts';
import { REPO } from '../helpers/tmp.ts';

export function memoryFiles(all: Record<string, string>): StudyFiles & { readText(p: string): string | undefined } {
  return { readText: (p) => all[p], isDirectory: (p) => p === '/s' };
}

/** Loads a study from yaml + csv (data file `data.csv`); throws on validation errors. */
export function loadMemoryStudy(yaml: string, csv: string): { study: Study; data: Dataset } {
  const files = memoryFiles({ '/s/study.yaml': yaml, '/s/data.csv': csv });
  const v = validateStudy('/s', { cwd: '/', files, registries: STUDY_REGISTRIES });
  if (!v.study) throw new Error(v.errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
  const data = scoreInstruments(v.study, readDataset(v.study, files));
  return { study: v.study, data };
}

/** A study header for tests; `variables` and `analyses` are YAML blocks (indented two spaces). */
export function studyYaml(variables: string, analyses: string, design = 'cross-sectional'): string {
  return `id: test
title: { id: Uji, en: Test }
authors: [{ name: A. Penulis }]
design: ${design}
data: { file: data.csv }
variables:
${variables}
analyses:
${analyses}
`;
}

export function run(yaml: string, csv: string): { study: Study; results: Results } {
  const { study, data } = loadMemoryStudy(yaml, csv);
  return { study, results: analyze(study, data) };
}

export function compose(study: Study, results: Results, lang: Lang): Document {
  return composeDocument(study, results, lang, { version: 'test' });
}

/** All Markdown a composed document would render: sections, table cells and notes, stats. */
export function documentText(doc: Document): string {
  const tables = Object.values(doc.tables).map((t) =>
    [
      t.caption,
      ...t.head.flat().map((c) => c.text),
      ...t.rows.flatMap((r) => r.cells.map((c) => c.text)),
      ...t.notes,
    ].join(' | '),
  );
  return [
    ...Object.values(doc.sections),
    ...tables,
    ...Object.values(doc.stats),
    ...doc.abstracts.flatMap((a) => a.paragraphs),
  ].join('\n');
}

export function oracleCsv(name: string): string {
  return readFileSync(join(REPO, 'test', 'fixtures', 'oracle', 'data', name), 'utf8');
}

export function studyCsv(study: string, file: string): string {
  return readFileSync(join(REPO, 'studies', study, 'data', file), 'utf8');
}

/** One analysis as results.json holds it, with loosely typed numbers for comparison with the oracle. */
export interface AnalysisJson {
  type: string;
  test: string;
  checks: AssumptionCheck[];
  reason: Reason;
  result: Record<string, any>;
  summary?: Record<string, any>;
  sensitivity?: { test: string; reason: Reason; result: Record<string, any> };
  decision?: Decision;
  groups?: (AnalysisJson & { level: string })[];
  warnings?: Reason[];
}

/** The analysis `id` as plain JSON (what results.json holds); throws when there is none. */
export function analysisJson(results: Results, id: string): AnalysisJson {
  const a = results.analyses[id];
  if (!a) throw new Error(`no analysis "${id}" in the results`);
  return JSON.parse(JSON.stringify(a));
}
