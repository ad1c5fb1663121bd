/**
 * Report-unit tests: an analysis unit runs on a small in-memory study (study.yaml and CSV
 * text through the real loader, reader and scorer), and its report unit is called directly
 * with a context per language — no build, no other analysis in the way.
 */
import { analyze } from '../../src/analysis/index.ts';
import { isSpecOf } from '../../src/analysis/spec.ts';
import type { AnalysisResult, AnalysisUnit } from '../../src/analysis/unit.ts';
import { sanitizeResult } from '../../src/stats/finite.ts';
import { makeContext, type ReportContext } from '../../src/report/context.ts';
import type { TableModel } from '../../src/report/document.ts';
import { LOCALES } from '../../src/report/locale/index.ts';
import type { AnalysisSpec, Lang, Study } from '../../src/study/types.ts';
import { loadMemoryStudy } from '../analysis/helpers.ts';

export { studyYaml, oracleCsv } from '../analysis/helpers.ts';

export interface Prepared<S, R> {
  study: Study;
  spec: S;
  /** The analysis unit's result, typed as the unit returns it. */
  a: R;
  ctx(lang: Lang): ReportContext;
}

/** Loads the study, runs `unit` on the entry `id` and gives what its report unit needs. */
export function prepare<S extends AnalysisSpec, R extends AnalysisResult>(
  unit: AnalysisUnit<S, R>,
  yaml: string,
  csv: string,
  id: string,
): Prepared<S, R> {
  const { study, data } = loadMemoryStudy(yaml, csv);
  const spec = study.analyses.find((s) => s.id === id);
  if (!spec || !isSpecOf(unit, spec)) throw new Error(`no "${unit.type}" analysis "${id}" in the study`);
  const results = analyze(study, data);
  const a = sanitizeResult(unit.run(spec, data, { study, alpha: study.alpha }));
  return { study, spec, a, ctx: (lang) => makeContext(study, results, lang, LOCALES[lang]) };
}

/** A table as rows of cell texts: the head rows first, then the body rows. */
export function cellsOf(t: TableModel): string[][] {
  return [...t.head.map((r) => r.map((c) => c.text)), ...t.rows.map((r) => r.cells.map((c) => c.text))];
}
