/**
 * Rows of a continuous variable in a table of counts and shares, told by how their numbers are
 * printed: where the table prints its shares with decimals ("Male, n (%) 98 (49.0)"), a row whose
 * bracketed numbers are whole ("Systolic blood pressure 138 (18)", "APACHE II score 18 (7)",
 * "Skor depresi 12 (5)") is a mean (SD), not 138 people who are 18% — read so, every such row
 * was a false alarm against the table's n (wild11). ./continuous-rows.ts knows such a row by a
 * unit in its label; this reader needs no label.
 *
 * Tables also round some rows' shares to whole numbers ("81 (36)" of 225 beside "110 (48.9)"), so
 * such a row is not dropped: its shares are read only where they fit the total they are held to
 * (a share that fits is checked, consistent; one that does not is more likely a mean (SD) than a
 * misprint, and is not read). A row is doubtful only when
 *  - at least two other rows of the table print their shares (without % sign) with decimals;
 *  - every pair of the row has no % sign, a whole number in brackets, and not 0 or 100 (a "0 (0)"
 *    or "12 (100)" cell is a share that needs no decimals);
 *  - its label does not say it holds counts or shares ("n (%)", "No.", "number", "jumlah").
 */
import { matches } from '../checks/percentages.ts';
import type { PercentGroup } from '../types.ts';
import type { PairToken, PublishedRow } from './published-rows.ts';

const SAYS_SHARES = /\bn\b|%|\bno\.|number|percent|jumlah|frekuensi|\bf\b/iu;

/** The rows of `table` (each with the pairs it may be read for) that are means (SD) by their format. */
export function wholeNumberSpreadRows(table: PublishedRow[], pairsOf: Map<PublishedRow, PairToken[]>): PublishedRow[] {
  const withPairs = table.filter((r) => (pairsOf.get(r)?.length ?? 0) > 0);
  const decimalRows = withPairs.filter((r) => pairsOf.get(r)!.every((p) => !p.hasSign && p.pct.decimals >= 1));
  if (decimalRows.length < 2) return [];
  return withPairs.filter((r) => {
    const pairs = pairsOf.get(r)!;
    return (
      !SAYS_SHARES.test(r.label) &&
      pairs.every((p) => !p.hasSign && p.pct.decimals === 0) &&
      pairs.some((p) => p.pct.value !== 0 && p.pct.value !== 100)
    );
  });
}

/** Keeps a group unless it is of a doubtful row (`doubtful`: row starts) and its share does not fit its total. */
export function fitsIfDoubtful(g: PercentGroup, doubtful: Set<number>): boolean {
  if (!doubtful.has(g.place.start) || g.statedTotals.length !== 1) return true;
  return g.pairs.every((p) => matches(p.count, g.statedTotals[0]!, p.pct));
}
