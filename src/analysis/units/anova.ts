/**
 * One-way comparison of two or more independent groups. Checks: Shapiro–Wilk within each
 * group and Levene's test centred on the mean. Automatic choice: normality not rejected in
 * any group → one-way ANOVA (the classic F when Levene's test does not reject equal
 * variances, Welch's F otherwise); else the Kruskal–Wallis test. A study may fix the test;
 * a fixed ANOVA with a failed normality check carries Kruskal–Wallis as sensitivity.
 * Effect sizes: η² for the F tests, ε² = H/(N − 1) for Kruskal–Wallis.
 * Post-hoc comparisons (`posthoc:`): after an F test Tukey's HSD (Kramer's standard error
 * for unequal n) or Games–Howell, `auto` choosing Games–Howell when Levene's test rejects
 * equal variances; after Kruskal–Wallis always Dunn's test with Holm's adjustment, the
 * rank-based counterpart. Left out, no post-hoc test runs (the text says so).
 */
import { type Static, Type } from '@sinclair/typebox';
import { anovaOneway, type AnovaOnewayResult } from '../../stats/anova-oneway.ts';
import { descriptives, type DescriptivesResult } from '../../stats/descriptives.ts';
import { dunn, type DunnResult } from '../../stats/dunn.ts';
import { gamesHowell, type GamesHowellResult } from '../../stats/games-howell.ts';
import { tukeyHsd, type TukeyHsdResult } from '../../stats/tukey-hsd.ts';
import { kruskalWallis, type KruskalWallisResult } from '../../stats/kruskal-wallis.ts';
import type { FTest } from '../../stats/oneway.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { LocalizedText } from '../../study/schema.ts';
import {
  analysisError,
  categorical,
  homogeneityCheck,
  levelCodes,
  normalityCheck,
  numeric,
  pick,
  splitRows,
} from '../common.ts';
import { entrySchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, AssumptionCheck, Decision, Reason } from '../unit.ts';

export type AnovaTest = 'anova-oneway' | 'kruskal-wallis';

export const anovaSchema = entrySchema('anova', {
  value: VarName,
  group: VarName,
  test: Type.Optional(
    Type.Union([Type.Literal('anova-oneway'), Type.Literal('kruskal-wallis')], {
      description: 'fix the test; the assumption checks still run',
    }),
  ),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('box'), Type.Literal('means')], {
      description:
        'the figure: `box` (default) a box per group — quartiles, median, minimum and maximum — with the mean and its 95% CI beside it; `means` the means with 95% CIs only; `false` no figure',
    }),
  ),
  posthoc: Type.Optional(
    Type.Union([Type.Literal('auto'), Type.Literal('tukey'), Type.Literal('games-howell'), Type.Literal('none')], {
      description:
        "pairwise post-hoc comparisons: tukey (Tukey's HSD, Tukey–Kramer for unequal n), games-howell (unequal variances), auto (Games–Howell when Levene's test rejects equal variances, Tukey otherwise), none (the default); after a Kruskal–Wallis test Dunn's test with Holm's adjustment is used",
    }),
  ),
  labels: Type.Optional(
    Type.Object(
      { outcome: Type.Optional(LocalizedText) },
      { additionalProperties: false, description: 'words for the outcome in sentences' },
    ),
  ),
});

export type AnovaSpec = Static<typeof anovaSchema>;

/** The F that is read: Welch's when equal variances are rejected (and Welch's F is defined). */
export interface ReportedF {
  variant: 'classic' | 'welch';
  f: number;
  df1: number;
  df2: number;
  p: number;
}

export type AnovaOutput = AnovaOnewayResult & { reported: ReportedF };

/** Kruskal–Wallis with ε² = H/(N − 1). */
export type KruskalWallisOutput = KruskalWallisResult & { epsilonSquared: number | null };

export interface AnovaSummary {
  groups: { level: string; value: DescriptivesResult | StatFailure }[];
  levene: FTest | null;
}

export interface KruskalWallisSensitivity {
  test: 'kruskal-wallis';
  reason: Reason;
  result: KruskalWallisOutput | StatFailure;
}

/** The post-hoc comparisons that ran, and why this method was chosen. */
export type AnovaPostHoc = { reason: Reason } & (
  | { method: 'tukey-hsd'; result: TukeyHsdResult | StatFailure }
  | { method: 'games-howell'; result: GamesHowellResult | StatFailure }
  | { method: 'dunn'; result: DunnResult | StatFailure }
);

export type AnovaAnalysis = AnalysisResult<
  'anova',
  { summary: AnovaSummary; posthoc?: AnovaPostHoc } & (
    | { test: 'anova-oneway'; result: AnovaOutput | StatFailure; sensitivity?: KruskalWallisSensitivity }
    | { test: 'kruskal-wallis'; result: KruskalWallisOutput | StatFailure }
  )
>;

function anovaResult(
  values: (number | null)[],
  groups: (string | null)[],
  levels: string[],
  variant: 'classic' | 'welch',
): AnovaOutput | StatFailure {
  const r = anovaOneway(values, groups, { levels });
  if (isFailure(r)) return r;
  const read: ReportedF =
    variant === 'welch' && r.welch
      ? { variant: 'welch', f: r.welch.f, df1: r.welch.df1, df2: r.welch.df2, p: r.welch.p }
      : { variant: 'classic', f: r.f, df1: r.df1, df2: r.df2, p: r.p };
  return { ...r, reported: read };
}

function kwResult(
  values: (number | null)[],
  groups: (string | null)[],
  levels: string[],
): KruskalWallisOutput | StatFailure {
  const r = kruskalWallis(values, groups, { levels });
  if (isFailure(r)) return r;
  return { ...r, epsilonSquared: r.n > 1 ? r.h / (r.n - 1) : null };
}

function postHocOf(
  spec: AnovaSpec,
  test: AnovaTest,
  values: (number | null)[],
  groups: (string | null)[],
  levels: string[],
  levene: AssumptionCheck,
): AnovaPostHoc | undefined {
  const asked = spec.posthoc ?? 'none';
  if (asked === 'none') return undefined;
  if (test === 'kruskal-wallis')
    return {
      method: 'dunn',
      reason: { code: 'after-kruskal-wallis', adjust: 'holm' },
      result: dunn(values, groups, { levels }),
    };
  const method = asked === 'auto' ? (levene.passed ? 'tukey' : 'games-howell') : asked;
  const reason: Reason =
    asked === 'auto'
      ? { code: levene.passed ? 'equal-variances-not-rejected' : 'equal-variances-rejected', leveneP: levene.p }
      : { code: 'fixed-by-study', posthoc: asked };
  return method === 'tukey'
    ? { method: 'tukey-hsd', reason, result: tukeyHsd(values, groups, { levels }) }
    : { method: 'games-howell', reason, result: gamesHowell(values, groups, { levels }) };
}

export const anovaUnit: AnalysisUnit<AnovaSpec, AnovaAnalysis> = {
  type: 'anova',
  schema: anovaSchema,
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
    const leveneCheck = homogeneityCheck(lev, ctx.alpha, spec.value);
    const normal = normality.every((c) => c.passed);
    const failed = normality.flatMap((c) => (c.passed || c.target === undefined ? [] : [c.target]));
    const variant: 'classic' | 'welch' = leveneCheck.passed ? 'classic' : 'welch';

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
    const summary: AnovaSummary = {
      groups: splitRows(gv).map((g) => ({ level: g.level, value: descriptives(pick(values, g.rows)) })),
      levene: lev,
    };
    const checks = [...normality, leveneCheck];
    let out: AnovaAnalysis;
    let p: number | null = null;
    if (test === 'anova-oneway') {
      const result = anovaResult(values, gv.values, levels, variant);
      const a: AnovaAnalysis = { type: 'anova', test, checks, reason, result, summary };
      if (spec.test === 'anova-oneway' && !normal) {
        a.sensitivity = {
          test: 'kruskal-wallis',
          reason: { code: 'assumption-failed', check: 'normality', groups: failed },
          result: kwResult(values, gv.values, levels),
        };
      }
      if (!isFailure(result)) p = result.reported.p;
      out = a;
    } else {
      const result = kwResult(values, gv.values, levels);
      out = { type: 'anova', test, checks, reason, result, summary };
      if (!isFailure(result)) p = result.p;
    }
    const posthoc = postHocOf(spec, test, values, gv.values, levels, leveneCheck);
    if (posthoc) out.posthoc = posthoc;
    // k groups have no single direction: the decision only records whether they differ.
    if (p !== null) out.decision = { significant: p < ctx.alpha, direction: 'none', p } satisfies Decision;
    return out;
  },
};
