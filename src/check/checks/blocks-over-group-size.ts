/**
 * Totals of a table of categorical variables: a variable whose categories count more people in a
 * column than that column's group size (recognisers/variable-column-sums.ts).
 */
import { readBlocksOverGroupSize } from '../recognisers/variable-column-sums.ts';
import { makeFinding, type CheckUnit } from './check.ts';

export const blocksOverGroupSizeCheck: CheckUnit = {
  id: 'totals',
  run(ctx) {
    return readBlocksOverGroupSize(ctx.source.text).map((b) =>
      makeFinding(
        ctx,
        'totals',
        'inconsistent',
        b.place,
        ctx.source.quote(b.place.start, b.place.end),
        ctx.m.blockOverSizeRecomputed(b.sum, b.size),
        ctx.m.blockOverSizeInconsistent(b.sum, b.size),
      ),
    );
  },
};
