/**
 * Totals of tables that lost their layout: the count of the total row printed after a group of
 * count–share pairs against the sum of the group's counts (recognisers/stated-total-rows.ts).
 * The layout-based totals check (totals.ts) never sees these tables.
 */
import { readStatedTotalRows } from '../recognisers/stated-total-rows.ts';
import type { CheckUnit } from './check.ts';
import { countTotalRowFinding } from './group-total-rows.ts';

export const statedTotalRowsCheck: CheckUnit = {
  id: 'totals',
  run: (ctx) =>
    readStatedTotalRows(ctx.source.text, ctx.extraction.percentGroups).map((row) => countTotalRowFinding(ctx, row)),
};
