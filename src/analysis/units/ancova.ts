/**
 * One-way ANCOVA: a numeric outcome compared between groups adjusted for numeric
 * covariates, Type III sums of squares and adjusted means with 95% CIs (SPSS UNIANOVA with
 * EMMEANS). Check: homogeneity of regression slopes (the group × covariate interactions);
 * when it is rejected the adjusted comparison is still reported, with a warning and the
 * reason recorded, since equal slopes are what makes one adjusted difference meaningful.
 */
import { type Static, Type } from '@sinclair/typebox';
import { ancova, type AncovaResult } from '../../stats/ancova.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { LocalizedText } from '../../study/schema.ts';
import { analysisError, categorical, numeric, splitRows } from '../common.ts';
import { entrySchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, AssumptionCheck, Reason } from '../unit.ts';

export const ancovaSchema = entrySchema('ancova', {
  value: VarName,
  group: VarName,
  covariates: Type.Array(VarName, {
    minItems: 1,
    description: 'numeric covariates the group comparison is adjusted for, e.g. [pss_pre]',
  }),
  labels: Type.Optional(
    Type.Object(
      { outcome: Type.Optional(LocalizedText) },
      { additionalProperties: false, description: 'words for the outcome in sentences' },
    ),
  ),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('means')], {
      description: 'the figure: `means` (default) the adjusted means with their 95% CIs; `false` no figure',
    }),
  ),
});

export type AncovaSpec = Static<typeof ancovaSchema>;

export type AncovaAnalysis = AnalysisResult<'ancova', { test: 'ancova'; result: AncovaResult | StatFailure }>;

export const ancovaUnit: AnalysisUnit<AncovaSpec, AncovaAnalysis> = {
  type: 'ancova',
  schema: ancovaSchema,
  variables: (s) => [
    { path: ['value'], name: s.value, role: 'numeric' },
    { path: ['group'], name: s.group, role: 'categorical' },
    ...s.covariates.map((c, i) => ({ path: ['covariates', i], name: c, role: 'numeric' as const })),
  ],
  run(spec, data, ctx) {
    const gv = categorical(data, spec.group);
    const values = numeric(data, spec.value).values;
    const withData = splitRows(gv).filter((g) => g.rows.some((r) => values[r] !== null));
    if (withData.length < 2)
      throw analysisError(
        ctx.study,
        spec,
        ['group'],
        'group-levels',
        `the group "${spec.group}" has ${withData.length === 1 ? 'only one level' : 'no levels'} with data; an ANCOVA compares at least two groups`,
        'Group by a variable with two or more levels.',
      );
    const covariates = spec.covariates.map((c) => ({ name: c, values: numeric(data, c).values }));
    const result = ancova(values, { name: spec.group, values: gv.values }, covariates);
    const slopes = isFailure(result) ? null : result.slopesHomogeneity;
    const check: AssumptionCheck = slopes
      ? {
          check: 'homogeneity-of-slopes',
          test: 'group-by-covariate-f',
          target: spec.covariates.join(', '),
          passed: slopes.p >= ctx.alpha,
          statistic: slopes.f,
          p: slopes.p,
        }
      : {
          check: 'homogeneity-of-slopes',
          test: 'group-by-covariate-f',
          passed: true,
          statistic: null,
          p: null,
          note: 'undefined',
        };
    const reason: Reason = { code: check.passed ? 'slopes-homogeneous' : 'slopes-heterogeneous', p: slopes?.p ?? null };
    const out: AncovaAnalysis = { type: 'ancova', test: 'ancova', checks: [check], reason, result };
    if (!check.passed) out.warnings = [{ code: 'heterogeneous-slopes', p: slopes?.p ?? null }];
    if (!isFailure(result)) {
      const g = result.effects.find((e) => e.term === spec.group);
      if (g) out.decision = { significant: g.p < ctx.alpha, direction: 'none', p: g.p };
    }
    return out;
  },
};
