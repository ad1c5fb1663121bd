/**
 * Cross tables that lost their layout and % signs, whose every share is of the GRAND total and
 * that print no row-total column: rows of count–percentage cells ("Baik 22 22,0 16 16,0 Kurang
 * 40 40,0 18 18,0"), closed by a total row whose cells' shares add up to 100 ("Jumlah 65 65,0 35
 * 35,0"). SPSS's "% of Total" crosstabs pasted as text give them. Neither reading of
 * flat-cross-tables.ts (a row ending in N and 100, a total row of 100s) nor that of
 * grand-total-cross-tables.ts (rows ending in their own total) takes them.
 *
 * What makes the shares those of the grand total, before any is held to it:
 * - the total row's shares add up to 100 within their rounding and none reads 100 (a column
 *   table's total row reads 100 under every column);
 * - the rows just above it add up, column by column, to its counts;
 * - no row's shares add up to 100 within a point (a table of row shares without its total
 *   column would: each of its rows, and its total row, adds up to 100);
 * - each column's shares add up to its total's share within a point (a misprinted share may
 *   break the exact sum, as the checks are there to find; a column share would not come close).
 * The grand total N is the sum of the total row's counts; every share, the total row's too, is
 * held to it.
 */
import type { CountPct, PercentGroup, TableBlock } from '../types.ts';
import { EPS } from '../rounding.ts';
import { isHundred, type Pair, pairsAt, rowsAbove, sum, totalWordRuns } from './flat-cross-tables.ts';

const shareSum = (ps: Pair[]) => sum(ps.map((p) => p.pct.value));

function isGrandShareTotalRow(total: Pair[]): boolean {
  if (total.some((p) => isHundred(p.pct)) || sum(total.map((p) => p.count.value)) <= 0) return false;
  return Math.abs(shareSum(total) - 100) <= sum(total.map((p) => p.pct.half)) + EPS;
}

const notRowShares = (row: Pair[]) => Math.abs(shareSum(row) - 100) > 1;

/** Two count–share pairs after the total word, the shares without % or brackets. */
const PLAIN_PAIRS_ROW = /^\s+\d+\s+\d+(?:[.,]\d+)?\s+\d+\s+\d+/;

export function readGrandShareCells(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const groups: PercentGroup[] = [];
  // The total row: two or more cells' pairs.
  for (const { toks, ti, run } of totalWordRuns(text, tables, PLAIN_PAIRS_ROW)) {
    for (let m = Math.floor(run / 2); m >= 2; m--) {
      const total = pairsAt(toks, ti + 1, m);
      if (!total || !isGrandShareTotalRow(total)) continue;
      const rows = rowsAbove(toks, ti, m, total, notRowShares);
      if (!rows) break;
      const columnsAddUp = total.every(
        (t, k) => Math.abs(shareSum(rows.map((r) => r[k]!)) - t.pct.value) <= 1 + t.pct.half + EPS,
      );
      const cells = [...rows.flat(), ...total];
      if (!columnsAddUp || cells.some((p) => taken.has(p.pct.start))) break;
      const n = sum(total.map((p) => p.count.value));
      const pairs: CountPct[] = cells.map((p) => ({
        count: p.count.value,
        countStart: p.count.start,
        pct: p.pct,
        ownTotal: null,
      }));
      const quoteStart = rows[0]![0]!.count.start;
      const quoteEnd = total[total.length - 1]!.pct.end;
      groups.push({
        pairs,
        statedTotals: [n],
        totalSource: 'table',
        place: { start: quoteStart, end: quoteEnd, quoteStart, quoteEnd },
        para: -1,
      });
      break;
    }
  }
  return groups;
}
