/**
 * A list of shares read as complete because its percentages add up to 100 within their
 * rounding ("disgusted (n = 29; 44%), dirty (n = 27; 41%), or fearful (n = 9; 14%)": 99)
 * may still leave a category out: one participant who named none of the three. Its total is
 * then not the sum of its counts. When the printed shares add up to less than 100, do not all
 * fit the sum of the counts, and all fit one larger whole total, no larger than the missing
 * share allows, that larger total is as good a reading as the sum: the list is not checkable.
 * A single miscomputed share rarely fits such a common total, so a real error is still flagged.
 */
import type { CountPct, Place } from '../types.ts';
import { makeFinding, type CheckContext, type Located } from './check.ts';

/**
 * The smallest total above the counts' sum that every pair fits, when the list may be partial;
 * null when the sum of the counts is the only reading (or the list already fits it).
 */
export function partialListTotal(
  run: CountPct[],
  fits: (count: number, total: number, pct: CountPct['pct']) => boolean,
): number | null {
  const sum = run.reduce((s, p) => s + p.count, 0);
  if (sum <= 0 || run.every((p) => fits(p.count, sum, p.pct))) return null;
  const printed = run.reduce((s, p) => s + p.pct.value, 0);
  if (!(printed < 100)) return null;
  // The missing share is at most 100 minus the smallest sum the printed shares can stand for.
  const least = printed - run.reduce((s, p) => s + p.pct.half, 0);
  if (!(least > 0)) return null;
  const largest = Math.floor((100 * sum) / least + 1e-9);
  for (let total = sum + 1; total <= largest; total++) if (run.every((p) => fits(p.count, total, p.pct))) return total;
  return null;
}

/** Not-checkable findings, one per pair, for a list that may be partial; null when it is not. */
export function partialListFindings(
  ctx: CheckContext,
  quote: Place,
  run: CountPct[],
  fits: (count: number, total: number, pct: CountPct['pct']) => boolean,
): Located[] | null {
  const total = partialListTotal(run, fits);
  if (total === null) return null;
  const sum = run.reduce((s, p) => s + p.count, 0);
  const recomputed = run.map((p) => ctx.m.pctRecomputed(p.count, total, (100 * p.count) / total)).join(', ');
  return run.map((p) => {
    const place: Place = {
      start: Math.min(p.countStart, p.pct.start),
      end: Math.max(p.countStart, p.pct.end),
      quoteStart: quote.quoteStart,
      quoteEnd: quote.quoteEnd,
    };
    return makeFinding(
      ctx,
      'percentages',
      'not-checkable',
      place,
      `${p.count} (${p.pct.raw}%)`,
      recomputed,
      ctx.m.pctPartialList(sum, total),
    );
  });
}
