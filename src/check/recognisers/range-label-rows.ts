/**
 * Frequency tables pasted flat whose row labels are numbers themselves, age or score ranges:
 * "Umur Tahun Jumlah Persentase 7-9 2 3,77 10-12 11 20,75 … 18 2 3,77 Total 53 100". Each row is
 * a range ("10-12", "13 – 15") or a whole number (a "> 18" that lost its sign), a count and a
 * share. The rows are read back from the total row ("Total/Jumlah N 100") as long as they have
 * that shape; the table is taken only when its counts add up to N and its shares to 100 within
 * their rounding (so no row was lost or misread), and each share is then held to its count of N.
 */
import type { Num, PercentGroup, TableBlock } from '../types.ts';
import { parseNum } from './numbers.ts';

const TOTAL_ROW = /(?<![\p{L}\p{N}])(?:Total|Jumlah)\s+(\d{1,6})\s+100(?:[.,]0{1,2})?\s*%?(?![\d]|[.,]\d)/gu;
/** One row, read from its end: label (range or whole number), count, share. */
const ROW_AT_END = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\s+(\d{1,5})\s+(\d{1,3}[.,]\d{1,2})\s*$/u;
const REACH = 400;

export function readRangeLabelRows(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  for (const t of text.matchAll(TOTAL_ROW)) {
    const total = Number(t[1]);
    const from = Math.max(0, t.index! - REACH);
    let before = text.slice(from, t.index!).replace(/\s+$/u, '');
    const rows: { count: Num; pct: Num; start: number }[] = [];
    for (let m = ROW_AT_END.exec(before); m; m = ROW_AT_END.exec(before)) {
      const at = from + m.index!;
      const countAt = at + m[0].indexOf(m[2]!, m[1]!.length);
      const count = parseNum(m[2]!, countAt);
      const pct = parseNum(m[3]!, at + m[0].lastIndexOf(m[3]!));
      if (!count || !pct) break;
      rows.unshift({ count, pct, start: at });
      before = before.slice(0, m.index!).replace(/\s+$/u, '');
    }
    if (rows.length < 2) continue;
    if (rows.reduce((s, r) => s + r.count.value, 0) !== total) continue;
    const shares = rows.reduce((s, r) => s + r.pct.value, 0);
    const slack = rows.reduce((s, r) => s + r.pct.half, 0);
    if (Math.abs(shares - 100) > slack + 1e-9) continue;
    if (rows.some((r) => inTable(r.pct.start) || taken.has(r.pct.start))) continue;
    const end = rows[rows.length - 1]!.pct.start + rows[rows.length - 1]!.pct.raw.length;
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
