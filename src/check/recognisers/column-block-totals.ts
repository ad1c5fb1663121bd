/**
 * A table of whole-number scores whose layout was lost, its cells printed as one run of numbers
 * before the total row: "… l. Mengerjakan tugas tepat waktu 77 72 70 … 75 82 81 … 91 Skor total
 * seluruh siswa 859 985". The total row has k numbers (one per column), the run k · m numbers:
 * the cells either column after column (each column's m cells together, as a page stores a table
 * read by columns) or row after row.
 *
 * Which of the two it is, the sums tell: the reading under which more columns add up exactly to
 * their total is taken, when it is all of them or all but one and the other reading has fewer;
 * each column total is then held to its column. A frequency table's "N 100" total row, a run
 * broken by anything else than whitespace, and columns of fewer than four cells are not read.
 */
import type { ListedSumReport, Num } from '../types.ts';
import { parseNum, parseNumberRun } from './numbers.ts';

const TOTAL_ROW =
  /(?<![\p{L}])(?:(?:Jumlah|Total)(?:\s+(?:skor|nilai))?|Skor\s+total)(?:\s+(?:seluruh|semua)\s+\p{L}+)?((?:\s+\d{1,6}){2,6})(?![\d.,]*\d)/giu;
const MIN_CELLS = 4;

/** The whole numbers right before `end`, separated by whitespace only, nearest last. */
function runBefore(text: string, end: number): Num[] {
  const out: Num[] = [];
  let at = end;
  for (;;) {
    const m = /(?<![\p{L}\p{N}.,-])(\d{1,5})\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
    if (!m) break;
    const start = Math.max(0, at - 12) + m.index!;
    const num = parseNum(m[1]!, start);
    if (!num) break;
    out.unshift(num);
    at = start;
    if (out.length > 400) break;
  }
  return out;
}

export function readColumnBlockTotals(text: string): ListedSumReport[] {
  const out: ListedSumReport[] = [];
  for (const m of text.matchAll(TOTAL_ROW)) {
    const cellsAt = m.index! + m[0].length - m[1]!.length;
    // The cells are whole numbers only, so each reads as one.
    const totals = parseNumberRun(m[1]!, cellsAt)!;
    const k = totals.length;
    if (k === 2 && totals[1]!.value === 100) continue;
    const run = runBefore(text, m.index!);
    if (run.length < k * MIN_CELLS || run.length % k !== 0) continue;
    const rows = run.length / k;
    const byColumns = totals.map((_, c) => run.slice(c * rows, (c + 1) * rows));
    const byRows = totals.map((_, c) => run.filter((__, i) => i % k === c));
    const adding = (columns: Num[][]) =>
      columns.filter((col, c) => col.reduce((s, n) => s + n.value, 0) === totals[c]!.value).length;
    const [a, b] = [adding(byColumns), adding(byRows)];
    const best = a > b ? byColumns : b > a ? byRows : null;
    if (!best || Math.max(a, b) < k - 1 || Math.max(a, b) === 0) continue;
    best.forEach((values, c) => {
      const total = totals[c]!;
      out.push({
        values,
        total,
        mean: null,
        place: { start: total.start, end: total.end, quoteStart: m.index!, quoteEnd: cellsAt + m[1]!.length },
      });
    });
  }
  return out;
}
