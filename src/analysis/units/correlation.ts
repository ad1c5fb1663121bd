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

export type CorrelationAnalysis = AnalysisResult<
  'correlation',
  {
    test: CorrelationMethod;
    result: CorrelationOutput;
    sensitivity?: SpearmanSensitivity;
    /** Adjusted p of each pair, in the order of `result.pairs` (null where the pair failed). */
    adjusted?: { method: PAdjustMethod; p: (number | null)[] };
  }
>;

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
    const only = result.pairs.length === 1 ? result.pairs[0] : undefined;
    if (only && !isFailure(only) && only.coefficient !== null)
      out.decision = decide(only.p, only.coefficient, ctx.alpha, spec.hypothesis?.direction, 'association');
    return out;
  },
};
