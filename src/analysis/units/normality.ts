/**
 * Tests of normality as SPSS's EXPLORE prints them: the Kolmogorov–Smirnov test with the
 * Lilliefors correction and the Shapiro–Wilk test, for each variable, overall or within
 * each level of a group variable (`by:`). Lilliefors p is the computed value (Dallal–
 * Wilkinson / Stephens, as nortest), not SPSS's ".200" lower bound.
 */
import { type Static, Type } from '@sinclair/typebox';
import { descriptives } from '../../stats/descriptives.ts';
import { lilliefors, type LillieforsResult } from '../../stats/lilliefors.ts';
import { normalScores, type NormalScores } from '../../stats/normal-scores.ts';
import { shapiroWilk, type ShapiroWilkResult } from '../../stats/shapiro-wilk.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { categorical, numeric, pick, splitRows, optionalRef } from '../common.ts';
import { entrySchema, VarList, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, AssumptionCheck, VariableRef } from '../unit.ts';

export const normalitySchema = entrySchema('normality', {
  variables: VarList,
  by: Type.Optional(VarName),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('qq')], {
      description:
        'the figure: `qq` (default) a normal Q–Q plot per variable (and per level of `by`): the sorted values against the normal quantiles, with the line of a normal distribution of the same mean and SD; `false` no figure',
    }),
  ),
});

export type NormalitySpec = Static<typeof normalitySchema>;

/**
 * A Q–Q plot holds at most this many points: beyond it, order statistics at evenly spaced
 * ranks (the extremes included), so results.json and the figure stay small.
 */
export const MAX_QQ_POINTS = 300;

/** The points of the sample's normal Q–Q plot and the line of a normal distribution with its mean and SD. */
export type QqPoints = NormalScores & { mean: number; sd: number };

/** Both tests on one sample; a test that cannot run keeps its failure (code and message). */
export interface NormalityCell {
  n: number;
  lilliefors: LillieforsResult | StatFailure;
  shapiroWilk: ShapiroWilkResult | StatFailure;
  /** For the Q–Q plot; absent with `figure: false` and when the sample has fewer than three values or no spread. */
  qq?: QqPoints;
}

export interface VariableNormality {
  variable: string;
  overall?: NormalityCell;
  groups?: ({ level: string } & NormalityCell)[];
}

/** SPSS prints Lilliefors p above this as ".200" (a lower bound). */
export const SPSS_LILLIEFORS_BOUND = 0.2;

function cell(values: (number | null)[], withQq: boolean): NormalityCell {
  const out: NormalityCell = {
    n: values.filter((x) => x !== null).length,
    lilliefors: lilliefors(values),
    shapiroWilk: shapiroWilk(values),
  };
  const d = descriptives(values);
  if (withQq && !isFailure(d) && d.n >= 3 && d.sd !== null && d.sd > 0)
    out.qq = { ...normalScores(values, MAX_QQ_POINTS), mean: d.mean, sd: d.sd };
  return out;
}

function checksOf(c: NormalityCell, target: string, alpha: number): AssumptionCheck[] {
  const out: AssumptionCheck[] = [];
  const l = c.lilliefors;
  out.push(
    isFailure(l)
      ? { check: 'normality', test: 'lilliefors', target, passed: false, statistic: null, p: null, note: l.error.code }
      : { check: 'normality', test: 'lilliefors', target, passed: l.p >= alpha, statistic: l.d, p: l.p },
  );
  const s = c.shapiroWilk;
  out.push(
    isFailure(s)
      ? {
          check: 'normality',
          test: 'shapiro-wilk',
          target,
          passed: false,
          statistic: null,
          p: null,
          note: s.error.code,
        }
      : { check: 'normality', test: 'shapiro-wilk', target, passed: s.p >= alpha, statistic: s.w, p: s.p },
  );
  return out;
}

export type NormalityAnalysis = AnalysisResult<
  'normality',
  { test: 'normality'; result: { variables: VariableNormality[]; by: string | null; lillieforsBound: number } }
>;

export const normalityUnit: AnalysisUnit<NormalitySpec, NormalityAnalysis> = {
  type: 'normality',
  schema: normalitySchema,
  variables: (s) => [
    ...s.variables.map((name, i): VariableRef => ({ path: ['variables', i], name, role: 'numeric' })),
    ...optionalRef(['by'], s.by, 'categorical'),
  ],
  run(spec, data, ctx) {
    const split = spec.by ? splitRows(categorical(data, spec.by)) : undefined;
    // Raw values enter results.json only for a figure that draws them.
    const qq = spec.figure !== false;
    const variables: VariableNormality[] = spec.variables.map((name) => {
      const values = numeric(data, name).values;
      if (!split) return { variable: name, overall: cell(values, qq) };
      return { variable: name, groups: split.map((g) => ({ level: g.level, ...cell(pick(values, g.rows), qq) })) };
    });
    const checks = variables.flatMap((v) =>
      v.overall
        ? checksOf(v.overall, v.variable, ctx.alpha)
        : (v.groups ?? []).flatMap((g) => checksOf(g, `${v.variable} | ${g.level}`, ctx.alpha)),
    );
    return {
      type: 'normality',
      test: 'normality',
      checks,
      reason: { code: 'descriptive' },
      result: { variables, by: spec.by ?? null, lillieforsBound: SPSS_LILLIEFORS_BOUND },
    };
  },
};
