/**
 * A ratio table whose only p column is a test across its columns — "P for trend" over quartiles,
 * "P for interaction", "P for heterogeneity" — prints no p of any one ratio: the number after
 * the last interval of a row is the trend's p ("Q2 | Q3 | Q4 | P for trend", rows "1 | 0.83
 * (0.72, 0.95) | 0.76 (0.66, 0.88) | 0.70 (0.62, 0.79) | 0.21"). Read as the last ratio's p it
 * is a false alarm whenever the trend and that ratio differ. A table that names a p column of
 * its own as well ("HR (95% CI) P value … P for trend") keeps it.
 */

const ACROSS = /\bp[\s-]*(?:values?\s+)?(?:for\s+|of\s+)?(?:linear\s+)?(?:trend|interaction|heterogeneity)\b/giu;
const IS_ACROSS = new RegExp(ACROSS.source, 'iu');
const OWN_P = /(?<![\p{L}\p{N}])(?:p[-\s]?values?|p|sig\.?|significance)(?![\p{L}\p{N}])/iu;

/** Whether the header text between a ratio's name and its row names only a p across columns. */
export function onlyAcrossColumnsP(header: string): boolean {
  if (!IS_ACROSS.test(header)) return false;
  return !OWN_P.test(header.replace(ACROSS, ' '));
}
