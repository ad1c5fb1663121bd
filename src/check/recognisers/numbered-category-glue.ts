/**
 * Rows of numbered categories whose number ran into the row's first count, as web pages store
 * tables with their cells run together: "Number of antihypertensive medications:" then " 0257
 * (32.3)232 (31.5)", " 1199 (25.0)191 (25.9)", " 2204 (25.6)…", … " 61 (0.1)1 (0.1)" are the
 * categories 0, 1, 2 … 6 with counts 257, 199, 204 … 1. Read as printed, "61 (0.1)" is 61 people
 * and 0.1% of the arm's 797, and the column's shares are held to a sum that lacks a count: false
 * alarms (wild11). The digits cannot be told apart by reading them, and a row whose cells ran
 * together may have lost one ("61 (0.1)1 (0.1)" ends the block one count short), so such rows are
 * not read.
 *
 * Such rows are at least three consecutive rows with no label, each starting with a pair whose
 * printed count has two digits or more, whose first digits count up by one from 0 or 1 (0, 1, 2, …),
 * and whose shares are not a row's percentages: where a row's shares add up to 100 ("1146 (25)439
 * (75)"), the row's own sum already tells the count (./row-shares.ts reads 146 of 585).
 */
import { addsTo100 } from '../checks/percentages.ts';
import type { PairToken, PublishedRow } from './published-rows.ts';

/** The rows of `table` whose first pair's leading digit is a glued category number. */
export function numberedCategoryGlue(
  text: string,
  table: PublishedRow[],
  pairsOf: Map<PublishedRow, PairToken[]>,
): PublishedRow[] {
  const out: PublishedRow[] = [];
  let run: PublishedRow[] = [];
  const close = () => {
    if (run.length >= 3) out.push(...run);
    run = [];
  };
  for (const row of table) {
    const first = pairsOf.get(row)?.[0];
    const digits =
      first && row.label.trim() === '' && row.tokens[0] === first ? /^\d+/.exec(text.slice(first.countStart)) : null;
    const rowPercents = addsTo100((pairsOf.get(row) ?? []).map((p) => p.pct));
    if (!digits || digits[0].length < 2 || rowPercents) {
      close();
      continue;
    }
    const lead = Number(digits[0][0]);
    const prev = run.length
      ? Number(/^\d/.exec(text.slice(pairsOf.get(run[run.length - 1]!)![0]!.countStart))![0])
      : null;
    if (prev === null ? lead > 1 : lead !== prev + 1) {
      close();
      if (lead > 1) continue;
    }
    run.push(row);
  }
  close();
  return out;
}
