/**
 * Check 8: a conclusion about a hypothesis against the p it cites. "p (0,024) < 0,05 maka
 * H0 diterima" says not significant of a significant p. The level is the one the sentence
 * compares p with, else --alpha; p equal to alpha counts as significant (as for p-values).
 * The printed p is compared as printed: p = 0,050 at α = 0,05 is significant.
 */
import { EPS, reportedSide } from '../rounding.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

export const conclusionCheck: CheckUnit = {
  id: 'conclusion',
  run(ctx) {
    const out: Located[] = [];
    for (const c of ctx.extraction.conclusions) {
      const alpha = c.alpha?.value ?? ctx.alpha;
      const bound = c.op !== undefined && c.op !== '=';
      // A bound on the wrong side of the level (`p < .10` at .05) says nothing: not read.
      const side = bound ? reportedSide({ op: c.op!, num: c.p, oneTailedLabel: false, start: 0, end: 0 }, alpha) : null;
      if (bound && !side) continue;
      const significant = bound ? side === 'significant' : c.p.value <= alpha + EPS;
      const reported = ctx.source.quote(c.place.start, c.place.end);
      const alphaRaw = c.alpha?.raw ?? ctx.m.num(ctx.alpha, 2);
      const recomputed = bound
        ? ctx.m.conclusionRecomputedBound(`${c.op} ${c.p.raw}`, alphaRaw, significant)
        : ctx.m.conclusionRecomputed(c.p.raw, alphaRaw, significant);
      const ok = significant === c.significant;
      out.push(
        makeFinding(
          ctx,
          'conclusion',
          ok ? 'consistent' : 'inconsistent',
          c.place,
          reported,
          recomputed,
          ok ? ctx.m.conclusionConsistent() : ctx.m.conclusionContradicts(c.decision, significant),
        ),
      );
    }
    return out;
  },
};
