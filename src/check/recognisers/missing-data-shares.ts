/**
 * Shares in a table that says some of its data are missing ("slight variations in the number
 * of patients", "n varies because of missing data"). A cell's share may then be of fewer
 * answers than its column's header n, so a share that does not fit that n proves nothing and
 * is left unread. One that fits it is read as of the header's n: it is the stated denominator,
 * and reading it can only confirm the cell, never flag it.
 */
import { matches } from '../checks/percentages.ts';
import type { Num } from '../types.ts';

/** The cells whose share is their count's share of the column's stated size `n`. */
export function sharesFittingStatedSize<C extends { pair: { count: number; pct: Num } }>(
  cells: Iterable<C>,
  n: number | undefined,
): C[] {
  if (n === undefined) return [];
  return [...cells].filter((c) => c.pair.count <= n && matches(c.pair.count, n, c.pair.pct));
}
