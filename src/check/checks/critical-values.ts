/**
 * A decision drawn from a statistic against its critical value (no p printed): significant when
 * the statistic exceeds the critical value (|t|, |r|; F and χ² as they are). "t_(count)=6.39
 * and t_(table) = 1.67 … then H_0 is accepted" contradicts the printed numbers. Reported under
 * "conclusion"; a sentence whose decision the conclusion check reads from a p is left to it.
 */
import type { CriticalDecision } from '../types.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';
import { directionUnknown } from './one-tailed-direction.ts';

/**
 * The decision against what the numbers say: `effect` is whether they show what the decision's
 * "significant" names (a significant result, reliability, multicollinearity present).
 */
function decisionFinding(
  ctx: CheckContext,
  d: CriticalDecision,
  effect: boolean,
  recomputed: string,
  explanation: (ok: boolean) => string,
): Located {
  const ok = effect === d.significant;
  return makeFinding(
    ctx,
    'conclusion',
    ok ? 'consistent' : 'inconsistent',
    d.place,
    ctx.source.quote(d.place.start, d.place.end, 160),
    recomputed,
    explanation(ok),
  );
}

/** A reliability coefficient is reliable above the threshold the text names (Cronbach's α > 0,60). */
function reliabilityFinding(ctx: CheckContext, d: CriticalDecision): Located {
  const reliable = d.stat.value > d.critical.value;
  return decisionFinding(ctx, d, reliable, ctx.m.reliabilityRecomputed(d.stat.raw, d.critical.raw, reliable), (ok) =>
    ok ? ctx.m.reliabilityConsistent() : ctx.m.reliabilityContradicts(d.decision, reliable),
  );
}

/** Multicollinearity: a VIF above its threshold (10), a tolerance at or below its own (0,10). */
function collinearityFinding(ctx: CheckContext, d: CriticalDecision): Located {
  const vif = d.kind === 'vif';
  const present = vif ? d.stat.value > d.critical.value : d.stat.value <= d.critical.value;
  return decisionFinding(
    ctx,
    d,
    present,
    ctx.m.collinearityRecomputed(d.stat.raw, d.critical.raw, vif, present),
    (ok) => (ok ? ctx.m.collinearityConsistent() : ctx.m.collinearityContradicts(d.decision, present)),
  );
}

export const criticalValuesCheck: CheckUnit = {
  id: 'conclusion',
  run(ctx) {
    const out: Located[] = [];
    const judged = ctx.extraction.conclusions.map((c) => c.place);
    // A decision whose critical value is stated with its df is judged from those df (critical-value-df.ts).
    for (const d of ctx.extraction.dfCriticalDecisions ?? []) judged.push(d.place);
    for (const d of ctx.extraction.criticalDecisions) {
      if (judged.some((p) => p.quoteStart === d.place.quoteStart)) continue;
      if (d.kind === 'reliability') {
        out.push(reliabilityFinding(ctx, d));
        continue;
      }
      if (d.kind === 'vif' || d.kind === 'tolerance') {
        out.push(collinearityFinding(ctx, d));
        continue;
      }
      const size = d.kind === 't' || d.kind === 'r' ? Math.abs(d.stat.value) : d.stat.value;
      // A rank statistic (U) is significant at or below its critical value.
      const significant = d.kind === 'U' ? size <= d.critical.value : size > d.critical.value;
      const ok = significant === d.significant;
      if (!ok && directionUnknown(d.kind, d.stat.value, d.critical.value, d.significant, ctx.source.text)) {
        out.push(
          makeFinding(
            ctx,
            'conclusion',
            'not-checkable',
            d.place,
            ctx.source.quote(d.place.start, d.place.end, 160),
            ctx.m.criticalRecomputed(`|${d.stat.raw}|`, d.critical.raw, true),
            ctx.m.criticalDirectionUnknown(),
          ),
        );
        continue;
      }
      const recomputed =
        d.kind === 'U'
          ? ctx.m.criticalRecomputedLower(`U ${d.stat.raw}`, d.critical.raw, significant)
          : ctx.m.criticalRecomputed(
              d.kind === 't' || d.kind === 'r' ? `|${d.stat.raw}|` : d.stat.raw,
              d.critical.raw,
              significant,
            );
      out.push(
        decisionFinding(ctx, d, significant, recomputed, (agrees) =>
          agrees ? ctx.m.conclusionConsistentCritical() : ctx.m.conclusionContradictsCritical(d.decision, significant),
        ),
      );
    }
    return out;
  },
};
