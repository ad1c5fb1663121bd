/**
 * Multiple linear regression of a numeric outcome on numeric and categorical predictors
 * (ordinary least squares, as SPSS REGRESSION with ENTER). A categorical predictor enters as
 * indicator (dummy) columns against its reference level: the entry's `reference:` for that
 * predictor, else the variable's own `reference` (its first level unless declared).
 * Listwise: the cases complete on the outcome and every predictor.
 *
 * The checks do not change the model — OLS is what the study asked for — so they are
 * recorded with the reason and, when one fails, a warning the methods and build output
 * state: normality of the residuals (Shapiro–Wilk, Lilliefors above 5000 cases),
 * independence of the residuals (Durbin–Watson outside 1–3, Field's rule of thumb) and
 * collinearity (a VIF of 10 or more, i.e. tolerance at or below .10).
 *
 * Input that cannot give a model — a text or one-level predictor, more predictor columns
 * than the cases allow, a predictor that the others reproduce exactly — is the study's
 * mistake and stops the build with a message at the field that names the variable.
 */
import { type Static, Type } from '@sinclair/typebox';
import type { CategoricalVariable, Dataset } from '../../data/types.ts';
import { fitLinear } from '../../stats/linear-model.ts';
import {
  type LinearRegressionResult,
  linearRegression,
  type RegressionCoefficient,
} from '../../stats/linear-regression.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { LocalizedText } from '../../study/schema.ts';
import { dummyColumns } from '../binary.ts';
import { analysisError, levelCodes, numeric, variable } from '../common.ts';
import { entrySchema, VarName } from '../spec.ts';
import type { AnalysisContext, AnalysisResult, AnalysisUnit, AssumptionCheck, Reason, VariableRef } from '../unit.ts';

export const linearRegressionSchema = entrySchema('linear-regression', {
  outcome: VarName,
  predictors: Type.Array(VarName, {
    minItems: 1,
    description:
      'predictors entered together: numeric ones as they are, categorical ones as indicator (dummy) variables against their reference level',
  }),
  reference: Type.Optional(
    Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
      description:
        'reference level of a categorical predictor, e.g. { pendidikan: SMA } (default: the variable’s `reference`, else its first level)',
    }),
  ),
  labels: Type.Optional(
    Type.Object(
      { outcome: Type.Optional(LocalizedText) },
      { additionalProperties: false, description: 'words for the outcome in sentences' },
    ),
  ),
  figure: Type.Optional(
    Type.Literal(false, {
      description:
        'the figures: by default two, the residuals against the fitted values and the standardised coefficients with their 95% CIs; `false` no figure (and no residuals in results.json)',
    }),
  ),
});

export type LinearRegressionSpec = Static<typeof linearRegressionSchema>;

/** A VIF at or above this (tolerance at or below its inverse) marks a collinear predictor. */
export const MAX_VIF = 10;

/** Durbin–Watson outside this range suggests correlated residuals (Field, 2018). */
export const DURBIN_WATSON_RANGE: readonly [number, number] = [1, 3];

/**
 * At most this many points in the residuals-against-fitted figure. Above it the figure shows
 * a systematic sample: evenly spaced cases in file order, the first and the last included
 * (every (n − 1)/(limit − 1)-th case), so the same data always give the same points and a
 * million rows cost no sort.
 */
export const MAX_RESIDUAL_POINTS = 1000;

/** A coefficient with the variable and level it belongs to. */
export interface ModelTerm extends RegressionCoefficient {
  /** The predictor (null for the intercept). */
  variable: string | null;
  /** For a categorical predictor's indicator: its level and the reference level. */
  level: string | null;
  reference: string | null;
}

export interface ResidualPlot {
  /** Cases in the model, and points drawn (all of them up to MAX_RESIDUAL_POINTS). */
  n: number;
  shown: number;
  sampled: boolean;
  points: { fitted: number; residual: number }[];
}

export type LinearModel = Omit<LinearRegressionResult, 'coefficients' | 'residuals' | 'fitted' | 'references'> & {
  outcome: string;
  predictors: string[];
  coefficients: ModelTerm[];
  /** The reference level of each categorical predictor. */
  references: { variable: string; reference: string }[];
  /** For the residual figure; absent with `figure: false` (raw values enter results.json only for a figure). */
  residualPlot?: ResidualPlot;
};

export type LinearRegressionAnalysis = AnalysisResult<
  'linear-regression',
  { test: 'linear-regression'; result: LinearModel | StatFailure }
>;

interface DesignColumn {
  term: string;
  variable: string;
  level: string | null;
  reference: string | null;
  values: number[];
}

/** The residuals against the fitted values, bounded as MAX_RESIDUAL_POINTS says. */
export function residualPlot(fitted: readonly number[], residuals: readonly number[]): ResidualPlot {
  const n = fitted.length;
  const chosen =
    n > MAX_RESIDUAL_POINTS
      ? Array.from({ length: MAX_RESIDUAL_POINTS }, (_, k) => Math.round((k * (n - 1)) / (MAX_RESIDUAL_POINTS - 1)))
      : Array.from({ length: n }, (_, i) => i);
  return {
    n,
    shown: chosen.length,
    sampled: chosen.length < n,
    points: chosen.map((i) => ({ fitted: fitted[i]!, residual: residuals[i]! })),
  };
}

function designColumns(
  spec: LinearRegressionSpec,
  data: Dataset,
  rows: number[],
  ctx: AnalysisContext,
): DesignColumn[] {
  const columns: DesignColumn[] = [];
  spec.predictors.forEach((name, i) => {
    const v = variable(data, name);
    if (v.kind === 'numeric') {
      const values = v.values;
      columns.push({ term: name, variable: name, level: null, reference: null, values: rows.map((r) => values[r]!) });
      return;
    }
    if (v.kind === 'text')
      throw analysisError(
        ctx.study,
        spec,
        ['predictors', i],
        'predictor-type',
        `the predictor "${name}" is a text variable; a regression predictor must be numeric or categorical`,
        'Declare it as `type: categorical` with its levels, or as a number.',
      );
    const given = spec.reference?.[name];
    // A level code written as a number in YAML (`pendidikan: 1`) names the level "1".
    const wanted = given === undefined ? undefined : String(given);
    const d = dummyColumns(withReference(v, wanted), rows);
    if (d.columns.length === 0) {
      const only = rows.length ? v.values[rows[0]!] : null;
      throw analysisError(
        ctx.study,
        spec,
        ['predictors', i],
        'predictor-levels',
        `the categorical predictor "${name}" has ${only === null ? 'no level' : `only one level (${only})`} in the cases used; a predictor needs at least two`,
        'Remove it from `predictors:`, or use a variable that varies in these cases (check `filter:`).',
      );
    }
    if (wanted !== undefined && d.reference !== wanted)
      throw analysisError(
        ctx.study,
        spec,
        ['reference', name],
        'reference-level',
        `the reference level "${wanted}" of "${name}" has no cases in the model`,
        `Choose a level with cases: ${[d.reference, ...d.columns.map((c) => c.level)].join(', ')}.`,
      );
    for (const c of d.columns)
      columns.push({
        term: `${name}=${c.level}`,
        variable: name,
        level: c.level,
        reference: d.reference,
        values: c.values,
      });
  });
  return columns;
}

function withReference(v: CategoricalVariable, reference: string | undefined): CategoricalVariable {
  return reference === undefined ? v : { ...v, reference };
}

/** Checks of the entry that need no rows: predictors named twice or also the outcome, `reference:` keys. */
function checkEntry(spec: LinearRegressionSpec, data: Dataset, ctx: AnalysisContext): void {
  spec.predictors.forEach((name, i) => {
    if (name === spec.outcome)
      throw analysisError(
        ctx.study,
        spec,
        ['predictors', i],
        'predictor-is-outcome',
        `"${name}" is the outcome and cannot also be a predictor`,
      );
    if (spec.predictors.indexOf(name) !== i)
      throw analysisError(
        ctx.study,
        spec,
        ['predictors', i],
        'predictor-twice',
        `the predictor "${name}" is listed twice`,
      );
  });
  for (const [name, given] of Object.entries(spec.reference ?? {})) {
    const level = String(given);
    const v = spec.predictors.includes(name) ? variable(data, name) : undefined;
    if (v?.kind !== 'categorical')
      throw analysisError(
        ctx.study,
        spec,
        ['reference', name],
        'reference-variable',
        `"reference:" names "${name}", which is not a categorical predictor of this regression`,
        `Give reference levels only for categorical variables in \`predictors:\`.`,
      );
    if (!levelCodes(v).includes(level))
      throw analysisError(
        ctx.study,
        spec,
        ['reference', name],
        'reference-level',
        `"${level}" is not a level of "${name}" (its levels: ${levelCodes(v).join(', ')})`,
      );
  }
}

/** The predictor the others reproduce exactly, and the words naming it (and its level). */
function collinearPredictor(columns: DesignColumn[], y: Float64Array): { variable: string; message: string } {
  const fit = fitLinear(
    columns.map((c) => Float64Array.from(c.values)),
    y,
  );
  const index = 'aliased' in fit ? fit.aliased : columns.length - 1;
  const c = columns[index]!;
  const what =
    c.level === null ? `the predictor "${c.variable}"` : `level "${c.level}" of the predictor "${c.variable}"`;
  const constant = fitLinear([Float64Array.from(c.values)], y);
  const message =
    'aliased' in constant
      ? `${what} has the same value in every case used, so its effect cannot be estimated`
      : `${what} is a perfect linear combination of the other predictors (perfectly collinear), so its effect cannot be separated from theirs`;
  return { variable: c.variable, message };
}

export const linearRegressionUnit: AnalysisUnit<LinearRegressionSpec, LinearRegressionAnalysis> = {
  type: 'linear-regression',
  schema: linearRegressionSchema,
  variables: (s) => [
    { path: ['outcome'], name: s.outcome, role: 'numeric' },
    ...s.predictors.map((name, i): VariableRef => ({ path: ['predictors', i], name, role: 'any' })),
  ],
  run(spec, data, ctx) {
    checkEntry(spec, data, ctx);
    const outcome = numeric(data, spec.outcome).values;
    const predictorValues = spec.predictors.map((p) => variable(data, p).values);
    const rows: number[] = [];
    for (let r = 0; r < data.n; r++)
      if (outcome[r] !== null && predictorValues.every((v) => v[r] !== null)) rows.push(r);
    const columns = designColumns(spec, data, rows, ctx);
    if (rows.length < columns.length + 2)
      throw analysisError(
        ctx.study,
        spec,
        ['predictors'],
        'too-few-cases',
        `the model has ${columns.length} predictor column(s) (${columns.map((c) => c.term).join(', ')}) but only ${rows.length} complete case(s); a regression needs more cases than predictors (at least ${columns.length + 2} here)`,
        'Use fewer predictors (or merge levels of a categorical one), or check that `filter:` and missing values leave enough cases.',
      );
    const y = Float64Array.from(rows, (r) => outcome[r]!);
    const fit = linearRegression(
      y,
      columns.map((c) => ({ name: c.term, values: c.values })),
      { residuals: true },
    );
    if (isFailure(fit) && fit.error.code === 'collinearity') {
      const culprit = collinearPredictor(columns, y);
      throw analysisError(
        ctx.study,
        spec,
        ['predictors', spec.predictors.indexOf(culprit.variable)],
        'collinear-predictor',
        culprit.message,
        'Remove that predictor or one of the predictors it duplicates (e.g. a total together with all its parts, or a level that coincides with another variable).',
      );
    }
    if (isFailure(fit)) {
      const out: LinearRegressionAnalysis = {
        type: 'linear-regression',
        test: 'linear-regression',
        checks: [],
        reason: { code: 'model-failed', error: fit.error.code },
        result: { ...fit, n: rows.length, missing: data.n - rows.length },
      };
      return out;
    }
    const byTerm = new Map(columns.map((c) => [c.term, c]));
    const coefficients: ModelTerm[] = fit.coefficients.map((k) => {
      const c = byTerm.get(k.term);
      return { ...k, variable: c?.variable ?? null, level: c?.level ?? null, reference: c?.reference ?? null };
    });
    const references = [
      ...new Map(
        columns.flatMap((c) =>
          c.reference === null ? [] : [[c.variable, { variable: c.variable, reference: c.reference }]],
        ),
      ).values(),
    ];
    const { residuals, fitted, coefficients: _c, references: _r, ...model } = fit;
    const result: LinearModel = {
      ...model,
      missing: data.n - rows.length,
      outcome: spec.outcome,
      predictors: [...spec.predictors],
      coefficients,
      references,
      // Raw values enter results.json only for a figure that draws them.
      ...(spec.figure === false ? {} : { residualPlot: residualPlot(fitted ?? [], residuals ?? []) }),
    };
    const { checks, warnings } = regressionChecks(result, ctx.alpha);
    const normality = checks.find((c) => c.check === 'normality');
    const vif = checks.find((c) => c.check === 'collinearity');
    const reason: Reason = {
      code: 'regression-checks',
      normalResiduals: normality?.statistic === null || normality === undefined ? null : normality.passed,
      durbinWatson: result.durbinWatson,
      maxVif: vif?.statistic ?? null,
    };
    const out: LinearRegressionAnalysis = {
      type: 'linear-regression',
      test: 'linear-regression',
      checks,
      reason,
      result,
      decision: { significant: result.fP < ctx.alpha, direction: 'none', p: result.fP },
    };
    if (warnings.length) out.warnings = warnings;
    return out;
  },
};

/** The residual and collinearity checks of a fitted model, as data, with the warnings they raise. */
export function regressionChecks(m: LinearModel, alpha: number): { checks: AssumptionCheck[]; warnings: Reason[] } {
  const checks: AssumptionCheck[] = [];
  const warnings: Reason[] = [];
  const rn = m.residualNormality;
  if (rn) {
    checks.push({
      check: 'normality',
      test: rn.test,
      target: 'residuals',
      passed: rn.p >= alpha,
      statistic: rn.statistic,
      p: rn.p,
    });
    if (rn.p < alpha) warnings.push({ code: 'non-normal-residuals', test: rn.test, p: rn.p, n: m.n });
  } else
    checks.push({
      check: 'normality',
      test: m.n > 5000 ? 'lilliefors' : 'shapiro-wilk',
      target: 'residuals',
      passed: true,
      statistic: null,
      p: null,
      note: 'not-tested',
    });
  const [lo, hi] = DURBIN_WATSON_RANGE;
  const dwOk = m.durbinWatson >= lo && m.durbinWatson <= hi;
  checks.push({
    check: 'independence',
    test: 'durbin-watson',
    target: 'residuals',
    passed: dwOk,
    statistic: m.durbinWatson,
    p: null,
  });
  if (!dwOk) warnings.push({ code: 'autocorrelated-residuals', durbinWatson: m.durbinWatson });
  const slopes = m.coefficients.filter((c) => c.vif !== null);
  const worst = slopes.reduce<ModelTerm | undefined>((w, c) => (w === undefined || c.vif! > w.vif! ? c : w), undefined);
  if (worst) {
    const collinear = slopes.filter((c) => c.vif! >= MAX_VIF);
    checks.push({
      check: 'collinearity',
      test: 'vif',
      target: worst.term,
      passed: collinear.length === 0,
      statistic: worst.vif,
      p: null,
    });
    if (collinear.length)
      warnings.push({
        code: 'collinear-predictors',
        terms: collinear.map((c) => c.term),
        maxVif: worst.vif,
        minimum: MAX_VIF,
      });
  }
  return { checks, warnings };
}
