/**
 * Rows of row percentages printed once per stratum side by side: a table stratified by sex (or
 * site, or period) repeats the outcome's categories for each stratum, `< 30 | 156 (90.7) | 16
 * (9.3) | 1 | | 221 (90.6) | 23 (9.4) | 1 |` (men's No and Yes, then women's). Each stratum's
 * shares add up to 100 over its own counts, so the row's shares add up to 200 (or 300) and
 * ./row-shares.ts would not take the table for one of row percentages; nor do its columns add
 * up to 100 as column shares would.
 *
 * A row is read so when its pairs fall, in order, into two or more runs of one length (two
 * pairs at least each), every run's shares adding up to 100 within their rounding; each run is
 * then a row of its own stratum. ./row-shares.ts still asks that most of the table's rows read
 * so before it takes any. A row whose every share ends in a 0 at its last decimal (`73 (82.0) |
 * 16 (18.0) | 75 (79.0) | 20 (21.0)`: four values, not the two of one stratum) may print whole
 * per cents padded, and is read so (./padded-decimals.ts).
 */
import { addsTo100 } from '../checks/percentages.ts';
import type { Num } from '../types.ts';
import { paddedList } from './padded-decimals.ts';

/** The row's pairs cut into its strata's runs, or null when the row is not such a row. */
export function stratumRuns<P extends { pct: Num }>(pairs: P[]): P[][] | null {
  for (let width = 2; width <= pairs.length / 2; width++) {
    if (pairs.length % width !== 0) continue;
    const runs: P[][] = [];
    for (let i = 0; i < pairs.length; i += width) runs.push(pairs.slice(i, i + width));
    if (!runs.every((run) => addsTo100(run.map((p) => p.pct)))) continue;
    const pcts = paddedList(pairs.map((p) => p.pct));
    return runs.map((run, r) => run.map((p, k) => ({ ...p, pct: pcts[r * width + k]! })));
  }
  return null;
}
