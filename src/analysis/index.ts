/**
 * Analysis stage: runs the study's analysis plan on the scored dataset. Pure: the same
 * study and data give the same Results. Every number the manuscript shows is in here at
 * full precision; no wording is.
 */
import type { Dataset } from '../data/types.ts';
import { sanitizeResult } from '../stats/finite.ts';
import type { Study } from '../study/types.ts';
import { analysisError } from './common.ts';
import { FilterError, filterRows, subsetDataset } from './filter.ts';
import { ANALYSIS_UNITS } from './registry.ts';
import { type AnalysisOutcome, levelFilter, levelRows, splitResult } from './split.ts';
import type { CategoricalVariable } from '../data/types.ts';

export interface Results {
  study: string;
  alpha: number;
  n: number;
  analyses: Record<string, AnalysisOutcome>;
}

export function analyze(study: Study, data: Dataset | undefined): Results {
  const analyses: Record<string, AnalysisOutcome> = {};
  for (const spec of study.analyses) {
    const unit = ANALYSIS_UNITS.get(spec.type)!;
    if (!data) throw new Error('analyses need data; the study loader checks this');
    const filter = typeof spec.filter === 'string' ? spec.filter : undefined;
    const used = filter === undefined ? data : subsetOf(study, spec.id, filter, data);
    const ctx = { study, alpha: study.alpha };
    const by = unit.splitsBy && typeof spec.by === 'string' ? byVariable(used, spec.by) : undefined;
    if (by) {
      // Within a level the by: variable is constant, so an analysis of it has nothing to analyse.
      if (unit.variables(spec).some((ref) => ref.name === by.name && ref.path[0] !== 'by'))
        throw analysisError(
          study,
          spec,
          ['by'],
          'by-own-variable',
          `by: "${by.name}" is also one of the variables the analysis uses, so each level would hold a single value of it`,
          'Split by another variable, or use the variable in the analysis itself (e.g. group:) without by:.',
        );
      // The generic by: the unit runs once per level, each run a subset like a filter's.
      const levels = levelRows(by).map(({ level, rows }) => {
        const part = subsetDataset(used, rows);
        const analysis = unit.run(spec, part, ctx);
        analysis.subset = { filter: levelFilter(by.name, level, filter), n: part.n };
        return { level, n: part.n, analysis: sanitizeResult(analysis) };
      });
      const split = splitResult(spec.type, by.name, levels);
      if (filter !== undefined) split.subset = { filter, n: used.n };
      analyses[spec.id] = split;
      continue;
    }
    const result = unit.run(spec, used, ctx);
    if (filter !== undefined) result.subset = { filter, n: used.n };
    // A significant effect against the stated direction is worded "contrary to the
    // hypothesis"; the build says so too, as the direction may simply be written the wrong way.
    const d = result.decision;
    if (d?.significant && d.asExpected === false)
      result.warnings = [
        ...(result.warnings ?? []),
        { code: 'contrary-to-hypothesis', expected: d.expected, observed: d.direction },
      ];
    // sanitizeResult guarantees no NaN or Infinity reaches results.json.
    analyses[spec.id] = sanitizeResult(result);
  }
  return { study: study.id, alpha: study.alpha, n: data?.n ?? 0, analyses };
}

/** The variable of a generic `by:` (the loader checked that it is categorical). */
function byVariable(data: Dataset, name: string): CategoricalVariable {
  const v = data.variables.get(name);
  if (v?.kind !== 'categorical') throw new Error(`by: "${name}" is not a categorical variable; the loader checks this`);
  return v;
}

/** The rows an entry's `filter:` keeps; a mistake in it is the study's, located at the field. */
function subsetOf(study: Study, id: string, filter: string, data: Dataset): Dataset {
  let rows: number[];
  try {
    rows = filterRows(filter, data);
  } catch (e) {
    if (!(e instanceof FilterError)) throw e;
    throw analysisError(
      study,
      { id },
      ['filter'],
      'filter',
      `filter "${filter}", at character ${e.at + 1}: ${e.message}`,
      'Write the condition as e.g. `jenis_kelamin == P and usia >= 35` (==, !=, <, <=, >, >=, in [a, b], and, or, not, parentheses); see docs/study-yaml.md.',
    );
  }
  if (rows.length === 0)
    throw analysisError(
      study,
      { id },
      ['filter'],
      'filter-empty',
      `filter "${filter}" keeps none of the ${data.n} rows`,
      'Check the level codes and numbers in the condition against the data.',
    );
  return subsetDataset(data, rows);
}
