/**
 * A p compared with the level by a sign that is false of the printed numbers: "the Pretest
 * value is 0.007 > 0.05" (then read as normally distributed), "p = 0,021 > 0,05". Reported
 * under "conclusion", inconsistent; a comparison inside a conclusion the conclusion check
 * already finds inconsistent is left to it (one finding per error). True comparisons are not
 * reported: the conclusion check judges what is drawn from them.
 */
import { EPS } from '../rounding.ts';
import { holds } from '../recognisers/comparisons.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

export const comparisonsCheck: CheckUnit = {
  id: 'conclusion',
  run(ctx) {
    const out: Located[] = [];
    const judged = new Set(
      ctx.extraction.conclusions
        .filter((c) => c.p.value <= (c.alpha?.value ?? ctx.alpha) + EPS !== c.significant)
        .map((c) => c.p.start),
    );
    for (const c of ctx.extraction.comparisons) {
      if (holds(c) || judged.has(c.p.start)) continue;
      out.push(
        makeFinding(
          ctx,
          'conclusion',
          'inconsistent',
          c.place,
          ctx.source.quote(c.place.start, c.place.end),
          ctx.m.comparisonRecomputed(c.p.raw, c.level.raw, c.p.value < c.level.value),
          ctx.m.comparisonFalse(),
        ),
      );
    }
    return out;
  },
};
