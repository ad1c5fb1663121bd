/**
 * Paired comparison (before vs after): Shapiro–Wilk on the differences decides between
 * the paired t-test (normality not rejected) and the Wilcoxon signed-rank test. A study
 * may fix the test; the check still runs, and when it fails for the t-test the Wilcoxon
 * test is carried as a sensitivity analysis. With `by:`, the comparison runs within each
 * level of a group variable (e.g. intervention and control groups).
 */
import { Type } from '@sinclair/typebox';
import { descriptives } from '../../stats/descriptives.ts';
import { pairedT } from '../../stats/paired-t.ts';
import { isFailure } from '../../stats/types.ts';
import { wilcoxonSignedRank } from '../../stats/wilcoxon-signed-rank.ts';
import { LocalizedText } from '../../study/schema.ts';
import type { AnalysisSpec } from '../../study/types.ts';
import {
  categorical,
  decide,
  difference,
  normalityCheck,
  numeric,
  pick,
  splitRows,
  type Direction,
} from '../common.ts';
import { Hypothesis, unitSchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, Reason } from '../unit.ts';

export interface PairedComparisonSpec extends AnalysisSpec {
  before: string;
  after: string;
  by?: string;
  test?: 'paired-t' | 'wilcoxon-signed-rank';
  hypothesis?: { direction: Direction };
  labels?: { before?: unknown; after?: unknown; outcome?: unknown };
}

/** Below this many pairs a significance test says little; the build warns and the methods text says why. */
export const MIN_PAIRS_FOR_TEST = 5;

/** Adds r = |Z|/√n (Rosenthal; n = non-zero differences), the effect size reported with Z. */
function withEffectSize(
  r: ReturnType<typeof wilcoxonSignedRank>,
): ReturnType<typeof wilcoxonSignedRank> & { effectSizeR?: number | null } {
  if (isFailure(r)) return r;
  return { ...r, effectSizeR: r.nNonZero > 0 ? Math.abs(r.z) / Math.sqrt(r.nNonZero) : null };
}

/** Adds the degrees of freedom (n − 2) of the before–after correlation, reported as r(df). */
function withCorrelationDf(r: ReturnType<typeof pairedT>): ReturnType<typeof pairedT> & { correlationDf?: number } {
  if (isFailure(r) || r.correlation === null) return r;
  return { ...r, correlationDf: r.n - 2 };
}

type Outcome = Omit<AnalysisResult, 'type' | 'groups'>;

function testP(test: string, r: Record<string, unknown>): number | null {
  if (test === 'paired-t') return (r.p as number) ?? null;
  return (r.pExact as number | null) ?? (r.pAsymptotic as number | null) ?? null;
}

export function comparePairs(
  before: (number | null)[],
  after: (number | null)[],
  alpha: number,
  spec: Pick<PairedComparisonSpec, 'test' | 'hypothesis'>,
): Outcome {
  const d = difference(before, after);
  const check = normalityCheck(d, alpha, 'differences');
  const summary: Record<string, unknown> = {
    before: descriptives(before.map((x, i) => (d[i] === null ? null : x))),
    after: descriptives(after.map((x, i) => (d[i] === null ? null : x))),
  };
  const nPairs = d.filter((x) => x !== null).length;
  const warnings: Reason[] = [];
  if (nPairs < MIN_PAIRS_FOR_TEST) warnings.push({ code: 'small-n-test', n: nPairs, minimum: MIN_PAIRS_FOR_TEST });

  let test: 'paired-t' | 'wilcoxon-signed-rank';
  let reason: Reason;
  if (spec.test) {
    test = spec.test;
    reason = { code: 'fixed-by-study', test };
  } else if (check.passed) {
    test = 'paired-t';
    reason = { code: 'normality-not-rejected', check: check.test, p: check.p ?? null };
  } else {
    test = 'wilcoxon-signed-rank';
    reason =
      check.p === null
        ? { code: 'normality-untestable', check: check.test, note: check.note ?? null }
        : { code: 'normality-rejected', check: check.test, p: check.p };
  }
  const run = (t: typeof test) =>
    (t === 'paired-t'
      ? withCorrelationDf(pairedT(before, after))
      : withEffectSize(wilcoxonSignedRank(before, after))) as unknown as Record<string, unknown>;
  const result = run(test);
  const out: Outcome = { test, checks: [check], reason, result, summary };
  if (spec.test === 'paired-t' && !check.passed) {
    out.sensitivity = {
      test: 'wilcoxon-signed-rank',
      reason: { code: 'assumption-failed', check: 'normality' },
      result: run('wilcoxon-signed-rank'),
    };
  }
  if (!isFailure(result)) {
    const effect =
      test === 'paired-t' ? (result.meanDiff as number) : (result.v as number) - (result.sumNegativeRanks as number);
    out.decision = decide(testP(test, result), effect, alpha, spec.hypothesis?.direction, 'paired');
  }
  if (warnings.length) out.warnings = warnings;
  return out;
}

export const pairedComparisonUnit: AnalysisUnit<PairedComparisonSpec> = {
  type: 'paired-comparison',
  schema: unitSchema({
    before: VarName,
    after: VarName,
    by: Type.Optional(VarName),
    test: Type.Optional(
      Type.Union([Type.Literal('paired-t'), Type.Literal('wilcoxon-signed-rank')], {
        description: 'fix the test; the normality check still runs',
      }),
    ),
    hypothesis: Type.Optional(Hypothesis),
    labels: Type.Optional(
      Type.Object(
        {
          before: Type.Optional(LocalizedText),
          after: Type.Optional(LocalizedText),
          outcome: Type.Optional(LocalizedText),
        },
        {
          additionalProperties: false,
          description:
            'words for the two occasions and the outcome in sentences, e.g. before: { id: sebelum pelatihan, en: before the training }',
        },
      ),
    ),
  }),
  variables: (s) => [
    { path: ['before'], name: s.before, role: 'numeric' },
    { path: ['after'], name: s.after, role: 'numeric' },
    ...(s.by ? [{ path: ['by'], name: s.by, role: 'categorical' as const }] : []),
  ],
  run(spec, data, ctx) {
    const before = numeric(data, spec.before).values;
    const after = numeric(data, spec.after).values;
    if (!spec.by) return { type: 'paired-comparison', ...comparePairs(before, after, ctx.alpha, spec) };
    const groups = splitRows(categorical(data, spec.by)).map((g) => ({
      level: g.level,
      ...comparePairs(pick(before, g.rows), pick(after, g.rows), ctx.alpha, spec),
    }));
    const tests = [...new Set(groups.map((g) => g.test))];
    return {
      type: 'paired-comparison',
      test: tests.length === 1 ? tests[0]! : 'mixed',
      checks: groups.flatMap((g) => g.checks.map((c) => ({ ...c, target: `${g.level}: ${c.target}` }))),
      reason: { code: 'by-group', by: spec.by },
      result: { by: spec.by },
      groups,
      warnings: groups.flatMap((g) => g.warnings ?? []),
    };
  },
};
