/**
 * The generic `by:` of the analysis types that have no `by:` of their own: the same
 * analysis once per level of a categorical variable (within the entry's `filter:`), each
 * run recorded as a subset with its condition, so that the report names every level.
 * Types with their own `by:` (descriptives, frequencies, normality, paired-comparison)
 * keep its meaning (docs/study-yaml.md lists them).
 */
import type { CategoricalVariable } from '../data/types.ts';
import type { AnyAnalysisResult } from './registry.ts';
import { splitRows } from './common.ts';
import type { ResultEnvelope } from './unit.ts';

/** One level's run: the unit's own result, with `subset` naming the level. */
export interface LevelRun {
  level: string;
  n: number;
  analysis: AnyAnalysisResult;
}

/** An entry with the generic `by:`: its runs, level by level in the variable's order (levels with no rows left out). */
export type SplitResult = ResultEnvelope & {
  type: string;
  test: 'by-level';
  result: { by: string; levels: LevelRun[] };
};

/** What results.json holds for an entry: the unit's result, or one per level of a generic `by:`. */
export type AnalysisOutcome = AnyAnalysisResult | SplitResult;

export function isSplit(a: AnalysisOutcome): a is SplitResult {
  return a.test === 'by-level';
}

/** The level's condition in the filter language, joined to the entry's own `filter:`. */
export function levelFilter(by: string, code: string, filter: string | undefined): string {
  const plain = /^[A-Za-z_\p{L}][\p{L}\p{N}_.-]*$/u.test(code) && !['and', 'or', 'not', 'in'].includes(code);
  const value = plain ? code : code.includes("'") ? `"${code}"` : `'${code}'`;
  const own = `${by} == ${value}`;
  return filter ? `(${filter}) and ${own}` : own;
}

/** Rows of each level of `v` with a value (missing values belong to no level); levels with no rows are left out. */
export function levelRows(v: CategoricalVariable): { level: string; rows: number[] }[] {
  return splitRows(v).filter((g) => g.rows.length > 0);
}

export function splitResult(type: string, by: string, levels: LevelRun[]): SplitResult {
  return {
    type,
    test: 'by-level',
    checks: [],
    reason: { code: 'by-level', by },
    warnings: levels.flatMap((l) => l.analysis.warnings ?? []),
    result: { by, levels },
  };
}
