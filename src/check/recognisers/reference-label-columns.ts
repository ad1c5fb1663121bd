/**
 * How many ratio columns a reference row marks when its mark stands in its label, once for
 * the category, and each ratio column prints the reference's ratio of 1: "15–24 Years (Ref.)
 * 1.00 1.00 1.00 1.00" under "cOR [95% CI] P-Value aOR [95% CI] P-Value" for two outcomes has
 * four ratio columns, not one. Counting the "Ref." marks alone would read only the last
 * interval of each row below it as a ratio, and the crude ratios beside the adjusted ones
 * would go unchecked.
 */
import type { PublishedRow, RowToken } from './published-rows.ts';

const REFERENCE_MARK = /\bRef(?:erence)?\b\.?|\bReferensi\b|\bPembanding\b/gi;

/** A cell printing the reference's own ratio: 1.0, 1.00 (a bare "1" may be a count). */
function isReferenceOne(t: RowToken): boolean {
  return t.kind === 'num' && t.op === '=' && t.num.value === 1 && t.num.decimals > 0;
}

/**
 * The ratio columns of a reference row: its cells reading 1.0 (one per ratio column) when they
 * are all its cells, bar an age bracket that is its label ("15–24 Years (Ref.)"), and every
 * mark of the row stands before them; otherwise the number of marks, which then stand in the
 * ratio cells themselves.
 */
export function referenceRatioColumns(text: string, row: PublishedRow, marks: number): number {
  let t = row.tokens;
  if (t[0]?.kind === 'interval' && t[0].lower.decimals === 0 && t[0].upper.decimals === 0) t = t.slice(1);
  if (t.length < 2 || !t.every(isReferenceOne)) return marks;
  const markEnds = [...text.slice(row.start, row.end).matchAll(REFERENCE_MARK)].map((m) => row.start + m.index);
  return markEnds.every((at) => at < t[0]!.start) ? t.length : marks;
}
