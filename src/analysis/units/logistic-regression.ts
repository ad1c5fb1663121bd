/**
 * Multivariable binary logistic regression. Categorical predictors enter as indicator
 * (dummy) variables against their reference level; numeric predictors enter as they are.
 * All models are fitted on the participants complete on the outcome and every candidate
 * predictor, so models with different terms can be compared by likelihood ratio.
 *
 * - `screening: 0.25` — bivariate screening (Hosmer & Lemeshow's purposeful selection):
 *   each candidate alone, likelihood-ratio test against the intercept-only model; the
 *   candidates with p below the threshold are eligible for the model.
 * - `selection: fixed` (default) — the model has the `terms:` the study states, or else
 *   every eligible candidate; `forward` — forward stepwise selection: starting from the
 *   intercept, the eligible candidate (all its indicators together) with the smallest
 *   likelihood-ratio p enters while that p is below `entry` (default 0.05).
 *
 * Separation, non-convergence and collinearity leave the model without estimates: the
 * result is the error value (code and message) with the screening and selection steps.
 */
import { type Static, Type } from '@sinclair/typebox';
import { descriptives } from '../../stats/descriptives.ts';
import { chiSquareUpperTail } from '../../stats/distributions.ts';
import { logisticRegression, type LogisticRegressionResult, type Predictor } from '../../stats/logistic-regression.ts';
import { failure, isFailure, type StatFailure } from '../../stats/types.ts';
import type { Dataset } from '../../data/types.ts';
import { binaryOutcome, dummyColumns } from '../binary.ts';
import { categorical, variable } from '../common.ts';
import { entrySchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, AssumptionCheck, Decision, Reason, VariableRef } from '../unit.ts';

export const logisticRegressionSchema = entrySchema('logistic-regression', {
  outcome: VarName,
  case: Type.Optional(
    Type.String({ description: 'outcome level that marks a case, e.g. "1" (default: the last declared level)' }),
  ),
  predictors: Type.Array(VarName, {
    minItems: 1,
    description: 'candidate predictors: categorical (indicators against the reference level) or numeric',
  }),
  screening: Type.Optional(
    Type.Number({
      exclusiveMinimum: 0,
      maximum: 1,
      description: 'bivariate screening: candidates with likelihood-ratio p below this value are eligible (e.g. 0.25)',
    }),
  ),
  selection: Type.Optional(
    Type.Union([Type.Literal('fixed'), Type.Literal('forward')], {
      description:
        '`fixed` (default): the `terms:` given, else every eligible candidate; `forward`: forward stepwise by likelihood-ratio test',
    }),
  ),
  entry: Type.Optional(
    Type.Number({ exclusiveMinimum: 0, maximum: 1, description: 'entry p of forward selection (default 0.05)' }),
  ),
  terms: Type.Optional(
    Type.Array(VarName, { minItems: 1, description: 'the final model, stated explicitly (e.g. a published model)' }),
  ),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('forest')], {
      description:
        'the figure: `forest` (default) the adjusted odds ratios with 95% CIs on a logarithmic axis, filled squares where p < alpha; `false` no figure',
    }),
  ),
  per: Type.Optional(
    Type.Record(VarName, Type.Union([Type.Number({ exclusiveMinimum: 0 }), Type.Literal('sd')]), {
      description:
        "the increase a numeric predictor's B, SE, OR and CI are given for: `per: { weight: 100 }` (per 100 units) or `per: { age: sd }` (per standard deviation of the model's rows); default 1 unit",
    }),
  ),
});

export type LogisticRegressionSpec = Static<typeof logisticRegressionSchema>;

/** Events per estimated coefficient below which estimates are unstable (Peduzzi et al.'s rule of ten). */
export const MIN_EVENTS_PER_PARAMETER = 10;

export interface ScreeningRow {
  variable: string;
  /** Number of indicators (1 for a numeric or two-level predictor). */
  df: number;
  /** Likelihood-ratio χ² of the one-predictor model against the intercept-only model. */
  chi2: number | null;
  p: number | null;
  enters: boolean;
  note?: string;
}

export interface SelectionStep {
  step: number;
  variable: string;
  chi2: number;
  df: number;
  p: number;
  /** Other candidates tested at this step, with their p (for the record). */
  considered: { variable: string; p: number | null }[];
}

export interface ModelCoefficient {
  term: string;
  /** Variable of the term (null for the intercept). */
  variable: string | null;
  /** Level of a categorical predictor's indicator, and its reference level. */
  level: string | null;
  reference: string | null;
  estimate: number;
  se: number;
  z: number;
  p: number;
  or: number;
  orLower: number;
  orUpper: number;
  /** A numeric predictor's increase the estimate is given for (study.yaml `per:`), when not 1 unit. */
  per?: { units: number; sd: boolean };
}

/** What is known before (and without) a fitted model: the outcome, the rows used, screening and selection. */
export interface LogisticSteps {
  outcome: string;
  caseLevel: string;
  nonCaseLevel: string;
  n: number;
  missing: number;
  events: number;
  nonEvents: number;
  candidates: string[];
  selection: 'fixed' | 'forward';
  screening?: { threshold: number; test: 'likelihood-ratio'; rows: ScreeningRow[] };
  steps?: SelectionStep[];
  terms: string[];
  parameters?: number;
  eventsPerParameter?: number;
}

/** A fitted model with its coefficients named by variable and level. */
export type LogisticFitted = LogisticSteps &
  Omit<LogisticRegressionResult, 'coefficients'> & {
    parameters: number;
    eventsPerParameter: number;
    coefficients: ModelCoefficient[];
  };

/** The model, or why there is none: with the steps when the data got that far, else only the error. */
export type LogisticOutput = LogisticFitted | (LogisticSteps & StatFailure) | StatFailure;

export type LogisticRegressionAnalysis = AnalysisResult<
  'logistic-regression',
  { test: 'logistic-regression'; result: LogisticOutput }
>;

interface Design {
  variable: string;
  kind: 'categorical' | 'numeric';
  reference: string | null;
  columns: { term: string; level: string | null; values: number[] }[];
}

type Fit = LogisticRegressionResult | StatFailure;

/** Indicator or numeric columns of each candidate, on the analysis rows. */
function designOf(data: Dataset, name: string, rows: number[]): Design {
  const v = variable(data, name);
  if (v.kind === 'categorical') {
    const d = dummyColumns(v, rows);
    return {
      variable: name,
      kind: 'categorical',
      reference: d.reference,
      columns: d.columns.map((c) => ({ term: `${name}=${c.level}`, level: c.level, values: c.values })),
    };
  }
  // runLogistic turns text predictors away before designing columns.
  if (v.kind !== 'numeric') throw new Error(`"${name}" is not numeric`);
  const values = v.values;
  return {
    variable: name,
    kind: 'numeric',
    reference: null,
    columns: [{ term: name, level: null, values: rows.map((r) => values[r]!) }],
  };
}

function fit(y: number[], designs: Design[]): Fit {
  const predictors: Predictor[] = designs.flatMap((d) => d.columns.map((c) => ({ name: c.term, values: c.values })));
  return logisticRegression(y, predictors);
}

/** −2LL of the intercept-only model. */
function nullDeviance(y: number[]): number {
  const n = y.length;
  const k = y.reduce((s, v) => s + v, 0);
  const p = k / n;
  return k === 0 || k === n ? 0 : -2 * (k * Math.log(p) + (n - k) * Math.log(1 - p));
}

/** Likelihood-ratio test of adding `add` to a model with deviance `base`. */
function lrTest(
  y: number[],
  current: Design[],
  add: Design,
  base: number,
): { chi2: number | null; df: number; p: number | null; note?: string } {
  const df = add.columns.length;
  if (df === 0) return { chi2: null, df, p: null, note: 'single level' };
  const f = fit(y, [...current, add]);
  if (isFailure(f)) return { chi2: null, df, p: null, note: f.error.code };
  const chi2 = Math.max(0, base - f.deviance);
  return { chi2, df, p: chiSquareUpperTail(chi2, df) };
}

/**
 * A numeric predictor's coefficient for an increase of `per` units (or one SD of its values
 * on the model's rows): B and SE times k, OR and its CI to the power k; z and p unchanged.
 */
function perIncrease(c: ModelCoefficient, per: number | 'sd', values: number[]): ModelCoefficient {
  const d = per === 'sd' ? descriptives(values) : undefined;
  const k = per === 'sd' ? (d && !isFailure(d) && d.sd ? d.sd : 1) : per;
  return {
    ...c,
    estimate: c.estimate * k,
    se: c.se * k,
    or: c.or ** k,
    orLower: c.orLower ** k,
    orUpper: c.orUpper ** k,
    per: { units: k, sd: per === 'sd' },
  };
}

export function runLogistic(
  spec: LogisticRegressionSpec,
  data: Dataset,
  alpha: number,
): {
  result: LogisticOutput;
  checks: AssumptionCheck[];
  reason: Reason;
  warnings: Reason[];
  decision?: Decision;
} {
  const warnings: Reason[] = [];
  const selection = spec.selection ?? 'fixed';
  const reason: Reason = spec.terms
    ? { code: 'terms-fixed-by-study' }
    : selection === 'forward'
      ? { code: 'forward-selection', entry: spec.entry ?? 0.05 }
      : { code: 'all-candidates' };
  const bad = (code: Parameters<typeof failure>[0], message: string) => ({
    result: failure(code, message),
    checks: [],
    reason,
    warnings,
  });
  if (spec.terms && selection === 'forward')
    return bad('invalid-argument', '`terms:` states the model; it cannot be combined with `selection: forward`');
  const outcome = binaryOutcome(categorical(data, spec.outcome), spec.case);
  if ('error' in outcome) return bad('group-levels', outcome.error);
  const candidates = [...new Set([...spec.predictors, ...(spec.terms ?? [])])];
  const text = candidates.find((c) => variable(data, c).kind === 'text');
  if (text) return bad('invalid-values', `"${text}" is a text variable; predictors must be categorical or numeric`);

  // Complete cases on the outcome and every candidate.
  const rows: number[] = [];
  for (let r = 0; r < data.n; r++) {
    if (outcome.y[r] === null) continue;
    if (candidates.every((c) => variable(data, c).values[r] !== null)) rows.push(r);
  }
  const y = rows.map((r) => outcome.y[r]!);
  const events = y.reduce<number>((s, v) => s + v, 0);
  const missing = outcome.y.length - rows.length;
  const designs = new Map(candidates.map((c) => [c, designOf(data, c, rows)]));
  const dev0 = nullDeviance(y);
  const head = {
    outcome: spec.outcome,
    caseLevel: outcome.caseLevel,
    nonCaseLevel: outcome.nonCaseLevel,
    n: rows.length,
    missing,
    events,
    nonEvents: rows.length - events,
    candidates,
    selection,
  };

  let eligible = candidates;
  let screening: { threshold: number; test: 'likelihood-ratio'; rows: ScreeningRow[] } | undefined;
  if (spec.screening !== undefined) {
    const srows: ScreeningRow[] = spec.predictors.map((c) => {
      const t = lrTest(y, [], designs.get(c)!, dev0);
      const row: ScreeningRow = {
        variable: c,
        df: t.df,
        chi2: t.chi2,
        p: t.p,
        enters: t.p !== null && t.p < spec.screening!,
      };
      if (t.note) row.note = t.note;
      return row;
    });
    screening = { threshold: spec.screening, test: 'likelihood-ratio', rows: srows };
    eligible = srows.filter((r) => r.enters).map((r) => r.variable);
    if (spec.terms) {
      for (const t of spec.terms) if (!eligible.includes(t)) warnings.push({ code: 'term-not-screened', variable: t });
    }
  }

  let terms: string[];
  let steps: SelectionStep[] | undefined;
  if (spec.terms) terms = spec.terms;
  else if (selection === 'forward') {
    const entry = spec.entry ?? 0.05;
    terms = [];
    steps = [];
    let dev = dev0;
    for (;;) {
      const current = terms.map((t) => designs.get(t)!);
      const tests = eligible
        .filter((c) => !terms.includes(c))
        .map((c) => ({ variable: c, ...lrTest(y, current, designs.get(c)!, dev) }));
      const ok = tests
        .filter((t) => t.p !== null)
        .sort((a, b) => a.p! - b.p! || (a.variable < b.variable ? -1 : a.variable > b.variable ? 1 : 0));
      const best = ok[0];
      if (!best || best.p! >= entry) break;
      terms.push(best.variable);
      steps.push({
        step: steps.length + 1,
        variable: best.variable,
        chi2: best.chi2!,
        df: best.df,
        p: best.p!,
        considered: tests.map((t) => ({ variable: t.variable, p: t.p })),
      });
      const f = fit(
        y,
        terms.map((t) => designs.get(t)!),
      );
      if (isFailure(f)) break;
      dev = f.deviance;
    }
  } else terms = eligible;

  const termDesigns = terms.map((t) => designs.get(t)!);
  for (const d of termDesigns)
    if (d.columns.length === 0) warnings.push({ code: 'term-single-level', variable: d.variable });
  const used = termDesigns.filter((d) => d.columns.length > 0);
  const extra = { ...head, ...(screening ? { screening } : {}), ...(steps ? { steps } : {}), terms };
  if (!used.length) {
    return {
      result: {
        ...extra,
        ...failure(
          'invalid-argument',
          selection === 'forward'
            ? 'no candidate met the entry criterion; the model has no predictors'
            : 'the model has no predictors',
        ),
      },
      checks: [],
      reason,
      warnings,
    };
  }
  const model = fit(y, used);
  const parameters = used.reduce((s, d) => s + d.columns.length, 0);
  // Events per parameter: the smaller outcome group over the number of coefficients (intercept excluded).
  const minority = Math.min(events, rows.length - events);
  const epp = minority / parameters;
  const checks: AssumptionCheck[] = [
    {
      check: 'events-per-parameter',
      test: 'rule-of-ten',
      passed: epp >= MIN_EVENTS_PER_PARAMETER,
      statistic: epp,
      p: null,
    },
  ];
  if (epp < MIN_EVENTS_PER_PARAMETER)
    warnings.push({
      code: 'low-events-per-parameter',
      events: minority,
      parameters,
      ratio: epp,
      minimum: MIN_EVENTS_PER_PARAMETER,
    });
  if (isFailure(model)) {
    warnings.push({ code: 'model-failed', error: model.error.code });
    return { result: { ...extra, parameters, eventsPerParameter: epp, ...model }, checks, reason, warnings };
  }
  const byTerm = new Map(
    used.flatMap((d) =>
      d.columns.map((c): [string, { d: Design; c: Design['columns'][number] }] => [c.term, { d, c }]),
    ),
  );
  const coefficients: ModelCoefficient[] = model.coefficients.map((k) => {
    const m = byTerm.get(k.term);
    const c = { ...k, variable: m ? m.d.variable : null, level: m?.c.level ?? null, reference: m?.d.reference ?? null };
    const per = m && m.d.kind === 'numeric' ? spec.per?.[m.d.variable] : undefined;
    return per === undefined ? c : perIncrease(c, per, m!.c.values);
  });
  const result = { ...extra, parameters, eventsPerParameter: epp, ...model, coefficients };
  const decision: Decision = { significant: model.lrP < alpha, direction: 'none', p: model.lrP };
  return { result, checks, reason, warnings, decision };
}

export const logisticRegressionUnit: AnalysisUnit<LogisticRegressionSpec, LogisticRegressionAnalysis> = {
  type: 'logistic-regression',
  schema: logisticRegressionSchema,
  variables: (s) => [
    { path: ['outcome'], name: s.outcome, role: 'binary' },
    ...s.predictors.map((name, i): VariableRef => ({ path: ['predictors', i], name, role: 'any' })),
    ...(s.terms ?? []).map((name, i): VariableRef => ({ path: ['terms', i], name, role: 'any' })),
  ],
  run(spec, data, ctx) {
    const r = runLogistic(spec, data, ctx.alpha);
    return {
      type: 'logistic-regression',
      test: 'logistic-regression',
      checks: r.checks,
      reason: r.reason,
      result: r.result,
      ...(r.decision ? { decision: r.decision } : {}),
      ...(r.warnings.length ? { warnings: r.warnings } : {}),
    };
  },
};
