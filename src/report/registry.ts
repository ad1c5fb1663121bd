/** The report unit of each analysis type, one per file in ./analyses/. */
import { isSpecOf } from '../analysis/spec.ts';
import { type AnalysisOutcome, isSplit } from '../analysis/split.ts';
import type { AnalysisResult, AnalysisUnit } from '../analysis/unit.ts';
import { ancovaUnit } from '../analysis/units/ancova.ts';
import { anovaUnit } from '../analysis/units/anova.ts';
import { categoryAgreementUnit } from '../analysis/units/category-agreement.ts';
import { contingencyUnit } from '../analysis/units/contingency.ts';
import { correlationUnit } from '../analysis/units/correlation.ts';
import { descriptivesUnit } from '../analysis/units/descriptives.ts';
import { factorialAnovaUnit } from '../analysis/units/factorial-anova.ts';
import { frequenciesUnit } from '../analysis/units/frequencies.ts';
import { groupComparisonUnit } from '../analysis/units/group-comparison.ts';
import { linearRegressionUnit } from '../analysis/units/linear-regression.ts';
import { logisticRegressionUnit } from '../analysis/units/logistic-regression.ts';
import { normalityUnit } from '../analysis/units/normality.ts';
import { oddsRatiosUnit } from '../analysis/units/odds-ratios.ts';
import { pairedComparisonUnit } from '../analysis/units/paired-comparison.ts';
import { repeatedMeasuresUnit } from '../analysis/units/repeated-measures.ts';
import { reliabilityUnit } from '../analysis/units/reliability.ts';
import { reliableChangeUnit } from '../analysis/units/reliable-change.ts';
import type { AnalysisSpec } from '../study/types.ts';
import { md, type ReportContext, type ReportUnit } from './context.ts';
import { ancovaReport } from './analyses/ancova.ts';
import { anovaReport } from './analyses/anova.ts';
import { type BoundReport, joinMethods, type MethodsParts } from './bound.ts';
import { bindSplit } from './split.ts';
import { figuresWithSubset, leadResults, placeSubset, subsetWords, tablesWithSubset } from './subset.ts';
import { categoryAgreementReport } from './analyses/category-agreement.ts';
import { contingencyReport } from './analyses/contingency.ts';
import { correlationReport } from './analyses/correlation.ts';
import { descriptivesReport } from './analyses/descriptives.ts';
import { factorialAnovaReport } from './analyses/factorial-anova.ts';
import { frequenciesReport } from './analyses/frequencies.ts';
import { groupComparisonReport } from './analyses/group-comparison.ts';
import { linearRegressionReport } from './analyses/linear-regression.ts';
import { logisticRegressionReport } from './analyses/logistic-regression.ts';
import { normalityReport } from './analyses/normality.ts';
import { oddsRatiosReport } from './analyses/odds-ratios.ts';
import { pairedComparisonReport } from './analyses/paired-comparison.ts';
import { repeatedMeasuresReport } from './analyses/repeated-measures.ts';
import { reliabilityReport } from './analyses/reliability.ts';
import { reliableChangeReport } from './analyses/reliable-change.ts';

/** A report unit with its types hidden: `bind` checks that spec and result are its own (and throws if not). */
export interface RegisteredReport {
  type: string;
  bind(a: AnalysisOutcome, spec: AnalysisSpec): BoundReport;
}

/** Results of a type are produced by that type's unit alone, so the type field tells the result's type. */
function isResultOf<S extends AnalysisSpec, R extends AnalysisResult>(
  unit: AnalysisUnit<S, R>,
  a: AnalysisResult,
): a is R {
  return a.type === unit.type;
}

/** Authored title of an entry in the context's language (captions equal to it are the author's words). */
function authoredTitle(spec: AnalysisSpec, ctx: ReportContext): string | undefined {
  const title = spec.title;
  if (typeof title === 'string') return title;
  if (title !== null && typeof title === 'object' && ctx.lang in title) {
    const text: unknown = Object.entries(title).find(([k]) => k === ctx.lang)?.[1];
    return typeof text === 'string' ? text : undefined;
  }
  return undefined;
}

/**
 * An analysis run on a subset names it wherever it is reported: a first sentence of its
 * results, each abstract and conclusion sentence, each caption (inside a generic `by:`
 * the joined table names the levels instead, so captions stay as the unit gave them).
 */
function bindOne<S extends AnalysisSpec, R extends AnalysisResult>(
  report: ReportUnit<R, S>,
  a: R,
  spec: S,
  inSplit: boolean,
): BoundReport {
  const words = (ctx: ReportContext) => (a.subset ? subsetWords(a.subset.filter, ctx) : undefined);
  const stat = (ctx: ReportContext) => report.stat?.(a, spec, ctx);
  const named = (text: string | undefined, ctx: ReportContext) => {
    const w = words(ctx);
    return text && w ? placeSubset(text, w, ctx, stat(ctx)) : text;
  };
  const methodsParts = (ctx: ReportContext): MethodsParts => {
    const w = words(ctx);
    const base = report.methods?.(a, spec, ctx);
    if (!w || !a.subset || inSplit) return { base };
    const name = base
      ? undefined
      : (report.tables?.(a, spec, ctx)[0]?.caption ?? report.figures?.(a, spec, ctx)[0]?.caption);
    return { base, subset: { words: w, n: a.subset.n }, ...(name ? { name: md(name) } : {}) };
  };
  return {
    tables: (ctx) => {
      const tables = report.tables?.(a, spec, ctx) ?? [];
      const w = words(ctx);
      return w && !inSplit ? tablesWithSubset(tables, w, ctx, authoredTitle(spec, ctx)) : tables;
    },
    figures: (ctx) => {
      const figures = report.figures?.(a, spec, ctx) ?? [];
      const w = words(ctx);
      return w && !inSplit ? figuresWithSubset(figures, w, ctx, authoredTitle(spec, ctx)) : figures;
    },
    stat,
    levelStats: () => ({}),
    methods: (ctx) => joinMethods(methodsParts(ctx), ctx),
    methodsParts,
    results: (ctx) => {
      const text = report.results(a, spec, ctx);
      const w = words(ctx);
      return w && a.subset ? leadResults(text, w, a.subset.n, ctx) : text;
    },
    abstract: (ctx) => named(report.abstract?.(a, spec, ctx), ctx),
    conclusion: (ctx) => named(report.conclusion?.(a, spec, ctx), ctx),
  };
}

export function defineReport<S extends AnalysisSpec, R extends AnalysisResult>(
  analysis: AnalysisUnit<S, R>,
  report: ReportUnit<R, S>,
): RegisteredReport {
  const bindChecked = (a: AnalysisResult, spec: AnalysisSpec, inSplit: boolean): BoundReport => {
    // Results come from the analysis unit of the same entry, which the loader validated:
    // a mismatch is a bug, and skipping the analysis silently would hide it.
    if (!isResultOf(analysis, a) || !isSpecOf(analysis, spec))
      throw new Error(`analysis "${spec.id}": its spec or result is not a valid "${report.type}" one`);
    return bindOne(report, a, spec, inSplit);
  };
  return {
    type: report.type,
    bind(a, spec) {
      if (isSplit(a)) return bindSplit(a, spec, (level) => bindChecked(level, spec, true));
      return bindChecked(a, spec, false);
    },
  };
}

export type { BoundReport };

const units = [
  defineReport(frequenciesUnit, frequenciesReport),
  defineReport(descriptivesUnit, descriptivesReport),
  defineReport(pairedComparisonUnit, pairedComparisonReport),
  defineReport(reliabilityUnit, reliabilityReport),
  defineReport(reliableChangeUnit, reliableChangeReport),
  defineReport(groupComparisonUnit, groupComparisonReport),
  defineReport(normalityUnit, normalityReport),
  defineReport(anovaUnit, anovaReport),
  defineReport(correlationUnit, correlationReport),
  defineReport(oddsRatiosUnit, oddsRatiosReport),
  defineReport(logisticRegressionUnit, logisticRegressionReport),
  defineReport(contingencyUnit, contingencyReport),
  defineReport(categoryAgreementUnit, categoryAgreementReport),
  defineReport(factorialAnovaUnit, factorialAnovaReport),
  defineReport(repeatedMeasuresUnit, repeatedMeasuresReport),
  defineReport(ancovaUnit, ancovaReport),
  defineReport(linearRegressionUnit, linearRegressionReport),
];

export const REPORT_UNITS: ReadonlyMap<string, RegisteredReport> = new Map(units.map((u) => [u.type, u]));
