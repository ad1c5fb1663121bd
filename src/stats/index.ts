/**
 * The statistics engine in one import: every statistic (one file each), the shared
 * types, the final non-finite guard and the registry that `naskah stat` runs.
 * Each function takes columns with `null` for missing values and returns a plain result
 * object, or a `StatFailure` (`{ error: { code, message }, n?, missing? }`) when the data
 * allow no estimate; undefined quantities inside a result are `null` with a `note`.
 */
export * from './types.ts';
export { sanitizeResult, nonFinitePaths } from './finite.ts';
export { codeLevels, dummyCode, observedLevels, sameLevel } from './levels.ts';
export { descriptives, type DescriptivesResult } from './descriptives.ts';
export { frequencies, type FrequenciesResult, type FrequencyCategory } from './frequencies.ts';
export { shapiroWilk, type ShapiroWilkResult } from './shapiro-wilk.ts';
export { lilliefors, type LillieforsResult } from './lilliefors.ts';
export { pairedT, type PairedTResult } from './paired-t.ts';
export { oneSampleT, type OneSampleTResult } from './one-sample-t.ts';
export { independentT, hedgesJ, type IndependentTResult } from './independent-t.ts';
export { wilcoxonSignedRank, type WilcoxonSignedRankResult } from './wilcoxon-signed-rank.ts';
export { mannWhitney, type MannWhitneyResult } from './mann-whitney.ts';
export { chiSquare, chiSquareFromTable, type ChiSquareResult, type ChiSquareOptions } from './chi-square.ts';
export { fisherExactP } from './fisher-exact.ts';
export { oddsRatio, oddsRatioFromCounts, type OddsRatioResult, type OddsRatioOptions } from './odds-ratio.ts';
export {
  logisticRegression,
  type LogisticRegressionResult,
  type LogisticCoefficient,
  type LogisticOptions,
  type Predictor,
} from './logistic-regression.ts';
export { anovaOneway, welchAnova, type AnovaOnewayResult } from './anova-oneway.ts';
export { leveneTest, type FTest } from './oneway.ts';
export { pearson, type PearsonResult } from './pearson.ts';
export { spearman, type SpearmanResult } from './spearman.ts';
export { kruskalWallis, type KruskalWallisResult } from './kruskal-wallis.ts';
export { mcnemar, type McnemarResult } from './mcnemar.ts';
export { cronbachAlpha, type CronbachAlphaResult, type CronbachItem } from './cronbach-alpha.ts';
export { reliableChange, type ReliableChangeResult, type ReliableChangeParticipant } from './reliable-change.ts';
export { tukeyHsd, type TukeyHsdResult, type TukeyPair } from './tukey-hsd.ts';
export { gamesHowell, type GamesHowellResult, type GamesHowellPair } from './games-howell.ts';
export { dunn, type DunnResult, type DunnPair } from './dunn.ts';
export { adjustPValues, pAdjust, type PAdjustMethod, type PAdjustResult } from './p-adjust.ts';
export {
  correlationMatrix,
  type CorrelationMatrixResult,
  type CorrelationPair,
  type CorrelationMethod,
} from './correlation-matrix.ts';
export {
  linearRegression,
  type LinearRegressionResult,
  type RegressionCoefficient,
  type RegressionPredictor,
  type LinearRegressionOptions,
} from './linear-regression.ts';
export { anovaTwoway, type AnovaTwowayResult, type TwoWayCell, type SimpleEffect } from './anova-twoway.ts';
export { ancova, type AncovaResult, type AdjustedMean } from './ancova.ts';
export type { EffectRow } from './factor-design.ts';
export { repeatedAnova, type RepeatedAnovaResult, type RepeatedPair, type CorrectedF } from './repeated-anova.ts';
export { friedman, type FriedmanResult } from './friedman.ts';
export { fisherTest, fisherMonteCarlo, type FisherResult, type FisherTestOptions } from './fisher-monte-carlo.ts';
export { studentizedRangeUpperTail, studentizedRangeQuantile } from './studentized-range.ts';
export {
  STAT_TESTS,
  STAT_TEST_NAMES,
  findStatTest,
  runStatTest,
  type StatTest,
  type ArgSpec,
  type StatArgs,
} from './registry.ts';
