/**
 * Totals of tables that lost their layout: the count of the total row printed after a group of
 * count–share pairs against the sum of the group's counts (recognisers/stated-total-rows.ts).
 * The layout-based totals check (totals.ts) never sees these tables.
 */
import { readStatedTotalRows } from '../recognisers/stated-total-rows.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

export const statedTotalRowsCheck: CheckUnit = {
  id: 'totals',
  run(ctx) {
    const out: Located[] = [];
    for (const row of readStatedTotalRows(ctx.source.text, ctx.extraction.percentGroups)) {
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
