/** Every analysis type a study.yaml can ask for, one unit per file in ./units/. */
import type { AnalysisUnit } from './unit.ts';
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

const units: AnalysisUnit[] = [
  frequenciesUnit,
  descriptivesUnit,
  pairedComparisonUnit,
  reliabilityUnit,
  reliableChangeUnit,
  groupComparisonUnit,
  normalityUnit,
  anovaUnit,
  correlationUnit,
  oddsRatiosUnit,
  logisticRegressionUnit,
  contingencyUnit,
  categoryAgreementUnit,
] as AnalysisUnit[];

export const ANALYSIS_UNITS: ReadonlyMap<string, AnalysisUnit> = new Map(units.map((u) => [u.type, u]));
