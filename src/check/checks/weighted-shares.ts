/**
 * Shares a text says are weighted: survey weights, a complex sample design, "weighted %". A
 * weighted percentage is Σ weights of the category over Σ weights, not the printed count over
 * the printed total (77 of 165 printed 49.5%, design-weighted), so a text that says its
 * shares are weighted has no share naskah can recompute from its counts: each percentage
 * finding becomes not checkable, and says why. The cue names shares or a survey design, never
 * "weighted" alone (a weighted kappa, mean or least squares says nothing about shares), nor a
 * sample's weight (grams of a specimen).
 */
import type { Finding } from '../types.ts';
import type { CheckContext, Located } from './check.ts';

const WEIGHTED_SHARES =
  /\bweighted\s*(?:%|percent(?:age)?s?\b|proportions?\b|prevalences?\b|frequenc(?:y|ies)\b)|\b(?:survey|sampling|design)\s+weights?\b|\bcomplex[\s-]+(?:samples?|survey|sampling)(?:\s+design)?\b|\bpersentase\s+tertimbang\b|\bproporsi\s+tertimbang\b|\bbobot\s+survei\b|\b(?:sampel|survei)\s+kompleks\b/i;

/** The first words in the text that say its shares are weighted, or null. */
export function weightingCue(text: string): string | null {
  return WEIGHTED_SHARES.exec(text)?.[0].replace(/\s+/g, ' ') ?? null;
}

/** Percentage findings of a text that says its shares are weighted, made not checkable. */
export function withoutWeightedShares(ctx: CheckContext, located: Located[]): Located[] {
  const cue = weightingCue(ctx.source.text);
  if (!cue) return located;
  const why = ctx.m.pctWeighted(cue);
  return located.map((l) => {
    const f = l.finding;
    if (f.check !== 'percentages' || f.verdict === 'not-checkable') return l;
    const finding: Finding = { ...f, verdict: 'not-checkable', recomputed: ctx.m.noneRecomputed, explanation: why };
    return { ...l, finding };
  });
}
