/**
 * Registration of an analysis unit: the registry holds units of different spec and result
 * types side by side; each checks that an entry is its own (by its schema) before running.
 */
import type { AnalysisSpec } from '../study/types.ts';
import { optionalRef } from './common.ts';
import { BY_LEVEL_DESCRIPTION, isSpecOf, ownFieldsSchema } from './spec.ts';
import type { AnalysisResult, AnalysisUnit, RegisteredAnalysis } from './unit.ts';

function own<S extends AnalysisSpec, R extends AnalysisResult>(unit: AnalysisUnit<S, R>, spec: AnalysisSpec): S {
  // The study loader validated the entry against this schema, so a mismatch is a bug.
  if (!isSpecOf(unit, spec)) throw new Error(`analysis "${spec.id}" is not a valid "${unit.type}" entry`);
  return spec;
}

export function defineUnit<S extends AnalysisSpec, R extends AnalysisResult>(
  unit: AnalysisUnit<S, R>,
): RegisteredAnalysis<R> {
  // A type whose `by:` is the shared BY_LEVEL field runs once per level (src/analysis/split.ts);
  // the unit itself never sees the split, so the report can name each level as a subset.
  const by: unknown = unit.schema.properties.by;
  const splitsBy = isRecord(by) && by.description === BY_LEVEL_DESCRIPTION;
  return {
    type: unit.type,
    schema: ownFieldsSchema(unit.schema),
    entrySchema: unit.schema,
    splitsBy,
    variables: (spec) => {
      const refs = unit.variables(own(unit, spec));
      const name = spec.by;
      return splitsBy && typeof name === 'string' ? [...refs, ...optionalRef(['by'], name, 'categorical')] : refs;
    },
    run: (spec, data, ctx) => unit.run(own(unit, spec), data, ctx),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}
