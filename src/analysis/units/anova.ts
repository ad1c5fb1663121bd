/**
 * One-way comparison of two or more independent groups. Checks: Shapiro–Wilk within each
 * group and Levene's test centred on the mean. Automatic choice: normality not rejected in
 * any group → one-way ANOVA (the classic F when Levene's test does not reject equal
 * variances, Welch's F otherwise); else the Kruskal–Wallis test. A study may fix the test;
 * a fixed ANOVA with a failed normality check carries Kruskal–Wallis as sensitivity.
 * Effect sizes: η² for the F tests, ε² = H/(N − 1) for Kruskal–Wallis.
 */
import { Type } from '@sinclair/typebox';
import { anovaOneway } from '../../stats/anova-oneway.ts';
import { descriptives } from '../../stats/descriptives.ts';
import { kruskalWallis } from '../../stats/kruskal-wallis.ts';
import { isFailure } from '../../stats/types.ts';
import { LocalizedText } from '../../study/schema.ts';
import type { AnalysisSpec } from '../../study/types.ts';
import { analysisError, categorical, levelCodes, normalityCheck, numeric, pick, splitRows } from '../common.ts';
import { unitSchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, AssumptionCheck, Decision, Reason } from '../unit.ts';

export type AnovaTest = 'anova-oneway' | 'kruskal-wallis';

export interface AnovaSpec extends AnalysisSpec {
  value: string;
  group: string;
  test?: AnovaTest;
  labels?: { outcome?: unknown };
}

function anovaResult(
  values: (number | null)[],
  groups: (string | null)[],
  levels: string[],
  variant: 'classic' | 'welch',
): Record<string, unknown> {
  const r = anovaOneway(values, groups, { levels });
  if (isFailure(r)) return r as unknown as Record<string, unknown>;
  // The F read: Welch's when equal variances are rejected (and Welch's F is defined).
  const read =
    variant === 'welch' && r.welch
      ? { variant: 'welch', f: r.welch.f, df1: r.welch.df1, df2: r.welch.df2, p: r.welch.p }
      : { variant: 'classic', f: r.f, df1: r.df1, df2: r.df2, p: r.p };
  return { ...r, reported: read };
}

function kwResult(values: (number | null)[], groups: (string | null)[], levels: string[]): Record<string, unknown> {
  const r = kruskalWallis(values, groups, { levels });
  if (isFailure(r)) return r as unknown as Record<string, unknown>;
  return { ...r, epsilonSquared: r.n > 1 ? r.h / (r.n - 1) : null };
}

function pOf(test: AnovaTest, r: Record<string, unknown>): number | null {
  if (isFailure(r)) return null;
  return test === 'anova-oneway' ? ((r.reported as { p: number }).p ?? null) : ((r.p as number) ?? null);
}

export const anovaUnit: AnalysisUnit<AnovaSpec> = {
  type: 'anova',
  schema: unitSchema({
    value: VarName,
    group: VarName,
    test: Type.Optional(
      Type.Union([Type.Literal('anova-oneway'), Type.Literal('kruskal-wallis')], {
        description: 'fix the test; the assumption checks still run',
      }),
    ),
    labels: Type.Optional(
      Type.Object(
        { outcome: Type.Optional(LocalizedText) },
        { additionalProperties: false, description: 'words for the outcome in sentences' },
      ),
    ),
  }),
  variables: (s) => [
    { path: ['value'], name: s.value, role: 'numeric' },
    { path: ['group'], name: s.group, role: 'categorical' },
  ],
  run(spec, data, ctx) {
    const gv = categorical(data, spec.group);
    const values = numeric(data, spec.value).values;
    const split = splitRows(gv).filter((g) => g.rows.some((r) => values[r] !== null));
    if (split.length < 2) {
      throw analysisError(
        ctx.study,
        spec,
        ['group'],
        'group-levels',
        `"${spec.group}" has ${split.length} level${split.length === 1 ? '' : 's'} with data; a comparison of groups needs at least two`,
        'Group by a variable with two or more levels.',
      );
    }
    const levels = levelCodes(gv);
    const normality = split.map((g) => normalityCheck(pick(values, g.rows), ctx.alpha, g.level));
    const probe = anovaOneway(values, gv.values, { levels });
    const lev = isFailure(probe) ? null : probe.levene;
    const leveneCheck: AssumptionCheck = lev
      ? {
          check: 'homogeneity',
          test: 'levene',
          target: spec.value,
          passed: lev.p >= ctx.alpha,
          statistic: lev.f,
          p: lev.p,
        }
      : {
          check: 'homogeneity',
          test: 'levene',
          target: spec.value,
          passed: true,
          statistic: null,
          p: null,
          note: 'undefined',
        };
    const normal = normality.every((c) => c.passed);
    const failed = normality.filter((c) => !c.passed).map((c) => c.target!);
    const variant = leveneCheck.passed ? 'classic' : 'welch';

    let test: AnovaTest;
    let reason: Reason;
    if (spec.test) {
      test = spec.test;
      reason = { code: 'fixed-by-study', test, ...(test === 'anova-oneway' ? { variant } : {}) };
    } else if (normal) {
      test = 'anova-oneway';
      reason = { code: 'normality-not-rejected', check: 'shapiro-wilk', variant, leveneP: lev?.p ?? null };
    } else {
      test = 'kruskal-wallis';
      reason = {
        code: normality.some((c) => c.p === null) ? 'normality-untestable' : 'normality-rejected',
        check: 'shapiro-wilk',
        groups: failed,
      };
    }
    const result =
      test === 'anova-oneway' ? anovaResult(values, gv.values, levels, variant) : kwResult(values, gv.values, levels);
    const out: AnalysisResult = {
      type: 'anova',
      test,
      checks: [...normality, leveneCheck],
      reason,
      result,
      summary: {
        groups: splitRows(gv).map((g) => ({ level: g.level, value: descriptives(pick(values, g.rows)) })),
        levene: lev,
      },
    };
    if (spec.test === 'anova-oneway' && !normal) {
      out.sensitivity = {
        test: 'kruskal-wallis',
        reason: { code: 'assumption-failed', check: 'normality', groups: failed },
        result: kwResult(values, gv.values, levels),
      };
    }
    const p = pOf(test, result);
    // k groups have no single direction: the decision only records whether they differ.
    if (p !== null) out.decision = { significant: p < ctx.alpha, direction: 'none', p } satisfies Decision;
    return out;
  },
};
