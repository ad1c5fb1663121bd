/**
 * A ratio whose variable has an empty cell: a category with a count of 0 ("University | 7 (1.3)
 * | 0 (0.0) | 7 (2.6) | 1.00"). With a zero count the Wald interval of the category's ratio is
 * infinite, so a finite interval printed for that variable comes from a method that handles
 * empty cells (an exact or penalised estimate, a continuity correction) and need not be
 * symmetric on the log scale around the ratio printed beside it; nor does it imply a Wald p.
 *
 * The variable's text runs from the ratio back over the variable's reference cell (`1.00`, `1`,
 * `Ref`, the last one before the ratio) to the ratio printed before that reference, which
 * belongs to the variable above: in a table kept row by row that takes in the reference row
 * and the rows between, in one kept column after column the variable's count columns.
 */
import type { EstimateReport, Extraction } from '../types.ts';
import type { CheckContext } from './check.ts';

/** A count of 0 with its share: `0 (0.0)`, `00 (00.0)`, `0 (0%)`. */
const ZERO_CELL = /(?<![\d.,])0+\s*\(\s*0+(?:[.,]0+)?\s*%?\s*\)/u;
/** A reference category's ratio cell standing alone: `1.00`, `1`, `Ref.`, `Reference`. */
const REFERENCE = /(?:^|[|\n])[^\S\n]*(?:1(?:[.,]0+)?|Ref(?:erence)?\.?)[^\S\n]*(?=[|\n]|$)/giu;
/** How far back the variable's text is looked for. */
const REACH = 3000;

/** Where each ratio interval ends, in order, per extraction (looked up by binary search). */
const intervalEnds = new WeakMap<Extraction, number[]>();

function lastEndAtOrBefore(ends: number[], at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? ends[lo - 1]! : -1;
}

export function zeroCellVariable(ctx: CheckContext, e: EstimateReport): boolean {
  if (e.family !== 'ratio') return false;
  const text = ctx.source.text;
  const at = e.value.start;
  const from = Math.max(0, at - REACH);
  const refs = [...text.slice(from, at).matchAll(REFERENCE)];
  const ref = refs.pop();
  if (!ref) return false;
  const refAt = from + ref.index!;
  let ends = intervalEnds.get(ctx.extraction);
  if (!ends) {
    ends = ctx.extraction.estimates
      .flatMap((x) => (x.family === 'ratio' && x.ci ? [x.ci.end] : []))
      .sort((a, b) => a - b);
    intervalEnds.set(ctx.extraction, ends);
  }
  // The variable above ends with the last ratio printed before the reference cell.
  const start = Math.max(from, lastEndAtOrBefore(ends, refAt));
  return ZERO_CELL.test(text.slice(start, at));
}
