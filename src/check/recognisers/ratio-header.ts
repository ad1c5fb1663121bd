/**
 * Where a ratio table prints its p: most put the p column after the ratio and its interval
 * (`| OR (95% CI) | p |`), which ./ratio-rows.ts reads as the number right after the
 * interval; some put it before (`| Case n% | Control n% | P-value | Univariate OR(CI) |`),
 * and then the p of a row is the number right before its ratio. The header line that names
 * the ratio says which: a p column named before the ratio and none after it.
 */

/** A p column's name in a header line. */
const P_COLUMN = /(?<![\p{L}\p{N}])(?:p[-\s]?values?|p|sig\.?|significance)(?![\p{L}\p{N}])/giu;

/** Whether the header line holding the ratio word at `at` names its p column before the ratio (and none after it). */
export function pColumnBeforeRatio(text: string, at: number, wordLength: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const next = text.indexOf('\n', at);
  const lineEnd = next < 0 ? text.length : next;
  const before = text.slice(lineStart, at);
  const after = text.slice(at + wordLength, lineEnd);
  // A header line is cells, not a sentence: at least two cell separators.
  if ((text.slice(lineStart, lineEnd).match(/\|/g)?.length ?? 0) < 2) return false;
  return [...before.matchAll(P_COLUMN)].length > 0 && [...after.matchAll(P_COLUMN)].length === 0;
}
