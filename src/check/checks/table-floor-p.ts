/**
 * A table's p printed as the smallest value its precision can show (`0.001`, `.001`, `0.0001`)
 * where the statistic or interval beside it implies a smaller p is, far more often than a
 * misprint, the table's `< 0.001` whose sign the page lost (HTML tables copied as text drop
 * `&lt;`; PDF text layers drop `<` set in another font). A p written in a table carries no
 * operator of its own, so the reader cannot tell `0.001` from `<0.001`: such a p is not
 * checkable. Prose that writes `p = 0.001` states its operator and is checked as written.
 */
import type { PReport } from '../types.ts';

/** Is `p` a table's p printed at its floor (one unit of its last decimal, three decimals or more)? */
export function atTableFloor(p: PReport, origin: 'text' | 'table'): boolean {
  if (origin !== 'table' || p.op !== '=' || p.num.decimals < 3) return false;
  return Math.abs(p.num.value * 10 ** p.num.decimals - 1) < 1e-9;
}

/** …and the p its statistic implies (`upper`, the top of its range) lies below that floor. */
export function lostLessThan(p: PReport, origin: 'text' | 'table', upper: number): boolean {
  return atTableFloor(p, origin) && upper < p.num.value;
}
