/**
 * Cross tables that lost their layout and % signs, whose cells are shares of their ROW and whose
 * Total column carries the row's share of the GRAND total instead of 100 ("Tahu 111 33,73 218
 * 66,27 329 80,63 … Tidak Tahu 12 15,18 67 84,82 79 19,37 Jumlah 123 30,14 285 69,86 408 100"),
 * as many Indonesian theses print a "Jumlah n %" column. flat-cross-tables.ts reads rows of row
 * shares only when each ends in N and 100, and grand-total-cross-tables.ts only rows whose cells
 * are shares of the grand total; these rows are neither, and were left unread (bar the total row,
 * which alone reads as a row ending in N and 100).
 *
 * The layout must be certain before a share is held to a total:
 * - the total row: the cells' counts add up to its last count N, printed with 100, and the
 *   cells' shares (of N) add up to 100 within a point, none reading 100 (a total row of 100s
 *   closes a table of column shares);
 * - the rows just above it add up, column by column, to the total row's counts, and each row's
 *   cell counts add up to its own last count, whose share is not 100;
 * - each row's cell shares add up to 100 within a point (shares of its row; shares of the grand
 *   total add up to the row's own last share instead), allowing one row of three or more to miss
 *   (the misprint the check is there to find).
 * Each row's cells are then held to its own total, its last share and the total row's cells to N.
 */
import type { CountPct, PercentGroup, TableBlock } from '../types.ts';
import { isEmptyCell, isHundred, type Pair, pairsAt, rowsAbove, sum, totalWordRuns } from './flat-cross-tables.ts';

const cellCounts = (row: Pair[]) => sum(row.slice(0, -1).map((p) => p.count.value));

/** A row whose cell counts add up to its last count, printed with a share other than 100. */
function endsInGrandShare(row: Pair[]): boolean {
  const last = row[row.length - 1]!;
  return !isHundred(last.pct) && cellCounts(row) === last.count.value;
}

/** Do a row's cell shares add up to 100 within a point, as shares of that row do? */
const rowSharesAddUp = (row: Pair[]) => Math.abs(sum(row.slice(0, -1).map((p) => p.pct.value)) - 100) <= 1;

/** Two count–share pairs after the total word, the shares without % or in brackets. */
const PAIRS_ROW = /^\s+\d+\s+\(?\d+(?:[.,]\d+)?%?\)?\s+\d+\s+\(?\d+/;

export function readRowSharesGrandTotalColumns(text: string, tables: TableBlock[]): PercentGroup[] {
  const groups: PercentGroup[] = [];
  for (const { toks, ti, run } of totalWordRuns(text, tables, PAIRS_ROW)) {
    // m pairs: two or more cells, then the total's.
    for (let m = Math.floor(run / 2); m >= 3; m--) {
      const total = pairsAt(toks, ti + 1, m);
      if (!total) continue;
      const last = total[total.length - 1]!;
      if (!isHundred(last.pct) || cellCounts(total) !== last.count.value) continue;
      // A total row of 100s closes a table of column shares (flat-cross-tables.ts reads it); here
      // the total row's cells are shares of N and add up to 100 as a row's do.
      const cells = total.slice(0, -1);
      if (cells.some((p) => isHundred(p.pct)) || !rowSharesAddUp(total)) continue;
      const rows = rowsAbove(toks, ti, m, total, endsInGrandShare);
      if (!rows) continue;
      const misfits = rows.filter((r) => !rowSharesAddUp(r)).length;
      if (misfits > (rows.length >= 3 ? 1 : 0)) break;
      groups.push(...groupsOf(rows, total));
      break;
    }
  }
  return groups;
}

function groupsOf(rows: Pair[][], total: Pair[]): PercentGroup[] {
  const quoteStart = rows[0]![0]!.count.start;
  const quoteEnd = total[total.length - 1]!.pct.end;
  const n = total[total.length - 1]!.count.value;
  const group = (pairs: Pair[], of: number, totalSource: 'row' | 'table'): PercentGroup => ({
    pairs: pairs
      .filter((p) => !isEmptyCell(p))
      .map((p): CountPct => ({ count: p.count.value, countStart: p.count.start, pct: p.pct, ownTotal: null })),
    statedTotals: [of],
    totalSource,
    place: { start: quoteStart, end: quoteEnd, quoteStart, quoteEnd },
    para: -1,
  });
  return [
    ...rows.map((row) => group(row.slice(0, -1), row[row.length - 1]!.count.value, 'row')),
    group(total.slice(0, -1), n, 'row'),
    group(
      rows.map((row) => row[row.length - 1]!),
      n,
      'table',
    ),
  ];
}
