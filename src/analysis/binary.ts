/**
 * Binary outcomes and categorical predictors for odds ratios and logistic models: coding
 * a two-level outcome as 1 (case) / 0, and indicator (dummy) columns against a reference.
 */
import type { CategoricalVariable } from '../data/types.ts';
import { levelCodes } from './common.ts';

/** A two-level outcome coded for odds ratios and logistic models: 1 = case, 0 = the other level, null = missing. */
export interface BinaryOutcome {
  caseLevel: string;
  nonCaseLevel: string;
  y: (0 | 1 | null)[];
}

/**
 * Codes a categorical outcome with two levels: `caseLevel` (default: the last declared
 * level) is 1. Returns an error message when the variable does not have exactly two levels
 * or the case level is not one of them.
 */
export function binaryOutcome(v: CategoricalVariable, caseLevel?: string): BinaryOutcome | { error: string } {
  const codes = levelCodes(v);
  if (codes.length !== 2)
    return {
      error: `the outcome "${v.name}" must have exactly two levels (it has ${codes.length}: ${codes.join(', ')})`,
    };
  const c = caseLevel ?? codes[1]!;
  if (!codes.includes(c)) return { error: `the case level "${c}" is not a level of "${v.name}" (${codes.join(', ')})` };
  const other = codes.find((x) => x !== c)!;
  return { caseLevel: c, nonCaseLevel: other, y: v.values.map((x) => (x === null ? null : x === c ? 1 : 0)) };
}

/**
 * Indicator (dummy) columns of a categorical predictor against its reference level, one
 * per other level that occurs in `rows`; levels without observations get no column. When
 * the reference level does not occur, the first level that does is the reference; a
 * predictor with one observed level has no columns. Values are given for `rows` only.
 */
export function dummyColumns(
  v: CategoricalVariable,
  rows: number[],
): { reference: string; columns: { level: string; values: number[] }[] } {
  const present = new Set(rows.map((r) => v.values[r]).filter((x): x is string => x !== null));
  const observed = v.levels.filter((l) => present.has(l.code)).map((l) => l.code);
  const reference = present.has(v.reference) ? v.reference : (observed[0] ?? v.reference);
  return {
    reference,
    columns: observed
      .filter((l) => l !== reference)
      .map((level) => ({ level, values: rows.map((r) => (v.values[r] === level ? 1 : 0)) })),
  };
}
