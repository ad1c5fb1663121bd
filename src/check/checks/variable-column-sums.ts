/**
 * Totals of a table of categorical variables: a variable whose counts split the same people
 * between the columns differently from every other variable (recognisers/variable-column-sums.ts).
 */
import { readVariableColumnSums } from '../recognisers/variable-column-sums.ts';
import { makeFinding, type CheckUnit } from './check.ts';

export const variableColumnSumsCheck: CheckUnit = {
  id: 'totals',
  run(ctx) {
    return readVariableColumnSums(ctx.source.text).map((v) =>
      makeFinding(
        ctx,
        'totals',
        'inconsistent',
        v.place,
        ctx.source.quote(v.place.start, v.place.end),
        ctx.m.variableSumsRecomputed(v.sums, v.common),
        ctx.m.variableSumsInconsistent(v.sums, v.common, v.agreeing),
      ),
    );
  },
};
