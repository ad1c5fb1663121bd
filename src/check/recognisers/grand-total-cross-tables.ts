/**
 * Cross tables that lost their layout and % signs, whose every share is of the GRAND total: each
 * row a label, its cells' count–percentage pairs, then its own total and that total's share ("Pegawai
 * swasta 25 6.7 79 21.1 104 27.7"), closed by a total row ending in N and 100 ("Total 62 16.5 313
 * 83.5 375 100"). Many Indonesian theses print cross tables this way (% of total, SPSS's "% of
 * Total"); neither the row-percentage reading (a row ending in 100) nor the column one (a total row
 * of 100s) of flat-cross-tables.ts takes them.
 *
 * The layout must be certain before any share is held to N, since a share of the row or of the
 * column held to N would be a false alarm:
 * - the rows just above the total row add up, column by column, to its counts, each row's last
 *   count is the sum of its cells, and no row's last share reads 100;
 * - each row's cell shares add up to its own total's share (within their rounding), which is what
 *   shares of one grand total do and row or column shares do not; one row of three or more may
 *   miss this (the misprint the check is there to find), no more;
 * - the total row's cell shares add up to 100.
 */
import type { CountPct, Num, PercentGroup, TableBlock } from '../types.ts';
import { EPS } from '../rounding.ts';
import {
  isEmptyCell,
  isHundred,
  isInt,
  type Pair,
  pairsAt,
  rowsAbove,
  sum,
  totalWordRuns,
} from './flat-cross-tables.ts';

const halves = (ns: Num[]) => sum(ns.map((n) => n.half));

/** Do a row's cell shares add up to its last share (the row total's), allowing each its rounding? */
function cellsAddUp(row: Pair[]): boolean {
  const cells = row.slice(0, -1).map((p) => p.pct);
  const last = row[row.length - 1]!.pct;
  return Math.abs(sum(cells.map((n) => n.value)) - last.value) <= halves(cells) + last.half + EPS;
}

/** A total row of m pairs: cells, then N and 100, the cells' counts adding up to N and their shares to 100. */
function isGrandTotalRow(total: Pair[]): boolean {
  const last = total[total.length - 1]!;
  const cells = total.slice(0, -1);
  if (!isHundred(last.pct) || sum(cells.map((p) => p.count.value)) !== last.count.value) return false;
  const pcts = cells.map((p) => p.pct);
  return Math.abs(sum(pcts.map((n) => n.value)) - 100) <= halves(pcts) + EPS;
}

/** A row of shares of the grand total: its last pair is the row's count N with its own share (not 100), the other counts adding up to N. */
function endsInRowCount(row: Pair[]): boolean {
  const last = row[row.length - 1]!;
  return !isHundred(last.pct) && sum(row.slice(0, -1).map((p) => p.count.value)) === last.count.value;
}

/** Two count–share pairs after the total word, the shares without % or brackets. */
const PLAIN_PAIRS_ROW = /^\s+\d+\s+\d+(?:[.,]\d+)?\s+\d+\s+\d+/;

export function readGrandTotalCrossTables(text: string, tables: TableBlock[]): PercentGroup[] {
  const groups: PercentGroup[] = [];
  // The total row: at least two cells' pairs, then N and 100.
  for (const { toks, ti, run } of totalWordRuns(text, tables, PLAIN_PAIRS_ROW)) {
    for (let m = Math.floor(run / 2); m >= 3; m--) {
      const total = pairsAt(toks, ti + 1, m);
      if (!total || !isGrandTotalRow(total)) continue;
      const rows = rowsAbove(toks, ti, m, total, endsInRowCount);
      if (!rows) continue;
      const misfits = rows.filter((r) => !cellsAddUp(r)).length;
      if (misfits > (rows.length >= 3 ? 1 : 0)) break;
      groups.push(groupOf(rows, total));
      break;
    }
  }
  return groups;
}

function groupOf(rows: Pair[][], total: Pair[]): PercentGroup {
  const n = total[total.length - 1]!.count.value;
  const pairs: CountPct[] = [...rows.flat(), ...total.slice(0, -1)]
    .filter((p) => isInt(p.count) && !isEmptyCell(p))
    .map((p) => ({ count: p.count.value, countStart: p.count.start, pct: p.pct, ownTotal: null }));
  const quoteStart = rows[0]![0]!.count.start;
  const quoteEnd = total[total.length - 1]!.pct.end;
  return {
    pairs,
    statedTotals: [n],
    totalSource: 'table',
    place: { start: quoteStart, end: quoteEnd, quoteStart, quoteEnd },
    para: -1,
  };
}
