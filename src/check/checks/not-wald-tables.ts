/**
 * A table whose ratio intervals are, for the most part, off-centre on the log scale does not
 * print Wald intervals. A Wald interval exp(ln OR ± z·SE) is symmetric around ln OR by
 * construction, so one asymmetric interval among centred ones is a misprint; but when most of a
 * table's intervals are asymmetric, the table uses another method (profile likelihood, as Cox
 * and logistic software often prints; exact; bootstrap), and its p-values (likelihood-ratio,
 * score) are no Wald p either. In such a table only that each ratio lies inside its interval is
 * checked. A table is the block of consecutive non-blank lines holding the ratio; it counts
 * when it holds at least MIN_INTERVALS ratio intervals with the ratio inside.
 */
import type { EstimateReport, Extraction } from '../types.ts';
import { EPS, numInterval, overlaps, type Interval } from '../rounding.ts';
import type { CheckContext } from './check.ts';
import { blockOf, blockStarts } from '../blocks.ts';

const MIN_INTERVALS = 6;

/** Is a ratio inside its interval, and off the interval's centre √(lower·upper) beyond rounding? `null` when outside. */
export function offCentre(e: EstimateReport): boolean | null {
  const ci = e.ci!;
  const est = numInterval(e.value);
  const lo = numInterval(ci.lower);
  const hi = numInterval(ci.upper);
  if (!(est[1] >= lo[0] - EPS && est[0] <= hi[1] + EPS)) return null;
  const centre: Interval = [Math.sqrt(Math.max(lo[0], 0) * Math.max(hi[0], 0)), Math.sqrt(lo[1] * hi[1])];
  return !overlaps(centre, est);
}

interface Blocks {
  starts: number[];
  notWald: Set<number>;
}

const cache = new WeakMap<Extraction, Blocks>();

/** The blocks of the text, and those whose ratio intervals are mostly off-centre. */
function blocks(ctx: CheckContext): Blocks {
  let b = cache.get(ctx.extraction);
  if (b) return b;
  const starts = blockStarts(ctx.source.text);
  const tally = new Map<number, { inside: number; off: number }>();
  for (const e of ctx.extraction.estimates) {
    if (e.family !== 'ratio' || !e.ci || e.ci.lower.value <= 0) continue;
    const off = offCentre(e);
    if (off === null) continue;
    const start = blockOf(starts, e.place.start);
    const t = tally.get(start) ?? { inside: 0, off: 0 };
    t.inside++;
    if (off) t.off++;
    tally.set(start, t);
  }
  const notWald = new Set(
    [...tally].filter(([, t]) => t.inside >= MIN_INTERVALS && 2 * t.off > t.inside).map(([s]) => s),
  );
  b = { starts, notWald };
  cache.set(ctx.extraction, b);
  return b;
}

/** Does this ratio stand in a table whose intervals are mostly not centred (so not Wald intervals)? */
export function inNotWaldTable(ctx: CheckContext, e: EstimateReport): boolean {
  if (e.family !== 'ratio') return false;
  const b = blocks(ctx);
  return b.notWald.size > 0 && b.notWald.has(blockOf(b.starts, e.place.start));
}
