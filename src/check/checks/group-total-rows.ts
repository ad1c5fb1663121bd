/**
 * The total row of a flat cross table printed group by group (recognisers/group-counts-then-shares.ts):
 * the count printed under each group against the sum of that group's counts. The layout-based
 * totals check (totals.ts) never sees these tables.
 */
import type { GroupTotalRow } from '../types.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';

/** The totals finding on a printed count total against the sum of the counts it totals. */
export function countTotalRowFinding(ctx: CheckContext, row: GroupTotalRow): Located {
  const ok = row.stated.value === row.sum;
  return makeFinding(
    ctx,
    'totals',
    ok ? 'consistent' : 'inconsistent',
    row.place,
    ctx.source.quote(row.place.start, row.place.end),
    ctx.m.sumRecomputed(row.sum, 0),
    ok ? ctx.m.totalConsistent('count') : ctx.m.totalInconsistent('count', String(row.sum), row.stated.raw),
  );
}

export const groupTotalRowsCheck: CheckUnit = {
  id: 'totals',
  run: (ctx) => (ctx.extraction.groupTotalRows ?? []).map((row) => countTotalRowFinding(ctx, row)),
};
