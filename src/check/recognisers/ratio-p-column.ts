/**
 * Whose p a ratio table's p column is. A table with a crude and an adjusted ratio side by side
 * and one p column after them (`| COR (95% CI) | AOR (95% CI) | p |`) gives the p of the model
 * whose column it follows, the adjusted one: read against the crude ratio's interval it is a
 * false alarm whenever the two models differ. A p column belongs to a ratio column only when no
 * other ratio column stands between them.
 */
import type { Column } from './tables.ts';

const RATIO_ROLES: ReadonlySet<Column['role']> = new Set(['ratio', 'ratioCi']);

export function pColumnIsRatios(columns: Column[], ratioAt: number, pAt: number | undefined): boolean {
  if (pAt === undefined) return false;
  const [lo, hi] = ratioAt < pAt ? [ratioAt, pAt] : [pAt, ratioAt];
  return !columns.some((c) => c.index > lo && c.index < hi && RATIO_ROLES.has(c.role));
}
