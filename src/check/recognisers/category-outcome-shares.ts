/**
 * Prevalence tables: each row a category's count with its share of the sample, then how many of
 * that category had the outcome, with their share of the category ("Frequency (%) | No Positive
 * (%)": `Single | 8119 (31.50) | 24 (0.30)`, 24 of the 8119 single adults, 0.30%). The second
 * pair's share is of the first pair's count, not of a column total, so the column readers leave
 * it unread.
 *
 * Such a share fits its row's first count only by design, so the reading needs a table of such
 * rows: of the rows (three at least) whose k-th and (k+1)-th pairs stand side by side, the
 * second count no larger than the first, every one's second share fits the first count but one
 * row at most (the misprint the check is there to find), and that only when three rows or more
 * fit. Rows are one table while the gap between them holds fewer than ten rows without pairs.
 */
import { matches } from '../checks/percentages.ts';
import type { PercentGroup } from '../types.ts';
import type { PublishedRow, PairToken as Pair } from './published-rows.ts';

const TABLE_GAP = 10;

interface Candidate {
  row: PublishedRow;
  of: Pair;
  share: Pair;
}

export function readCategoryOutcomeShares(rows: PublishedRow[], read: Set<number>): PercentGroup[] {
  const out: PercentGroup[] = [];
  const pairsOf = (row: PublishedRow) => row.tokens.filter((t): t is Pair => t.kind === 'pair');
  const tables: PublishedRow[][] = [];
  let gap = Infinity;
  for (const row of rows) {
    if (pairsOf(row).length >= 2) {
      if (gap >= TABLE_GAP) tables.push([]);
      gap = 0;
      tables[tables.length - 1]!.push(row);
    } else gap++;
  }
  for (const table of tables) {
    const width = Math.max(...table.map((r) => pairsOf(r).length));
    for (let k = 0; k + 1 < width; k++) {
      const candidates: Candidate[] = [];
      for (const row of table) {
        const pairs = pairsOf(row);
        const of = pairs[k];
        const share = pairs[k + 1];
        if (!of || !share || read.has(share.pct.start) || share.count > of.count || of.count === 0) continue;
        candidates.push({ row, of, share });
      }
      const fit = candidates.filter((c) => matches(c.share.count, c.of.count, c.share.pct)).length;
      if (candidates.length < 3 || fit < 3 || fit < candidates.length - 1) continue;
      for (const { row, of, share } of candidates) {
        read.add(share.pct.start);
        out.push({
          pairs: [{ count: share.count, countStart: share.countStart, pct: share.pct, ownTotal: null }],
          statedTotals: [of.count],
          totalSource: 'category',
          place: { start: row.start, end: row.end, quoteStart: row.start, quoteEnd: row.end },
          para: -1,
        });
      }
    }
  }
  return out;
}
