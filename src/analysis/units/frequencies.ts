/**
 * Frequencies: counts and percentages of categorical variables (or of the distinct values
 * of an integer variable), overall and optionally within each level of a group variable.
 * Variables with the same levels can be laid out side by side (`layout: columns`), as
 * for categories before and after an intervention.
 */
import { type Static, Type } from '@sinclair/typebox';
import { descriptives, type DescriptivesResult } from '../../stats/descriptives.ts';
import { frequencies, type FrequenciesResult } from '../../stats/frequencies.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { LocalizedText } from '../../study/schema.ts';
import { categorical, pick, splitRows, variable, optionalRef } from '../common.ts';
import { entrySchema, VarList } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, VariableRef } from '../unit.ts';

export const frequenciesSchema = entrySchema('frequencies', {
  variables: VarList,
  by: Type.Optional(
    Type.String({
      description:
        "a categorical variable: the percentages are computed within each of its levels (crosstab columns), the figure's bars side by side per level",
    }),
  ),
  layout: Type.Optional(
    Type.Union([Type.Literal('rows'), Type.Literal('columns')], {
      description: '`columns` puts variables with the same levels side by side',
    }),
  ),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('bars')], {
      description:
        'the figure: `bars` (default) percentages of the valid n per category with the counts beside the bars, side by side for the groups of `by` (or the variables of `layout: columns`); variables with more than 12 categories are left to the table; `false` no figure',
    }),
  ),
  labels: Type.Optional(
    Type.Record(Type.String(), LocalizedText, {
      description:
        'labels of the listed variables in this table and its sentences, replacing their own: variable → text',
    }),
  ),
  note: Type.Optional(
    Type.Union(LocalizedText.anyOf, { description: 'a note under the table, e.g. where the categories come from' }),
  ),
});

export type FrequenciesSpec = Static<typeof frequenciesSchema>;

export interface VariableFrequencies {
  variable: string;
  overall: FrequenciesResult;
  groups?: { level: string; result: FrequenciesResult }[];
  /** For a numeric variable: its descriptives overall and per group (for sentences such as the mean age). */
  numeric?: {
    overall: DescriptivesResult | StatFailure;
    groups?: { level: string; result: DescriptivesResult | StatFailure }[];
  };
}

function freqOf(values: (string | number | null)[], levels: (string | number)[] | undefined): FrequenciesResult {
  const r = frequencies(values, levels ? { levels } : {});
  // Declared levels come from the study and were checked against the data when it was read.
  if (isFailure(r)) throw new Error(r.error.message);
  return r;
}

export type FrequenciesAnalysis = AnalysisResult<
  'frequencies',
  { test: 'frequencies'; result: { variables: VariableFrequencies[]; by: string | null } }
>;

export const frequenciesUnit: AnalysisUnit<FrequenciesSpec, FrequenciesAnalysis> = {
  type: 'frequencies',
  schema: frequenciesSchema,
  variables: (s) => [
    ...s.variables.map((name, i): VariableRef => ({ path: ['variables', i], name, role: 'any' })),
    ...optionalRef(['by'], s.by, 'categorical'),
  ],
  run(spec, data) {
    const groups = spec.by ? splitRows(categorical(data, spec.by)) : undefined;
    const variables: VariableFrequencies[] = spec.variables.map((name) => {
      const v = variable(data, name);
      const values: (string | number | null)[] = v.values;
      const levels = v.kind === 'categorical' ? v.levels.map((l) => l.code) : undefined;
      const out: VariableFrequencies = { variable: name, overall: freqOf(values, levels) };
      if (groups) {
        // Within groups, numeric values keep the overall set of values so columns line up.
        const lv = levels ?? out.overall.categories.map((c) => c.value);
        out.groups = groups.map((g) => ({ level: g.level, result: freqOf(pick(values, g.rows), lv) }));
      }
      if (v.kind === 'numeric') {
        out.numeric = { overall: descriptives(v.values) };
        if (groups)
          out.numeric.groups = groups.map((g) => ({ level: g.level, result: descriptives(pick(v.values, g.rows)) }));
      }
      return out;
    });
    return {
      type: 'frequencies',
      test: 'frequencies',
      checks: [],
      reason: { code: 'descriptive' },
      result: { variables, by: spec.by ?? null },
    };
  },
};
