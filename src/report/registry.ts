/** The report unit of each analysis type, one per file in ./analyses/. */
import type { AnyAnalysisResult } from '../analysis/registry.ts';
import { isSpecOf } from '../analysis/spec.ts';
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
import type { FigureModel, TableModel } from './document.ts';
import type { ReportContext, ReportUnit } from './context.ts';
import { ancovaReport } from './analyses/ancova.ts';
import { anovaReport } from './analyses/anova.ts';
import * as subsetWording from './locale/subset.ts';
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

/** One analysis' report unit with its spec and result already checked: every part of it in one language. */
export interface BoundReport {
  tables(ctx: ReportContext): TableModel[];
  figures(ctx: ReportContext): FigureModel[];
  stat(ctx: ReportContext): string | undefined;
  methods(ctx: ReportContext): string | undefined;
  results(ctx: ReportContext): string;
  abstract(ctx: ReportContext): string | undefined;
  conclusion(ctx: ReportContext): string | undefined;
}

/** A report unit with its types hidden: `bind` checks that spec and result are its own (and throws if not). */
export interface RegisteredReport {
  type: string;
  bind(a: AnyAnalysisResult, spec: AnalysisSpec): BoundReport;
}

/** Results of a type are produced by that type's unit alone, so the type field tells the result's type. */
function isResultOf<S extends AnalysisSpec, R extends AnalysisResult>(
  unit: AnalysisUnit<S, R>,
  a: AnalysisResult,
): a is R {
  return a.type === unit.type;
}

const SUBSET = { en: subsetWording.en, id: subsetWording.id };

/** The methods sentence of an analysis, followed by the subset it ran on when the entry has `filter:`. */
function withSubset(methods: string | undefined, a: AnalysisResult, ctx: ReportContext): string | undefined {
  if (!a.subset) return methods;
  const said = SUBSET[ctx.lang].subset(a.subset.filter, a.subset.n);
  return methods ? `${methods} ${said}` : said;
}

export function defineReport<S extends AnalysisSpec, R extends AnalysisResult>(
  analysis: AnalysisUnit<S, R>,
  report: ReportUnit<R, S>,
): RegisteredReport {
  return {
    type: report.type,
    bind(a, spec) {
      // Results come from the analysis unit of the same entry, which the loader validated:
      // a mismatch is a bug, and skipping the analysis silently would hide it.
      if (!isResultOf(analysis, a) || !isSpecOf(analysis, spec))
        throw new Error(`analysis "${spec.id}": its spec or result is not a valid "${report.type}" one`);
      return {
        tables: (ctx) => report.tables?.(a, spec, ctx) ?? [],
        figures: (ctx) => report.figures?.(a, spec, ctx) ?? [],
        stat: (ctx) => report.stat?.(a, spec, ctx),
        methods: (ctx) => withSubset(report.methods?.(a, spec, ctx), a, ctx),
        results: (ctx) => report.results(a, spec, ctx),
        abstract: (ctx) => report.abstract?.(a, spec, ctx),
        conclusion: (ctx) => report.conclusion?.(a, spec, ctx),
      };
    },
  };
}

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
