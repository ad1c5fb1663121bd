/**
 * A ratio printed twice: once with its p and no interval ("Faktor dominan … adalah riwayat ASI
 * eksklusif (p=0.04 dan OR=0.235)"), once with its interval and no p ("Riwayat ASI eksklusif
 * (OR=0.235; 95%CI: 0.088-0.630)"). It is one result, so the p is checked against the interval
 * as if printed with it (a Wald interval of 0.088–0.630 implies p ≈ 0.004). Read only where
 * the pairing cannot be a coincidence: the same label and the same printed value with at least
 * three significant digits, printed exactly twice in the text as a ratio, the p in the same
 * parenthesis as the first mention (nothing but "dan"/"and" and separators between them), and no
 * other p there.
 */
import type { EstimateReport, Extraction, PReport } from '../types.ts';
import { partitionPoint } from '../sorted.ts';
import type { CheckContext, CheckUnit, Located } from './check.ts';
import { pAgainstCi } from './confidence-interval.ts';
import { differentStages } from '../recognisers/analysis-stage.ts';

/** What may stand between a p and its ratio inside one parenthesis: separators and "dan"/"and". */
const JOINED = /^[\s;,]*(?:(?:dan|and|serta)\s*)?$/iu;

/** Significant digits of a printed number: 0.235 → 3, 12.5 → 3, 3.31 → 3. */
function significantDigits(raw: string): number {
  return raw.replace(/[^\d]/g, '').replace(/^0+/, '').length;
}

/** The one unattached p in the same parenthesis as the ratio mention, right before or after it. */
function pOfMention(ctx: CheckContext, ps: readonly PReading[], e: EstimateReport): PReport | null {
  const text = ctx.source.text;
  const open = text.lastIndexOf('(', e.place.start);
  const close = text.indexOf(')', e.place.start);
  if (open < 0 || close < 0 || text.slice(open + 1, e.place.start).includes(')')) return null;
  // The p-values sorted by place: those inside the parenthesis by binary search, not a filter of all.
  const from = partitionPoint(ps, (v) => v.p.start <= open);
  const to = partitionPoint(ps, (v) => v.p.start < close);
  const inside = ps.slice(from, to).filter((v) => v.p.end <= close);
  if (inside.length !== 1 || inside[0]!.attached) return null;
  const p = inside[0]!.p;
  const between = p.end <= e.value.start ? text.slice(p.end, e.place.start) : text.slice(e.value.end, p.start);
  return JOINED.test(between) ? p : null;
}

type PReading = Extraction['pValues'][number];

export const restatedRatioPCheck: CheckUnit = {
  id: 'confidence-interval',
  run(ctx) {
    // Ratios by label and printed value: one pass, so a long text's many ratios stay linear.
    const byValue = new Map<string, EstimateReport[]>();
    for (const e of ctx.extraction.estimates) {
      if (e.family !== 'ratio' || significantDigits(e.value.raw) < 3) continue;
      const key = `${e.label.toLowerCase()} ${e.value.raw}`;
      const list = byValue.get(key);
      if (list) list.push(e);
      else byValue.set(key, [e]);
    }
    let ps: PReading[] | null = null;
    const out: Located[] = [];
    for (const same of byValue.values()) {
      if (same.length !== 2) continue;
      const withCi = same.find((e) => e.ci && !e.p);
      const bare = same.find((e) => e !== withCi);
      if (!withCi || !bare || bare.ci || bare.p) continue;
      ps ??= [...ctx.extraction.pValues].sort((a, b) => a.p.start - b.p.start);
      const p = pOfMention(ctx, ps, bare);
      if (!p) continue;
      // A crude ratio's p beside an adjusted ratio's interval: the same value by chance.
      if (differentStages(ctx.source.text, bare.place.start, withCi.place.start)) continue;
      // The finding spans both mentions, and quotes both: the p with its ratio, and the interval.
      const first = bare.place.start < withCi.place.start ? bare : withCi;
      const last = first === bare ? withCi : bare;
      const place = {
        start: Math.min(p.start, first.place.start),
        end: Math.max(last.place.end, p.end),
        quoteStart: first.place.quoteStart,
        quoteEnd: last.place.quoteEnd,
      };
      const f = pAgainstCi(ctx, { ...withCi, p, place });
      if (f) out.push(f);
    }
    return out;
  },
};
