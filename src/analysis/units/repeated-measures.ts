/**
 * One-way repeated-measures comparison of k ≥ 2 measurements of the same people: wide
 * columns, or an instrument's score at several times (each time's score is a variable).
 * Listwise: only people measured at every time count. Checks: Shapiro–Wilk on each
 * measurement; normality not rejected at any time → repeated-measures ANOVA, else the
 * Friedman test with Kendall's W (as paired-comparison chooses between t and Wilcoxon).
 * For the ANOVA, Mauchly's test decides the sphericity correction: not rejected → the
 * uncorrected F; rejected with Greenhouse–Geisser ε > .75 → Huynh–Feldt (GG is then too
 * conservative), else Greenhouse–Geisser (Girden's rule, as Field recommends). Pairwise
 * comparisons are Bonferroni-adjusted paired t-tests (SPSS's EMMEANS … ADJ(BONFERRONI)).
 */
import { type Static, Type } from '@sinclair/typebox';
import { descriptives, type DescriptivesResult } from '../../stats/descriptives.ts';
import { friedman, type FriedmanResult } from '../../stats/friedman.ts';
import { completeCases } from '../../stats/missing.ts';
import { repeatedAnova, type RepeatedAnovaResult } from '../../stats/repeated-anova.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { LocalizedText } from '../../study/schema.ts';
import { analysisError, normalityCheck, numeric } from '../common.ts';
import { entrySchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, AssumptionCheck, Reason } from '../unit.ts';

export const repeatedMeasuresSchema = entrySchema('repeated-measures', {
  variables: Type.Array(VarName, {
    minItems: 1,
    description:
      'the measurements in time order, at least two: wide columns (e.g. [pss_bulan0, pss_bulan1, pss_bulan3]) or the scores of one instrument used at several times',
  }),
  test: Type.Optional(
    Type.Union([Type.Literal('repeated-anova'), Type.Literal('friedman')], {
      description: 'fix the test; the normality checks still run',
    }),
  ),
  labels: Type.Optional(
    Type.Object(
      { outcome: Type.Optional(LocalizedText) },
      { additionalProperties: false, description: 'words for the outcome in sentences' },
    ),
  ),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('means')], {
      description: 'the figure: `means` (default) the means with their 95% CIs at each measurement; `false` no figure',
    }),
  ),
});

export type RepeatedMeasuresSpec = Static<typeof repeatedMeasuresSchema>;

/** Above this Greenhouse–Geisser ε the Huynh–Feldt correction is used (Girden, 1992). */
export const HF_ABOVE_EPSILON = 0.75;

/** The F that is read: uncorrected when sphericity holds, else corrected by the ε chosen. */
export interface ReportedRepeatedF {
  correction: 'none' | 'greenhouse-geisser' | 'huynh-feldt';
  epsilon: number | null;
  f: number;
  df1: number;
  df2: number;
  p: number;
}

export type RepeatedAnovaOutput = RepeatedAnovaResult & { reported: ReportedRepeatedF };

/** Each measurement over the complete cases: the means with 95% CIs the figure draws. */
export interface RepeatedSummary {
  times: { variable: string; value: DescriptivesResult | StatFailure }[];
}

export type RepeatedMeasuresAnalysis = AnalysisResult<
  'repeated-measures',
  { summary: RepeatedSummary } & (
    | { test: 'repeated-anova'; result: RepeatedAnovaOutput | StatFailure }
    | { test: 'friedman'; result: FriedmanResult | StatFailure }
  )
>;

function corrected(r: RepeatedAnovaResult, alpha: number): { reported: ReportedRepeatedF; reason: Reason } {
  const base = { f: r.f };
  if (r.mauchlyP === null || r.mauchlyP >= alpha)
    return {
      reported: { correction: 'none', epsilon: null, ...base, df1: r.df1, df2: r.df2, p: r.p },
      reason: { code: 'sphericity-not-rejected', mauchlyP: r.mauchlyP },
    };
  if (r.ggEpsilon > HF_ABOVE_EPSILON)
    return {
      reported: { correction: 'huynh-feldt', epsilon: r.hfEpsilon, ...base, ...r.hf },
      reason: { code: 'sphericity-rejected', mauchlyP: r.mauchlyP, ggEpsilon: r.ggEpsilon, correction: 'huynh-feldt' },
    };
  return {
    reported: { correction: 'greenhouse-geisser', epsilon: r.ggEpsilon, ...base, ...r.gg },
    reason: {
      code: 'sphericity-rejected',
      mauchlyP: r.mauchlyP,
      ggEpsilon: r.ggEpsilon,
      correction: 'greenhouse-geisser',
    },
  };
}

export const repeatedMeasuresUnit: AnalysisUnit<RepeatedMeasuresSpec, RepeatedMeasuresAnalysis> = {
  type: 'repeated-measures',
  schema: repeatedMeasuresSchema,
  variables: (s) => s.variables.map((v, i) => ({ path: ['variables', i], name: v, role: 'numeric' as const })),
  run(spec, data, ctx) {
    if (spec.variables.length < 2)
      throw analysisError(
        ctx.study,
        spec,
        ['variables'],
        'too-few-measurements',
        `repeated-measures needs at least two measurements; "variables" names only "${spec.variables[0] ?? ''}"`,
        'List the columns of every time point in order, e.g. variables: [skor_t0, skor_t1, skor_t2].',
      );
    const dup = spec.variables.find((v, i) => spec.variables.indexOf(v) !== i);
    if (dup !== undefined)
      throw analysisError(
        ctx.study,
        spec,
        ['variables', spec.variables.lastIndexOf(dup)],
        'duplicate-measurement',
        `"${dup}" is listed twice among the measurements`,
        'Each time point is a different column.',
      );
    const columns = spec.variables.map((v) => ({ name: v, values: numeric(data, v).values }));
    const { rows } = completeCases(columns.map((c) => c.values));
    const complete = columns.map((c) => Array.from(rows, (r) => c.values[r] ?? null));
    const normality: AssumptionCheck[] = complete.map((x, i) => normalityCheck(x, ctx.alpha, spec.variables[i] ?? ''));
    const normal = normality.every((c) => c.passed);
    const failed = normality.flatMap((c) => (c.passed || c.target === undefined ? [] : [c.target]));
    const summary: RepeatedSummary = {
      times: complete.map((x, i) => ({ variable: spec.variables[i] ?? '', value: descriptives(x) })),
    };
    let test: 'repeated-anova' | 'friedman';
    let reason: Reason;
    if (spec.test) {
      test = spec.test;
      reason = { code: 'fixed-by-study', test };
    } else if (normal) {
      test = 'repeated-anova';
      reason = { code: 'normality-not-rejected', check: 'shapiro-wilk' };
    } else {
      test = 'friedman';
      reason = {
        code: normality.some((c) => c.p === null) ? 'normality-untestable' : 'normality-rejected',
        check: 'shapiro-wilk',
        groups: failed,
      };
    }
    if (test === 'friedman') {
      const result = friedman(columns);
      const out: RepeatedMeasuresAnalysis = {
        type: 'repeated-measures',
        test,
        checks: normality,
        reason,
        result,
        summary,
      };
      if (!isFailure(result)) out.decision = { significant: result.p < ctx.alpha, direction: 'none', p: result.p };
      return out;
    }
    const r = repeatedAnova(columns);
    if (isFailure(r)) return { type: 'repeated-measures', test, checks: normality, reason, result: r, summary };
    const c = corrected(r, ctx.alpha);
    const sphericity: AssumptionCheck = {
      check: 'sphericity',
      test: 'mauchly',
      passed: r.mauchlyP === null || r.mauchlyP >= ctx.alpha,
      statistic: r.mauchlyW,
      p: r.mauchlyP,
      ...(r.mauchlyP === null ? { note: 'two-levels' } : {}),
    };
    const result: RepeatedAnovaOutput = { ...r, reported: c.reported };
    return {
      type: 'repeated-measures',
      test,
      checks: [...normality, sphericity],
      reason: { ...reason, sphericity: c.reason },
      result,
      summary,
      decision: { significant: c.reported.p < ctx.alpha, direction: 'none', p: c.reported.p },
    };
  },
};
