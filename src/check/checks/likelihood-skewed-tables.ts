/**
 * A table whose off-centre ratio intervals all lean the way a likelihood-based interval leans
 * prints no Wald intervals, even when most of its intervals still look centred. A profile-
 * likelihood (or exact) interval of an odds ratio above 1 reaches further above the estimate
 * than below it on the log scale, so the printed ratio sits a little below the geometric centre
 * √(lower·upper); with bounds printed to one decimal most such intervals stay centred within
 * rounding and only a few show it (./not-wald-tables.ts, which needs most of a table off-centre,
 * then misses it). A misprint moves a ratio either way and by any amount; a method moves every
 * ratio above 1 the same way and by a small part of the interval. So when a table holds at least
 * MIN_SKEWED off-centre intervals, every one of them a ratio above 1 lying below its centre by at
 * most MAX_OFFSET of the half-width (on the log scale), and no other off-centre interval, its
 * intervals are not read as Wald intervals. A ratio above the centre (as an interval computed
 * symmetric on the ratio's own scale puts it) or far off it still counts as a misprint.
 */
import type { EstimateReport, Extraction } from '../types.ts';
import type { CheckContext } from './check.ts';
import { blockOf, blockStarts } from '../blocks.ts';
import { offCentre } from './not-wald-tables.ts';

const MIN_SKEWED = 3;
const MAX_OFFSET = 0.1;

type Lean = 'likelihood' | 'other';

/** How an off-centre ratio interval leans; `null` when it is centred within rounding or the ratio lies outside it. */
function lean(e: EstimateReport): Lean | null {
  if (offCentre(e) !== true) return null;
  const ci = e.ci!;
  const l = Math.log(ci.lower.value);
  const u = Math.log(ci.upper.value);
  const half = (u - l) / 2;
  if (!(half > 0) || !(e.value.value > 1)) return 'other';
  // Bounds to two decimals show a likelihood interval's lean in most of a table's ratios above 1,
  // which not-wald-tables.ts then reads; a few of them off-centre are misprints.
  if (ci.lower.decimals >= 2 && ci.upper.decimals >= 2) return 'other';
  const offset = (Math.log(e.value.value) - (l + u) / 2) / half;
  return offset < 0 && offset >= -MAX_OFFSET ? 'likelihood' : 'other';
}

interface Blocks {
  starts: number[];
  skewed: Set<number>;
}

const cache = new WeakMap<Extraction, Blocks>();

function blocks(ctx: CheckContext): Blocks {
  let b = cache.get(ctx.extraction);
  if (b) return b;
  const starts = blockStarts(ctx.source.text);
  const tally = new Map<number, { likelihood: number; other: number }>();
  for (const e of ctx.extraction.estimates) {
    if (e.family !== 'ratio' || !e.ci || e.ci.lower.value <= 0) continue;
    const how = lean(e);
    if (how === null) continue;
    const start = blockOf(starts, e.place.start);
    const t = tally.get(start) ?? { likelihood: 0, other: 0 };
    t[how]++;
    tally.set(start, t);
  }
  const skewed = new Set([...tally].filter(([, t]) => t.likelihood >= MIN_SKEWED && t.other === 0).map(([s]) => s));
  b = { starts, skewed };
  cache.set(ctx.extraction, b);
  return b;
}

/** Does this ratio stand in a table whose off-centre intervals all lean as likelihood-based intervals do? */
export function inLikelihoodSkewedTable(ctx: CheckContext, e: EstimateReport): boolean {
  if (e.family !== 'ratio') return false;
  const b = blocks(ctx);
  return b.skewed.size > 0 && b.skewed.has(blockOf(b.starts, e.place.start));
}
