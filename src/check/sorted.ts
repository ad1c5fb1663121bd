/**
 * Binary search over values sorted by place. Readers find a sentence's values among all the
 * document's by this search, not by a filter of all of them per sentence, which made checking
 * quadratic in the text.
 */

/** The index of the first item for which `before` is false (`before` true for a prefix of the items). */
export function partitionPoint<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
