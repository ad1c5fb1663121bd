/**
 * Descriptive statistics of numeric variables (SPSS DESCRIPTIVES/EXPLORE conventions:
 * SD on n − 1, G1/G2 skewness and kurtosis with standard errors, type-6 quartiles),
 * overall and optionally within each level of a group variable.
 */
import { type Static, Type } from '@sinclair/typebox';
import { descriptives, type DescriptivesResult } from '../../stats/descriptives.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { categorical, numeric, pick, splitRows, optionalRef } from '../common.ts';
import { entrySchema, VarList, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, Reason, VariableRef } from '../unit.ts';

export type DescriptiveColumn =
  | 'n'
  | 'mean'
  | 'sd'
  | 'se'
  | 'median'
  | 'iqr'
  | 'min'
  | 'max'
  | 'skewness'
  | 'kurtosis'
  | 'ci';

export const DESCRIPTIVE_COLUMNS: readonly DescriptiveColumn[] = [
  'n',
  'mean',
  'sd',
  'se',
  'median',
  'iqr',
  'min',
  'max',
  'skewness',
  'kurtosis',
  'ci',
];

export const descriptivesSchema = entrySchema('descriptives', {
  variables: VarList,
  by: Type.Optional(VarName),
  columns: Type.Optional(
    Type.Array(Type.Union(DESCRIPTIVE_COLUMNS.map((c) => Type.Literal(c))), {
      description: 'columns of the table, in order',
    }),
  ),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('box')], {
      description:
        'the figure: `box` (default) one panel per variable with a box (quartiles, median, minimum and maximum) and the mean with its 95% CI, a box per level of `by` when the table is split; `false` no figure',
    }),
  ),
});

export type DescriptivesSpec = Static<typeof descriptivesSchema>;

export interface VariableDescriptives {
  variable: string;
  overall: DescriptivesResult | StatFailure;
  groups?: { level: string; result: DescriptivesResult | StatFailure }[];
}

export type DescriptivesAnalysis = AnalysisResult<
  'descriptives',
  { test: 'descriptives'; result: { variables: VariableDescriptives[]; by: string | null } }
>;

export const descriptivesUnit: AnalysisUnit<DescriptivesSpec, DescriptivesAnalysis> = {
  type: 'descriptives',
  schema: descriptivesSchema,
  variables: (s) => [
    ...s.variables.map((name, i): VariableRef => ({ path: ['variables', i], name, role: 'numeric' })),
    ...optionalRef(['by'], s.by, 'categorical'),
  ],
  run(spec, data) {
    const groups = spec.by ? splitRows(categorical(data, spec.by)) : undefined;
    const variables: VariableDescriptives[] = spec.variables.map((name) => {
      const values = numeric(data, name).values;
      const out: VariableDescriptives = { variable: name, overall: descriptives(values) };
      if (groups) out.groups = groups.map((g) => ({ level: g.level, result: descriptives(pick(values, g.rows)) }));
      return out;
    });
    const failed = variables.find((v) => isFailure(v.overall));
    return {
      type: 'descriptives',
      test: 'descriptives',
      checks: [],
      reason: { code: 'descriptive' },
      result: { variables, by: spec.by ?? null },
      warnings: failed ? [{ code: 'descriptives-failed', variable: failed.variable } satisfies Reason] : undefined,
    };
  },
};
