/**
 * Correlation of every pair of the listed variables. Check: Shapiro–Wilk on each variable.
 * Automatic choice: Pearson's r when normality is not rejected for any variable, else
 * Spearman's rho (one coefficient for the whole table, as papers report it). A study may
 * fix the method; a fixed Pearson with a failed check carries Spearman as sensitivity.
 * With exactly two variables the pair's numbers are also at the top of `result`
 * (`:value[id.r]`, `:value[id.p]`).
 */
import { type Static, Type } from '@sinclair/typebox';
import { adjustPValues, type PAdjustMethod } from '../../stats/p-adjust.ts';
import { linearRegression } from '../../stats/linear-regression.ts';
import { pearson, type PearsonResult } from '../../stats/pearson.ts';
import { spearman, type SpearmanResult } from '../../stats/spearman.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { decide, normalityCheck, numeric } from '../common.ts';
import { entrySchema, Hypothesis, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, Reason, VariableRef } from '../unit.ts';

export type CorrelationMethod = 'pearson' | 'spearman';

export const correlationSchema = entrySchema('correlation', {
  variables: Type.Array(VarName, {
    minItems: 2,
    description: 'two or more numeric variables; every pair is correlated',
  }),
  method: Type.Optional(
    Type.Union([Type.Literal('pearson'), Type.Literal('spearman')], {
      description: 'fix the coefficient; the normality checks still run',
    }),
  ),
  adjust: Type.Optional(
    Type.Union(
      [
        Type.Literal('holm'),
        Type.Literal('bonferroni'),
        Type.Literal('hochberg'),
        Type.Literal('bh'),
        Type.Literal('none'),
      ],
      {
        description:
          'adjust the p values of the pairs for multiple testing (Holm, Bonferroni, Hochberg or Benjamini–Hochberg); with three or more variables the table shows the adjusted p beside the unadjusted one',
      },
    ),
  ),
  hypothesis: Type.Optional(Hypothesis),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('scatter'), Type.Literal('matrix')], {
      description:
        'the figure: `scatter` (default for two variables) the pairs as points with the least-squares line; `matrix` (default for three or more; `scatter` falls back to it there) a heat map of the coefficients, printed in the cells; `false` no figure',
    }),
  ),
});

export type CorrelationSpec = Static<typeof correlationSchema>;

/** One pair: the variables, the coefficient (r or rho, whichever the method gives) and the statistic's fields. */
export type CorrelationPair = {
  x: string;
  y: string;
  coefficient: number | null;
} & (PearsonResult | SpearmanResult | StatFailure);

/** Every pair; with exactly two variables the pair's fields are also at the top (`:value[id.r]`). */
export type CorrelationOutput =
  | { method: CorrelationMethod; pairs: CorrelationPair[] }
  | ({ method: CorrelationMethod; pairs: CorrelationPair[] } & CorrelationPair);

export interface SpearmanSensitivity {
  test: 'spearman';
  reason: Reason;
  result: CorrelationOutput;
}

/**
 * A scatter plot holds at most this many points: beyond it the points are a systematic
 * sample (every k-th pair in data order), so results.json and the figure stay small.
 */
export const MAX_SCATTER_POINTS = 500;

/** The pairs of a two-variable correlation as a scatter plot needs them. */
export interface ScatterPoints {
  /** Values of the first and second variable, pairs complete on both, in data order (or the sample). */
  x: number[];
  y: number[];
  /** Complete pairs in the data; more than `x.length` when the points are a sample. */
  n: number;
  sampled: boolean;
  /** Least-squares line of the second variable on the first, over every complete pair. */
  line: { intercept: number; slope: number } | null;
}

export type CorrelationAnalysis = AnalysisResult<
  'correlation',
  {
    test: CorrelationMethod;
    result: CorrelationOutput;
    sensitivity?: SpearmanSensitivity;
    /** Adjusted p of each pair, in the order of `result.pairs` (null where the pair failed). */
    adjusted?: { method: PAdjustMethod; p: (number | null)[] };
    /** With exactly two variables and a scatter plot to draw: its pairs (bounded by MAX_SCATTER_POINTS). */
    scatter?: ScatterPoints;
  }
>;

function scatterOf(x: (number | null)[], y: (number | null)[]): ScatterPoints {
  const xs: number[] = [];
  const ys: number[] = [];
  x.forEach((v, i) => {
    const w = y[i];
    if (v !== null && w !== null && w !== undefined && Number.isFinite(v) && Number.isFinite(w)) {
      xs.push(v);
      ys.push(w);
    }
  });
  const n = xs.length;
  const fit = n > 2 ? linearRegression(ys, [{ name: 'x', values: xs }]) : undefined;
  const line =
    fit && !isFailure(fit) && fit.coefficients.length === 2
      ? { intercept: fit.coefficients[0]!.b, slope: fit.coefficients[1]!.b }
      : null;
  if (n <= MAX_SCATTER_POINTS) return { x: xs, y: ys, n, sampled: false, line };
  const keep = Array.from({ length: MAX_SCATTER_POINTS }, (_, k) => Math.floor((k * n) / MAX_SCATTER_POINTS));
  return { x: keep.map((i) => xs[i]!), y: keep.map((i) => ys[i]!), n, sampled: true, line };
}

function adjustedOf(pairs: CorrelationPair[], method: PAdjustMethod): (number | null)[] {
  const ok = pairs.flatMap((p, i) => (isFailure(p) || p.coefficient === null ? [] : [i]));
  const adj = adjustPValues(
    ok.map((i) => {
      const p = pairs[i]!;
      return isFailure(p) ? 1 : p.p;
    }),
    method,
  );
  const out: (number | null)[] = pairs.map(() => null);
  ok.forEach((i, k) => {
    out[i] = adj[k]!;
  });
  return out;
}

function pairsOf(spec: CorrelationSpec, columns: (number | null)[][], method: CorrelationMethod): CorrelationPair[] {
  const out: CorrelationPair[] = [];
  for (let i = 0; i < columns.length; i++) {
    for (let j = i + 1; j < columns.length; j++) {
      const r = method === 'pearson' ? pearson(columns[i]!, columns[j]!) : spearman(columns[i]!, columns[j]!);
      const coefficient = isFailure(r) ? null : 'r' in r ? r.r : r.rho;
      out.push({ x: spec.variables[i]!, y: spec.variables[j]!, coefficient, ...r });
    }
  }
  return out;
}

function resultOf(spec: CorrelationSpec, columns: (number | null)[][], method: CorrelationMethod): CorrelationOutput {
  const pairs = pairsOf(spec, columns, method);
  return pairs.length === 1 ? { method, ...pairs[0]!, pairs } : { method, pairs };
}

export const correlationUnit: AnalysisUnit<CorrelationSpec, CorrelationAnalysis> = {
  type: 'correlation',
  schema: correlationSchema,
  variables: (s) => s.variables.map((name, i): VariableRef => ({ path: ['variables', i], name, role: 'numeric' })),
  run(spec, data, ctx) {
    const columns = spec.variables.map((v) => numeric(data, v).values);
    const checks = columns.map((c, i) => normalityCheck(c, ctx.alpha, spec.variables[i]!));
    const normal = checks.every((c) => c.passed);
    const failed = checks.flatMap((c) => (c.passed || c.target === undefined ? [] : [c.target]));
    let method: CorrelationMethod;
    let reason: Reason;
    if (spec.method) {
      method = spec.method;
      reason = { code: 'fixed-by-study', test: method };
    } else if (normal) {
      method = 'pearson';
      reason = { code: 'normality-not-rejected', check: 'shapiro-wilk' };
    } else {
      method = 'spearman';
      reason = {
        code: checks.some((c) => c.p === null) ? 'normality-untestable' : 'normality-rejected',
        check: 'shapiro-wilk',
        variables: failed,
      };
    }
    const result = resultOf(spec, columns, method);
    const out: CorrelationAnalysis = { type: 'correlation', test: method, checks, reason, result };
    if (spec.method === 'pearson' && !normal) {
      out.sensitivity = {
        test: 'spearman',
        reason: { code: 'assumption-failed', check: 'normality', variables: failed },
        result: resultOf(spec, columns, 'spearman'),
      };
    }
    if (spec.adjust && spec.adjust !== 'none' && result.pairs.length > 1)
      out.adjusted = { method: spec.adjust, p: adjustedOf(result.pairs, spec.adjust) };
    // Raw values enter results.json only for a figure that draws them.
    if (columns.length === 2 && spec.figure !== false && spec.figure !== 'matrix')
      out.scatter = scatterOf(columns[0]!, columns[1]!);
    const only = result.pairs.length === 1 ? result.pairs[0] : undefined;
    if (only && !isFailure(only) && only.coefficient !== null)
      out.decision = decide(only.p, only.coefficient, ctx.alpha, spec.hypothesis?.direction, 'association');
    return out;
  },
};
