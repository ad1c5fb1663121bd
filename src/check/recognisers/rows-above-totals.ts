/**
 * Frequency tables pasted flat and closed by a total row of the whole ("Total 53 100",
 * "Jumlah 86 100%"): the readers of their rows (./range-label-rows.ts, ./bounded-range-rows.ts)
 * differ only in how a row reads; what makes the rows one table of shares of N is the same and
 * is here. The table is taken only when its counts add up to N and its shares to 100 within
 * their rounding (so no row was lost or misread), and none of its shares is in a laid-out table
 * or already read by another reader.
 */
import type { Num, PercentGroup, TableBlock } from '../types.ts';

/** A row of the table: its count, its share, and where the row starts. */
export interface FrequencyRow {
  count: Num;
  pct: Num;
  start: number;
}

/** The total row: N, then 100 (the shares' sum). */
const TOTAL_ROW = /(?<![\p{L}\p{N}])(?:Total|Jumlah)\s+(\d{1,6})\s+100(?:[.,]0{1,2})?\s*%?(?![\d]|[.,]\d)/gu;

/**
 * Each total row's table, its rows read by `rowsIn` from the `reach` characters before the total
 * row (`before` starts at offset `from`; null when they do not read as rows).
 */
export function readRowsAboveTotals(
  text: string,
  tables: TableBlock[],
  taken: Set<number>,
  reach: number,
  rowsIn: (before: string, from: number) => FrequencyRow[] | null,
): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  for (const t of text.matchAll(TOTAL_ROW)) {
    const total = Number(t[1]);
    const from = Math.max(0, t.index! - reach);
    const rows = rowsIn(text.slice(from, t.index!), from);
    if (!rows || rows.length < 2) continue;
    if (rows.reduce((s, r) => s + r.count.value, 0) !== total) continue;
    const shares = rows.reduce((s, r) => s + r.pct.value, 0);
    const slack = rows.reduce((s, r) => s + r.pct.half, 0);
    if (Math.abs(shares - 100) > slack + 1e-9) continue;
    if (rows.some((r) => inTable(r.pct.start) || taken.has(r.pct.start))) continue;
    const end = rows[rows.length - 1]!.pct.end;
    groups.push({
      pairs: rows.map((r) => ({
        count: r.count.value,
        countStart: r.count.start,
        pct: r.pct,
        ownTotal: null,
        apart: true,
      })),
      statedTotals: [total],
      totalSource: 'table',
      place: { start: rows[0]!.start, end, quoteStart: rows[0]!.start, quoteEnd: t.index! + t[0].length },
      para: -1,
    });
  }
  return groups;
}
