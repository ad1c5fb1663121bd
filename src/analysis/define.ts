/**
 * Registration of an analysis unit: the registry holds units of different spec and result
 * types side by side; each checks that an entry is its own (by its schema) before running.
 */
import type { AnalysisSpec } from '../study/types.ts';
import { isSpecOf, ownFieldsSchema } from './spec.ts';
import type { AnalysisResult, AnalysisUnit, RegisteredAnalysis } from './unit.ts';

function own<S extends AnalysisSpec, R extends AnalysisResult>(unit: AnalysisUnit<S, R>, spec: AnalysisSpec): S {
  // The study loader validated the entry against this schema, so a mismatch is a bug.
  if (!isSpecOf(unit, spec)) throw new Error(`analysis "${spec.id}" is not a valid "${unit.type}" entry`);
  return spec;
}

export function defineUnit<S extends AnalysisSpec, R extends AnalysisResult>(
  unit: AnalysisUnit<S, R>,
): RegisteredAnalysis<R> {
  return {
    type: unit.type,
    schema: ownFieldsSchema(unit.schema),
    entrySchema: unit.schema,
    variables: (spec) => unit.variables(own(unit, spec)),
    run: (spec, data, ctx) => unit.run(own(unit, spec), data, ctx),
  };
}
