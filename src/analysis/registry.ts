/** Every analysis type a study.yaml can ask for, one unit per file in ./units/. */
import { defineUnit } from './define.ts';
import type { RegisteredAnalysis } from './unit.ts';
import { frequenciesUnit } from './units/frequencies.ts';
import { descriptivesUnit } from './units/descriptives.ts';
import { pairedComparisonUnit } from './units/paired-comparison.ts';
import { reliabilityUnit } from './units/reliability.ts';
import { reliableChangeUnit } from './units/reliable-change.ts';
import { groupComparisonUnit } from './units/group-comparison.ts';
import { normalityUnit } from './units/normality.ts';
import { anovaUnit } from './units/anova.ts';
import { correlationUnit } from './units/correlation.ts';
import { oddsRatiosUnit } from './units/odds-ratios.ts';
import { logisticRegressionUnit } from './units/logistic-regression.ts';
import { contingencyUnit } from './units/contingency.ts';
import { categoryAgreementUnit } from './units/category-agreement.ts';
import { factorialAnovaUnit } from './units/factorial-anova.ts';
import { repeatedMeasuresUnit } from './units/repeated-measures.ts';
import { ancovaUnit } from './units/ancova.ts';
import { linearRegressionUnit } from './units/linear-regression.ts';

const units = [
  defineUnit(frequenciesUnit),
  defineUnit(descriptivesUnit),
  defineUnit(pairedComparisonUnit),
  defineUnit(reliabilityUnit),
  defineUnit(reliableChangeUnit),
  defineUnit(groupComparisonUnit),
  defineUnit(normalityUnit),
  defineUnit(anovaUnit),
  defineUnit(correlationUnit),
  defineUnit(oddsRatiosUnit),
  defineUnit(logisticRegressionUnit),
  defineUnit(contingencyUnit),
  defineUnit(categoryAgreementUnit),
  defineUnit(factorialAnovaUnit),
  defineUnit(repeatedMeasuresUnit),
  defineUnit(ancovaUnit),
  defineUnit(linearRegressionUnit),
];

type ResultOf<U> = U extends RegisteredAnalysis<infer R> ? R : never;

/** The result of any registered analysis type: a union discriminated on `type`. */
export type AnyAnalysisResult = ResultOf<(typeof units)[number]>;

export const ANALYSIS_UNITS: ReadonlyMap<string, RegisteredAnalysis<AnyAnalysisResult>> = new Map(
  units.map((u) => [u.type, u]),
);
