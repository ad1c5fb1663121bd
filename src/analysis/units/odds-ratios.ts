/**
 * Crude odds ratios: one two-level outcome (the spec names the case level) against many
 * categorical predictors. For each predictor, every level with observations is compared
 * with the reference level (the variable's `reference:`, else its first declared level):
 * counts and percentages in each outcome group, the OR with its Woolf (Wald) 95% CI and
 * the Wald p — the same numbers as glm(outcome ~ level indicator, binomial) on the two
 * levels. A zero cell leaves OR, CI and p undefined (null, note "zero cell"; no 0.5
 * correction). A predictor whose observations all fall in one level is not estimable.
 * Predictors may be arranged in groups (e.g. individual, work-environment factors), each
 * its own table in the report.
 */
import { type Static, Type } from '@sinclair/typebox';
import { oddsRatioFromCounts, type OddsRatioResult } from '../../stats/odds-ratio.ts';
import { failure, type StatFailure } from '../../stats/types.ts';
import { LocalizedText } from '../../study/schema.ts';
import { binaryOutcome } from '../binary.ts';
import { categorical } from '../common.ts';
import { entrySchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, AssumptionCheck, Reason, VariableRef } from '../unit.ts';

export const oddsRatiosSchema = entrySchema('odds-ratios', {
  outcome: VarName,
  case: Type.Optional(
    Type.String({ description: 'outcome level that marks a case, e.g. "1" (default: the last declared level)' }),
  ),
  predictors: Type.Optional(
    Type.Array(VarName, { minItems: 1, description: 'categorical predictors, one table (or use `groups`)' }),
  ),
  groups: Type.Optional(
    Type.Array(
      Type.Object(
        {
          key: Type.String({
            pattern: '^[a-z0-9][a-z0-9_-]*$',
            description: 'short name; the group table is `<id>.<key>`',
          }),
          title: Type.Optional(Type.Union([...LocalizedText.anyOf], { description: 'caption of the group’s table' })),
          label: Type.Optional(
            Type.Union([...LocalizedText.anyOf], {
              description:
                'what the group’s factors are called in sentences, e.g. { id: faktor individu, en: individual factors }',
            }),
          ),
          predictors: Type.Array(VarName, { minItems: 1, description: 'categorical predictors of this group' }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, description: 'predictors in groups, one table per group (instead of `predictors`)' },
    ),
  ),
  percent: Type.Optional(
    Type.Union([Type.Literal('row'), Type.Literal('column')], {
      description: '`row` (default): % of each category in each outcome group; `column`: % of each outcome group',
    }),
  ),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('forest')], {
      description:
        'the figure: `forest` (default) the crude odds ratios with 95% CIs on a logarithmic axis, filled squares where p < alpha; `false` no figure',
    }),
  ),
});

export type OddsRatiosSpec = Static<typeof oddsRatiosSchema>;
export type PredictorGroupSpec = NonNullable<OddsRatiosSpec['groups']>[number];

/** One level's row; the estimate fields are the crude OR of this level vs the reference (null for the reference row and when undefined). */
export interface OddsRatioLevel
  extends Pick<OddsRatioResult, 'or' | 'logOr' | 'seLogOr' | 'ciLower' | 'ciUpper' | 'z' | 'p' | 'note'> {
  level: string;
  reference: boolean;
  /** Participants in this level (complete on outcome and predictor). */
  n: number;
  cases: number;
  nonCases: number;
  /** Row percentages: cases and non-cases among this level's participants. */
  casesRowPercent: number | null;
  nonCasesRowPercent: number | null;
  /** Column percentages: this level's share of all cases and of all non-cases. */
  casesColPercent: number | null;
  nonCasesColPercent: number | null;
}

export interface OddsRatioPredictor {
  variable: string;
  /** Group key, when the analysis has groups. */
  group?: string;
  reference: string;
  n: number;
  missing: number;
  /** False when fewer than two levels have observations (no comparison possible). */
  estimable: boolean;
  note?: string;
  levels: OddsRatioLevel[];
  /** Declared levels without any observation (left out of the comparison). */
  emptyLevels: string[];
}

export interface OddsRatiosResult {
  outcome: string;
  caseLevel: string;
  nonCaseLevel: string;
  /** Rows with the outcome present. */
  n: number;
  cases: number;
  nonCases: number;
  percent: 'row' | 'column';
  groups: { key: string; predictors: string[] }[];
  predictors: OddsRatioPredictor[];
}

const pct = (x: number, total: number) => (total > 0 ? (100 * x) / total : null);

/** The crude comparison of one categorical predictor with a coded outcome. */
export function predictorOddsRatios(
  values: (string | null)[],
  levels: string[],
  reference: string,
  y: (0 | 1 | null)[],
): Omit<OddsRatioPredictor, 'variable' | 'group'> {
  const counts = new Map(levels.map((l) => [l, { cases: 0, nonCases: 0 }]));
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    const o = y[i];
    if (x === null || x === undefined || o === null || o === undefined) {
      missing++;
      continue;
    }
    const c = counts.get(x)!;
    if (o === 1) c.cases++;
    else c.nonCases++;
  }
  const used = levels.filter((l) => counts.get(l)!.cases + counts.get(l)!.nonCases > 0);
  const emptyLevels = levels.filter((l) => !used.includes(l));
  let ref = reference;
  let note: string | undefined;
  if (!used.includes(ref) && used.length >= 2) {
    ref = used[0]!;
    note = 'reference level has no observations; the first level with observations is the reference';
  }
  const estimable = used.length >= 2;
  if (!estimable) note = used.length === 1 ? 'single level' : 'no observations';
  const totalCases = used.reduce((s, l) => s + counts.get(l)!.cases, 0);
  const totalNon = used.reduce((s, l) => s + counts.get(l)!.nonCases, 0);
  const r = counts.get(ref)!;
  const out: OddsRatioLevel[] = [];
  // Reference first, then the other levels in declared order.
  for (const level of estimable ? [ref, ...used.filter((l) => l !== ref)] : used) {
    const c = counts.get(level)!;
    const n = c.cases + c.nonCases;
    const row: OddsRatioLevel = {
      level,
      reference: estimable && level === ref,
      n,
      cases: c.cases,
      nonCases: c.nonCases,
      casesRowPercent: pct(c.cases, n),
      nonCasesRowPercent: pct(c.nonCases, n),
      casesColPercent: pct(c.cases, totalCases),
      nonCasesColPercent: pct(c.nonCases, totalNon),
      or: null,
      logOr: null,
      seLogOr: null,
      ciLower: null,
      ciUpper: null,
      z: null,
      p: null,
    };
    if (estimable && level !== ref) {
      const s = oddsRatioFromCounts(c.cases, c.nonCases, r.cases, r.nonCases);
      Object.assign(row, {
        or: s.or,
        logOr: s.logOr,
        seLogOr: s.seLogOr,
        ciLower: s.ciLower,
        ciUpper: s.ciUpper,
        z: s.z,
        p: s.p,
      });
      if (s.note) row.note = s.note;
    }
    out.push(row);
  }
  const result: Omit<OddsRatioPredictor, 'variable' | 'group'> = {
    reference: ref,
    n: totalCases + totalNon,
    missing,
    estimable,
    levels: out,
    emptyLevels,
  };
  if (note) result.note = note;
  return result;
}

export function predictorNames(
  spec: Pick<OddsRatiosSpec, 'predictors' | 'groups'>,
): { name: string; group?: string; path: (string | number)[] }[] {
  if (spec.groups)
    return spec.groups.flatMap((g, gi) =>
      g.predictors.map((name, i) => ({ name, group: g.key, path: ['groups', gi, 'predictors', i] })),
    );
  return (spec.predictors ?? []).map((name, i) => ({ name, path: ['predictors', i] }));
}

export type OddsRatiosAnalysis = AnalysisResult<
  'odds-ratios',
  { test: 'odds-ratio'; result: OddsRatiosResult | StatFailure }
>;

export const oddsRatiosUnit: AnalysisUnit<OddsRatiosSpec, OddsRatiosAnalysis> = {
  type: 'odds-ratios',
  schema: oddsRatiosSchema,
  variables: (s) => [
    { path: ['outcome'], name: s.outcome, role: 'binary' },
    ...predictorNames(s).map((p): VariableRef => ({ path: p.path, name: p.name, role: 'categorical' })),
  ],
  run(spec, data) {
    const base: { type: 'odds-ratios'; test: 'odds-ratio'; checks: AssumptionCheck[]; reason: Reason } = {
      type: 'odds-ratios',
      test: 'odds-ratio',
      checks: [],
      reason: { code: 'crude-odds-ratios' },
    };
    const names = predictorNames(spec);
    if (!names.length)
      return {
        ...base,
        result: failure('invalid-argument', 'name the predictors (`predictors:` or `groups:`)'),
      };
    const outcome = binaryOutcome(categorical(data, spec.outcome), spec.case);
    if ('error' in outcome) return { ...base, result: failure('group-levels', outcome.error) };
    const predictors: OddsRatioPredictor[] = names.map(({ name, group }) => {
      const v = categorical(data, name);
      const r = predictorOddsRatios(
        v.values,
        v.levels.map((l) => l.code),
        v.reference,
        outcome.y,
      );
      return { variable: name, ...(group ? { group } : {}), ...r };
    });
    const present = outcome.y.filter((x) => x !== null);
    const cases = present.filter((x) => x === 1).length;
    const warnings: Reason[] = predictors
      .filter((p) => !p.estimable)
      .map((p) => ({ code: 'not-estimable', variable: p.variable, note: p.note ?? null }));
    for (const p of predictors)
      for (const l of p.levels)
        if (l.note === 'zero cell') warnings.push({ code: 'zero-cell', variable: p.variable, level: l.level });
    const result: OddsRatiosResult = {
      outcome: spec.outcome,
      caseLevel: outcome.caseLevel,
      nonCaseLevel: outcome.nonCaseLevel,
      n: present.length,
      cases,
      nonCases: present.length - cases,
      percent: spec.percent ?? 'row',
      groups: spec.groups ? spec.groups.map((g) => ({ key: g.key, predictors: g.predictors })) : [],
      predictors,
    };
    return { ...base, result, ...(warnings.length ? { warnings } : {}) };
  },
};
