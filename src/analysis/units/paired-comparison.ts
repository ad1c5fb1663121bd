/**
 * Paired comparison (before vs after): Shapiro–Wilk on the differences decides between
 * the paired t-test (normality not rejected) and the Wilcoxon signed-rank test. A study
 * may fix the test; the check still runs, and when it fails for the t-test the Wilcoxon
 * test is carried as a sensitivity analysis. With `by:`, the comparison runs within each
 * level of a group variable (e.g. intervention and control groups).
 */
import { type Static, Type } from '@sinclair/typebox';
import { descriptives, type DescriptivesResult } from '../../stats/descriptives.ts';
import { pairedT, type PairedTResult } from '../../stats/paired-t.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { wilcoxonSignedRank, type WilcoxonSignedRankResult } from '../../stats/wilcoxon-signed-rank.ts';
import { LocalizedText } from '../../study/schema.ts';
import { categorical, decide, difference, normalityCheck, numeric, pick, splitRows, optionalRef } from '../common.ts';
import { reportedP } from '../reported-p.ts';
import { entrySchema, Hypothesis, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, Reason, ResultEnvelope } from '../unit.ts';

export const pairedComparisonSchema = entrySchema('paired-comparison', {
  before: VarName,
  after: VarName,
  by: Type.Optional(
    Type.String({
      description:
        'a categorical variable: the comparison is run separately in each of its levels (e.g. intervention and control groups), one line per level in the figure',
    }),
  ),
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
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('means')], {
      description:
        'the figure: `means` (default) the means with their 95% CIs before and after, one line per level of `by`; `false` no figure',
    }),
  ),
});

export type PairedComparisonSpec = Static<typeof pairedComparisonSchema>;

/** Below this many pairs a significance test says little; the build warns and the methods text says why. */
export const MIN_PAIRS_FOR_TEST = 5;

/** The paired t-test with the degrees of freedom (n − 2) of the before–after correlation, reported as r(df). */
export type PairedTOutput = PairedTResult & { correlationDf?: number };

/** The Wilcoxon signed-rank test with r = |Z|/√n (Rosenthal; n = non-zero differences). */
export type WilcoxonOutput = WilcoxonSignedRankResult & { effectSizeR: number | null };

/** Before and after over the complete pairs. */
export interface PairedSummary {
  before: DescriptivesResult | StatFailure;
  after: DescriptivesResult | StatFailure;
}

export interface WilcoxonSensitivity {
  test: 'wilcoxon-signed-rank';
  reason: Reason;
  result: WilcoxonOutput | StatFailure;
}

/** One comparison of pairs: which test ran decides the type of `result`. */
export type PairedOutcome = ResultEnvelope & { summary: PairedSummary } & (
    | { test: 'paired-t'; result: PairedTOutput | StatFailure; sensitivity?: WilcoxonSensitivity }
    | { test: 'wilcoxon-signed-rank'; result: WilcoxonOutput | StatFailure }
  );

/** A comparison within each level of `by:`: one outcome per group. */
export interface PairedByGroup {
  test: 'paired-t' | 'wilcoxon-signed-rank' | 'mixed';
  result: { by: string };
  groups: ({ level: string } & PairedOutcome)[];
}

export type PairedComparisonAnalysis =
  | ({ type: 'paired-comparison' } & PairedOutcome)
  | AnalysisResult<'paired-comparison', PairedByGroup>;

function withEffectSize(r: WilcoxonSignedRankResult | StatFailure): WilcoxonOutput | StatFailure {
  if (isFailure(r)) return r;
  return { ...r, effectSizeR: r.nNonZero > 0 ? Math.abs(r.z) / Math.sqrt(r.nNonZero) : null };
}

function withCorrelationDf(r: PairedTResult | StatFailure): PairedTOutput | StatFailure {
  if (isFailure(r) || r.correlation === null) return r;
  return { ...r, correlationDf: r.n - 2 };
}

/** The p the comparison reports, or null when the test could not run. */
export function pairedP(o: PairedOutcome): number | null {
  if (isFailure(o.result)) return null;
  return o.test === 'paired-t' ? o.result.p : reportedP(o.result);
}

export function comparePairs(
  before: (number | null)[],
  after: (number | null)[],
  alpha: number,
  spec: Pick<PairedComparisonSpec, 'test' | 'hypothesis'>,
): PairedOutcome {
  const d = difference(before, after);
  const check = normalityCheck(d, alpha, 'differences');
  const summary: PairedSummary = {
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
  const direction = spec.hypothesis?.direction;
  let out: PairedOutcome;
  if (test === 'paired-t') {
    const result = withCorrelationDf(pairedT(before, after));
    const t: PairedOutcome = { test, checks: [check], reason, result, summary };
    if (spec.test === 'paired-t' && !check.passed) {
      t.sensitivity = {
        test: 'wilcoxon-signed-rank',
        reason: { code: 'assumption-failed', check: 'normality' },
        result: withEffectSize(wilcoxonSignedRank(before, after)),
      };
    }
    if (!isFailure(result)) t.decision = decide(result.p, result.meanDiff, alpha, direction, 'paired');
    out = t;
  } else {
    const result = withEffectSize(wilcoxonSignedRank(before, after));
    out = { test, checks: [check], reason, result, summary };
    if (!isFailure(result))
      out.decision = decide(reportedP(result), result.v - result.sumNegativeRanks, alpha, direction, 'paired');
  }
  if (warnings.length) out.warnings = warnings;
  return out;
}

export const pairedComparisonUnit: AnalysisUnit<PairedComparisonSpec, PairedComparisonAnalysis> = {
  type: 'paired-comparison',
  schema: pairedComparisonSchema,
  variables: (s) => [
    { path: ['before'], name: s.before, role: 'numeric' },
    { path: ['after'], name: s.after, role: 'numeric' },
    ...optionalRef(['by'], s.by, 'categorical'),
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
