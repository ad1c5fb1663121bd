/**
 * Frequency tables that lost their layout, one of whose counts is misprinted: "Pendidikan Jumlah
 * Persentase SD 37 45 SMP 16 26,7 SMA 16 26,7 Perguruan Tinggi 1 1,7 Jumlah 60 100" (37 + 16 +
 * 16 + 1 = 70, not 60; 45 % of 60 is 27). flat-tables.ts reads such a table only when its counts
 * add up to the total row's N, so a misprinted count left the whole table unread.
 *
 * Here the shares are the evidence, and must be before any is held to N:
 * - the rows just above the total row ("Jumlah/Total N 100"), each a label, a count and a share,
 *   whose shares add up to 100 within their rounding (so no row is missing);
 * - three rows or more, the counts not adding up to N (a table whose do is flat-tables.ts's);
 * - every share but one fits its count of N: shares of N, one of whose rows is misprinted.
 * Every share is then held to N, and the one that does not fit is flagged. The total row's own
 * sum is not judged here: which of the row's numbers is wrong is the share's finding.
 */
import type { CountPct, PercentGroup, TableBlock } from '../types.ts';
import { matches } from '../checks/percentages.ts';
import { isHundred, type Pair, pairsAt, sum, totalWordRuns } from './flat-cross-tables.ts';

const MIN_ROWS = 3;

export function readMisprintedCountRows(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const groups: PercentGroup[] = [];
  for (const { toks, ti, run } of totalWordRuns(text, tables, /^\s+\d+\s+100(?:[.,]0+)?(?![\d.,]*\d)/)) {
    if (run < 2) continue;
    const total = pairsAt(toks, ti + 1, 1)?.[0];
    if (!total || !isHundred(total.pct)) continue;
    const n = total.count.value;
    if (!(n > 0)) continue;
    // Rows backwards from the total row, each a label (its words), then its count and its share.
    const rows: Pair[] = [];
    let shares = 0;
    let slack = 0;
    let j = ti - 2;
    while (j > 0 && toks[j - 1]?.kind === 'word') {
      const row = pairsAt(toks, j, 1)?.[0];
      if (!row || isHundred(row.pct)) break;
      rows.unshift(row);
      shares += row.pct.value;
      slack += row.pct.half;
      if (Math.abs(shares - 100) <= slack + 1e-9 || shares > 100 + slack) break;
      let k = j - 1;
      while (k >= 0 && toks[k]?.kind === 'word') k--;
      j = k - 1;
    }
    if (rows.length < MIN_ROWS || Math.abs(shares - 100) > slack + 1e-9) continue;
    if (rows.some((r) => taken.has(r.pct.start)) || sum(rows.map((r) => r.count.value)) === n) continue;
    if (rows.filter((r) => !matches(r.count.value, n, r.pct)).length !== 1) continue;
    const quoteStart = rows[0]!.count.start;
    const quoteEnd = total.pct.end;
    groups.push({
      pairs: rows.map(
        (r): CountPct => ({ count: r.count.value, countStart: r.count.start, pct: r.pct, ownTotal: null }),
      ),
      statedTotals: [n],
      place: { start: quoteStart, end: quoteEnd, quoteStart, quoteEnd },
      para: -1,
    });
  }
  return groups;
}
