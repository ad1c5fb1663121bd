/** Every check, in the order the issue lists them; adding a check is one file and one line here. */
import type { CheckUnit } from './check.ts';
import { pValueCheck } from './p-value.ts';
import { percentagesCheck } from './percentages.ts';
import { totalsCheck } from './totals.ts';
import { standardErrorCheck } from './standard-error.ts';
import { confidenceIntervalCheck } from './confidence-interval.ts';
import { grimCheck } from './grim.ts';
import { repeatedValuesCheck } from './repeated-values.ts';
import { repeatedComparisonsCheck } from './repeated-comparisons.ts';
import { conclusionCheck } from './conclusion.ts';
import { descriptivesCheck } from './descriptives.ts';
import { comparisonsCheck } from './comparisons.ts';
import { criticalValuesCheck } from './critical-values.ts';
import { twoGroupTCheck } from './two-group-t.ts';
import { restatedRatioPCheck } from './restated-ratio-p.ts';
import { statedTotalRowsCheck } from './stated-total-rows.ts';
import { zeroPBesideEstimatesCheck } from './zero-p-beside-estimates.ts';
import { listedSumsCheck } from './listed-sums.ts';
import { likertShareListsCheck } from './likert-share-lists.ts';
import { crudeRatiosFromCountsCheck } from './crude-ratios-from-counts.ts';
import { summaryPCheck } from './summary-p.ts';
import { summaryTestColumnsCheck } from './summary-test-columns.ts';
import { truncatedRestatementsCheck } from './truncated-restatements.ts';
import { restatedRowSharesCheck } from './restated-row-shares.ts';
import { groupTotalRowsCheck } from './group-total-rows.ts';
import { restatedCoefficientsCheck } from './restated-coefficients.ts';
import { variableColumnSumsCheck } from './variable-column-sums.ts';
import { countRowPCheck } from './count-row-p.ts';
import { countsChiSquareCheck } from './counts-chi-square.ts';
import { pairedDifferencePCheck } from './paired-difference-p.ts';
import { pairedDifferenceCiCheck } from './paired-difference-ci.ts';
import { blocksOverGroupSizeCheck } from './blocks-over-group-size.ts';
import { criticalValueDfCheck } from './critical-value-df.ts';
import { restatedGroupMeansCheck } from './restated-group-means.ts';

export const CHECKS: CheckUnit[] = [
  pValueCheck,
  percentagesCheck,
  totalsCheck,
  standardErrorCheck,
  confidenceIntervalCheck,
  grimCheck,
  repeatedValuesCheck,
  repeatedComparisonsCheck,
  conclusionCheck,
  comparisonsCheck,
  criticalValuesCheck,
  descriptivesCheck,
  twoGroupTCheck,
  restatedRatioPCheck,
  statedTotalRowsCheck,
  zeroPBesideEstimatesCheck,
  listedSumsCheck,
  crudeRatiosFromCountsCheck,
  summaryPCheck,
  summaryTestColumnsCheck,
  truncatedRestatementsCheck,
  restatedRowSharesCheck,
  groupTotalRowsCheck,
  restatedCoefficientsCheck,
  variableColumnSumsCheck,
  countRowPCheck,
  countsChiSquareCheck,
  pairedDifferencePCheck,
  pairedDifferenceCiCheck,
  blocksOverGroupSizeCheck,
  criticalValueDfCheck,
  restatedGroupMeansCheck,
  likertShareListsCheck,
];
