/** The report unit of each analysis type, one per file in ./analyses/. */
import type { ReportUnit } from './context.ts';
import { descriptivesReport } from './analyses/descriptives.ts';
import { frequenciesReport } from './analyses/frequencies.ts';
import { pairedComparisonReport } from './analyses/paired-comparison.ts';
import { reliabilityReport } from './analyses/reliability.ts';
import { reliableChangeReport } from './analyses/reliable-change.ts';
import { groupComparisonReport } from './analyses/group-comparison.ts';
import { normalityReport } from './analyses/normality.ts';
import { anovaReport } from './analyses/anova.ts';
import { correlationReport } from './analyses/correlation.ts';
import { oddsRatiosReport } from './analyses/odds-ratios.ts';
import { logisticRegressionReport } from './analyses/logistic-regression.ts';
import { contingencyReport } from './analyses/contingency.ts';
import { categoryAgreementReport } from './analyses/category-agreement.ts';

const units = [
  frequenciesReport,
  descriptivesReport,
  pairedComparisonReport,
  reliabilityReport,
  reliableChangeReport,
  groupComparisonReport,
  normalityReport,
  anovaReport,
  correlationReport,
  oddsRatiosReport,
  logisticRegressionReport,
  contingencyReport,
  categoryAgreementReport,
] as unknown as ReportUnit[];

export const REPORT_UNITS: ReadonlyMap<string, ReportUnit> = new Map(units.map((u) => [u.type, u]));
