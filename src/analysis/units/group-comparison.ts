/**
 * Two independent groups compared on a score (`value`) or on a change score
 * (`change: { before, after }`, change = after − before). Assumption checks: Shapiro–Wilk
 * within each group and Levene's test centred on the mean. Automatic choice: normality not
 * rejected in either group → independent-samples t-test (Student when Levene's test does
 * not reject equal variances, Welch otherwise); else the Mann–Whitney U test. A study may
 * fix the test: with `independent-t` both Student and Welch are kept (Levene decides which
 * is read) and, when a normality check fails, Mann–Whitney is carried as sensitivity.
 */
import { type Static, Type } from '@sinclair/typebox';
import { descriptives, type DescriptivesResult } from '../../stats/descriptives.ts';
import { independentT, type IndependentTResult } from '../../stats/independent-t.ts';
import { mannWhitney, type MannWhitneyResult } from '../../stats/mann-whitney.ts';
import { leveneTest, type FTest } from '../../stats/oneway.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { LocalizedText } from '../../study/schema.ts';
import type { Study } from '../../study/types.ts';
import {
  analysisError,
  categorical,
  decide,
  difference,
  homogeneityCheck,
  levelCodes,
  normalityCheck,
  numeric,
  pick,
  splitRows,
  optionalRef,
} from '../common.ts';
import { reportedP, reportedPMethod } from '../reported-p.ts';
import { entrySchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, Reason } from '../unit.ts';

export type GroupTest = 'independent-t' | 'mann-whitney';

export const groupComparisonSchema = entrySchema('group-comparison', {
  value: Type.Optional(VarName),
  change: Type.Optional(
    Type.Object(
      { before: VarName, after: VarName },
      {
        additionalProperties: false,
        description: 'compare the change score after − before instead of a single score',
      },
    ),
  ),
  group: VarName,
  baseline: Type.Optional(
    Type.Boolean({
      description:
        'a check that the groups were comparable before the intervention: reported in the results and abstract, not as a conclusion',
    }),
  ),
  test: Type.Optional(
    Type.Union([Type.Literal('independent-t'), Type.Literal('mann-whitney')], {
      description: 'fix the test; the assumption checks still run',
    }),
  ),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('box'), Type.Literal('means')], {
      description:
        'the figure: `box` (default) a box per group — quartiles, median, minimum and maximum — with the mean and its 95% CI beside it; `means` the means with 95% CIs only; `false` no figure',
    }),
  ),
  hypothesis: Type.Optional(
    Type.Object(
      {
        direction: Type.Optional(
          Type.Union([Type.Literal('increase'), Type.Literal('decrease'), Type.Literal('difference')], {
            description:
              'for two groups: `increase` expects the FIRST level of `group` (in the order of its `levels:`) to be higher, `decrease` the SECOND level to be higher, `difference` either; prefer `higher:`, which names the group',
          }),
        ),
        higher: Type.Optional(
          Type.String({
            description: 'the level code of the group expected to be higher, e.g. `higher: MALE`',
          }),
        ),
      },
      {
        additionalProperties: false,
        description:
          'expected direction; shapes the wording of conclusions only (p stays two-sided). A significant result in the other direction is concluded "contrary to the hypothesis" and the build warns',
      },
    ),
  ),
  labels: Type.Optional(
    Type.Object(
      { outcome: Type.Optional(LocalizedText) },
      {
        additionalProperties: false,
        description:
          'words for the outcome in sentences, e.g. outcome: { id: skor stres sesudah intervensi, en: the stress score after the intervention }',
      },
    ),
  ),
});

export type GroupComparisonSpec = Static<typeof groupComparisonSchema>;

/** Per-group descriptives of what was compared (and of before/after for a change score). */
export interface GroupSummaryEntry {
  level: string;
  value: DescriptivesResult | StatFailure;
  before?: DescriptivesResult | StatFailure;
  after?: DescriptivesResult | StatFailure;
}

export interface GroupComparisonSummary {
  outcome: 'value' | 'change';
  groups: GroupSummaryEntry[];
  /** Levene's test centred on the mean, with its degrees of freedom (null when undefined). */
  levene: FTest | null;
}

/** The t-test result as stored: the oracle fields plus the variant read and its numbers. */
export type TTestOutput = IndependentTResult & {
  variant: 'student' | 'welch';
  t: number;
  df: number;
  p: number;
  meanDiff: number;
  seDiff: number;
  ciLower: number;
  ciUpper: number;
};

/** Mann–Whitney with the p read (see reportedP), how it was computed, and r = |Z|/√N. */
export type MannWhitneyOutput = MannWhitneyResult & {
  n: number;
  p: number;
  pMethod: 'exact' | 'asymptotic';
  effectSizeR: number;
};

export interface MannWhitneySensitivity {
  test: 'mann-whitney';
  reason: Reason;
  result: MannWhitneyOutput | StatFailure;
}

export type GroupComparisonAnalysis = AnalysisResult<
  'group-comparison',
  { summary: GroupComparisonSummary } & (
    | { test: 'independent-t'; result: TTestOutput | StatFailure; sensitivity?: MannWhitneySensitivity }
    | { test: 'mann-whitney'; result: MannWhitneyOutput | StatFailure }
  )
>;

function tResult(
  values: (number | null)[],
  groups: (string | null)[],
  levels: string[],
  variant: 'student' | 'welch',
): TTestOutput | StatFailure {
  const r = independentT(values, groups, { levels });
  if (isFailure(r)) return r;
  const v = variant === 'student' ? r.student : r.welch;
  return {
    ...r,
    variant,
    t: v.t,
    df: v.df,
    p: v.p,
    meanDiff: r.student.meanDiff,
    seDiff: v.seDiff,
    ciLower: v.ciLower,
    ciUpper: v.ciUpper,
  };
}

function mwResult(
  values: (number | null)[],
  groups: (string | null)[],
  levels: string[],
): MannWhitneyOutput | StatFailure {
  const r = mannWhitney(values, groups, { levels });
  if (isFailure(r)) return r;
  const n = r.n1 + r.n2;
  return {
    ...r,
    n,
    p: reportedP(r),
    pMethod: reportedPMethod(r),
    effectSizeR: Math.abs(r.z) / Math.sqrt(n),
  };
}

/**
 * The expected direction of the effect (> 0 when the first group is higher): `higher:`
 * names the group, `direction: increase` means the first level is higher, `decrease` the
 * second. Both at once must agree.
 */
function expectedDirection(
  spec: GroupComparisonSpec,
  levels: string[],
  study: Study,
): 'increase' | 'decrease' | 'difference' | undefined {
  const h = spec.hypothesis;
  if (h?.higher === undefined) return h?.direction;
  const index = levels.indexOf(h.higher);
  if (index < 0)
    throw analysisError(
      study,
      spec,
      ['hypothesis', 'higher'],
      'hypothesis-level',
      `hypothesis: higher: "${h.higher}" is not a level of "${spec.group}" (${levels.join(', ')})`,
      'Name the code of the group expected to be higher.',
    );
  const fromHigher = index === 0 ? 'increase' : 'decrease';
  if (h.direction !== undefined && h.direction !== 'difference' && h.direction !== fromHigher)
    throw analysisError(
      study,
      spec,
      ['hypothesis'],
      'hypothesis-conflict',
      `hypothesis: direction: ${h.direction} expects the ${h.direction === 'increase' ? 'first' : 'second'} level (${levels[h.direction === 'increase' ? 0 : 1]}) to be higher, but higher: names "${h.higher}"`,
      'Keep `higher:` alone: it names the group expected to be higher.',
    );
  return fromHigher;
}

export const groupComparisonUnit: AnalysisUnit<GroupComparisonSpec, GroupComparisonAnalysis> = {
  type: 'group-comparison',
  schema: groupComparisonSchema,
  variables: (s) => [
    ...optionalRef(['value'], s.value, 'numeric'),
    ...optionalRef(['change', 'before'], s.change?.before, 'numeric'),
    ...optionalRef(['change', 'after'], s.change?.after, 'numeric'),
    { path: ['group'], name: s.group, role: 'binary' },
  ],
  run(spec, data, ctx) {
    if (Boolean(spec.value) === Boolean(spec.change)) {
      throw analysisError(
        ctx.study,
        spec,
        [],
        'group-comparison-outcome',
        spec.value ? 'both `value` and `change` are given' : 'neither `value` nor `change` is given',
        'Give either `value: <score>` or `change: { before: <score>, after: <score> }`.',
      );
    }
    const gv = categorical(data, spec.group);
    const levels = levelCodes(gv);
    if (levels.length !== 2) {
      throw analysisError(
        ctx.study,
        spec,
        ['group'],
        'group-levels',
        `"${spec.group}" has ${levels.length} level${levels.length === 1 ? '' : 's'} (${gv.levels.map((l) => (l.label.en !== l.code ? `${l.code} "${l.label.en}"` : l.code)).join(', ')}), but a group comparison needs exactly two`,
        levels.length > 2
          ? 'Use `type: anova` to compare three or more groups, or group by a variable with two levels.'
          : 'Group by a variable with two levels.',
      );
    }
    const before = spec.change ? numeric(data, spec.change.before).values : undefined;
    const after = spec.change ? numeric(data, spec.change.after).values : undefined;
    const values = spec.change ? difference(after!, before!) : numeric(data, spec.value!).values;
    const groups = gv.values;
    const split = splitRows(gv);
    const target = spec.value ?? 'change';

    const normality = split.map((g) => normalityCheck(pick(values, g.rows), ctx.alpha, g.level));
    const levene = leveneTest(
      split.map((g) => Float64Array.from(pick(values, g.rows).filter((x): x is number => x !== null))),
      'mean',
    );
    const leveneCheck = homogeneityCheck(levene, ctx.alpha, target);
    const checks = [...normality, leveneCheck];
    const normal = normality.every((c) => c.passed);
    const failed = normality.flatMap((c) => (c.passed || c.target === undefined ? [] : [c.target]));
    const variant: 'student' | 'welch' = leveneCheck.passed ? 'student' : 'welch';

    let test: GroupTest;
    let reason: Reason;
    if (spec.test) {
      test = spec.test;
      reason = { code: 'fixed-by-study', test, ...(test === 'independent-t' ? { variant } : {}) };
    } else if (normal) {
      test = 'independent-t';
      reason = { code: 'normality-not-rejected', check: 'shapiro-wilk', variant, leveneP: levene?.p ?? null };
    } else {
      test = 'mann-whitney';
      reason = {
        code: normality.some((c) => c.p === null) ? 'normality-untestable' : 'normality-rejected',
        check: 'shapiro-wilk',
        groups: failed,
      };
    }

    const summary: GroupComparisonSummary = {
      outcome: spec.change ? 'change' : 'value',
      groups: split.map((g) => {
        const v = pick(values, g.rows);
        const entry: GroupSummaryEntry = { level: g.level, value: descriptives(v) };
        if (before && after) {
          // Before and after over the participants who have a change score.
          entry.before = descriptives(pick(before, g.rows).map((x, i) => (v[i] === null ? null : x)));
          entry.after = descriptives(pick(after, g.rows).map((x, i) => (v[i] === null ? null : x)));
        }
        return entry;
      }),
      levene,
    };
    const direction = expectedDirection(spec, levels, ctx.study);
    if (test === 'independent-t') {
      const result = tResult(values, groups, levels, variant);
      const out: GroupComparisonAnalysis = { type: 'group-comparison', test, checks, reason, result, summary };
      if (spec.test === 'independent-t' && !normal) {
        out.sensitivity = {
          test: 'mann-whitney',
          reason: { code: 'assumption-failed', check: 'normality', groups: failed },
          result: mwResult(values, groups, levels),
        };
      }
      if (!isFailure(result)) out.decision = decide(result.p, result.meanDiff, ctx.alpha, direction, 'groups');
      return out;
    }
    const result = mwResult(values, groups, levels);
    const out: GroupComparisonAnalysis = { type: 'group-comparison', test, checks, reason, result, summary };
    // Sign of the effect: > 0 when the first group is higher.
    if (!isFailure(result))
      out.decision = decide(result.p, result.u - (result.n1 * result.n2) / 2, ctx.alpha, direction, 'groups');
    return out;
  },
};
