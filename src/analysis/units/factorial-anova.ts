/**
 * Two-way (factorial) ANOVA of a numeric outcome by two crossed factors, Type III sums of
 * squares as SPSS UNIANOVA reports them, partial η² per effect. Checks: Shapiro–Wilk within
 * each cell and Levene's test across the cells (centred on the cell means). The F test has
 * no rank-based counterpart for interactions, so the checks do not switch the test: a
 * rejected check is recorded as the reason and a warning that the F tests are read with
 * care (the usual advice for balanced designs, where F is robust). Simple effects are
 * carried with the result and reported when the interaction is significant.
 */
import { Type, type Static } from '@sinclair/typebox';
import { anovaTwoway, type AnovaTwowayResult } from '../../stats/anova-twoway.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { LocalizedText } from '../../study/schema.ts';
import { analysisError, categorical, homogeneityCheck, normalityCheck, numeric } from '../common.ts';
import { entrySchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, Reason } from '../unit.ts';

export const factorialAnovaSchema = entrySchema('factorial-anova', {
  value: VarName,
  factors: Type.Array(VarName, {
    minItems: 2,
    maxItems: 2,
    description:
      'the two crossed factors (categorical variables), e.g. [metode, sesi]; the first is on the x axis of the interaction plot',
  }),
  labels: Type.Optional(
    Type.Object(
      { outcome: Type.Optional(LocalizedText) },
      { additionalProperties: false, description: 'words for the outcome in sentences' },
    ),
  ),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('interaction')], {
      description:
        'the figure: `interaction` (default) the cell means, one line per level of the second factor; `false` no figure',
    }),
  ),
});

export type FactorialAnovaSpec = Static<typeof factorialAnovaSchema>;

export type FactorialAnovaAnalysis = AnalysisResult<
  'factorial-anova',
  { test: 'anova-twoway'; result: AnovaTwowayResult | StatFailure }
>;

/** Levels of a factor that occur in rows with an outcome and both factors present. */
function levelsWithData(
  values: (number | null)[],
  a: (string | null)[],
  b: (string | null)[],
  which: (string | null)[],
): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    const w = which[i];
    if (values[i] !== null && a[i] !== null && b[i] !== null && w !== null && w !== undefined) seen.add(w);
  }
  return [...seen];
}

export const factorialAnovaUnit: AnalysisUnit<FactorialAnovaSpec, FactorialAnovaAnalysis> = {
  type: 'factorial-anova',
  schema: factorialAnovaSchema,
  variables: (s) => [
    { path: ['value'], name: s.value, role: 'numeric' },
    ...s.factors.map((f, i) => ({ path: ['factors', i], name: f, role: 'categorical' as const })),
  ],
  run(spec, data, ctx) {
    const [nameA, nameB] = spec.factors;
    if (nameA === undefined || nameB === undefined || nameA === nameB)
      throw analysisError(
        ctx.study,
        spec,
        ['factors'],
        'factors',
        `factorial-anova needs two different factors; "factors" names ${nameA === nameB ? `"${String(nameA)}" twice` : 'fewer than two'}`,
        'Name two categorical variables, e.g. factors: [metode, sesi].',
      );
    const values = numeric(data, spec.value).values;
    const fa = categorical(data, nameA);
    const fb = categorical(data, nameB);
    for (const [i, f] of [fa, fb].entries()) {
      const levels = levelsWithData(values, fa.values, fb.values, f.values);
      if (levels.length < 2)
        throw analysisError(
          ctx.study,
          spec,
          ['factors', i],
          'factor-levels',
          `the factor "${f.name}" has ${levels.length === 1 ? `only one level (${levels[0]})` : 'no levels'} with data; a factor needs at least two`,
          'Use a factor with two or more levels, or run a one-way anova on the other factor.',
        );
    }
    const cells: { a: string; b: string; values: (number | null)[] }[] = [];
    for (const la of fa.levels)
      for (const lb of fb.levels) {
        const x: (number | null)[] = [];
        for (let r = 0; r < values.length; r++)
          if (fa.values[r] === la.code && fb.values[r] === lb.code && values[r] !== null) x.push(values[r] ?? null);
        cells.push({ a: la.code, b: lb.code, values: x });
      }
    const present = (name: string, f: typeof fa) =>
      new Set(levelsWithData(values, fa.values, fb.values, f.values)).has(name);
    const empty = cells.find((c) => c.values.length === 0 && present(c.a, fa) && present(c.b, fb));
    if (empty)
      throw analysisError(
        ctx.study,
        spec,
        ['factors'],
        'empty-cell',
        `the cell ${fa.name} = ${empty.a}, ${fb.name} = ${empty.b} has no cases with "${spec.value}"; a factorial design with Type III sums of squares needs data in every combination of levels`,
        'Merge sparse levels, or analyse the factors separately with anova.',
      );
    const result = anovaTwoway(values, { name: nameA, values: fa.values }, { name: nameB, values: fb.values });
    const normality = cells
      .filter((c) => c.values.length > 0)
      .map((c) => normalityCheck(c.values, ctx.alpha, `${c.a} × ${c.b}`));
    const lev = isFailure(result) ? null : result.levene;
    const levene = homogeneityCheck(lev, ctx.alpha, spec.value);
    const failedCells = normality.flatMap((c) => (c.passed || c.target === undefined ? [] : [c.target]));
    const reason: Reason = {
      code: 'factorial-checks',
      normal: failedCells.length === 0,
      cells: failedCells,
      leveneP: lev?.p ?? null,
      equalVariances: levene.passed,
    };
    const warnings: Reason[] = [];
    if (!levene.passed) warnings.push({ code: 'unequal-cell-variances', p: lev?.p ?? null });
    const out: FactorialAnovaAnalysis = {
      type: 'factorial-anova',
      test: 'anova-twoway',
      checks: [...normality, levene],
      reason,
      result,
    };
    if (warnings.length) out.warnings = warnings;
    if (!isFailure(result)) {
      const interaction = result.effects[2];
      if (interaction) out.decision = { significant: interaction.p < ctx.alpha, direction: 'none', p: interaction.p };
    }
    return out;
  },
};
