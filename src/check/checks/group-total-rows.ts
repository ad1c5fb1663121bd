/**
 * The total row of a flat cross table printed group by group (recognisers/group-counts-then-shares.ts):
 * the count printed under each group against the sum of that group's counts. The layout-based
 * totals check (totals.ts) never sees these tables.
 */
import { makeFinding, type CheckUnit, type Located } from './check.ts';

export const groupTotalRowsCheck: CheckUnit = {
  id: 'totals',
  run(ctx) {
    const out: Located[] = [];
    for (const row of ctx.extraction.groupTotalRows ?? []) {
      const ok = row.stated.value === row.sum;
      out.push(
        makeFinding(
          ctx,
          'totals',
          ok ? 'consistent' : 'inconsistent',
          row.place,
          ctx.source.quote(row.place.start, row.place.end),
          ctx.m.sumRecomputed(row.sum, 0),
          ok ? ctx.m.totalConsistent('count') : ctx.m.totalInconsistent('count', String(row.sum), row.stated.raw),
        ),
      );
    }
    return out;
  },
};
