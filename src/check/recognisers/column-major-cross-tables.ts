/**
 * Cross tables of column shares whose cells page text prints column by column, each column's
 * categories stacked in one cell: "VARIABEL KASUS N KONTROL N OR 95 CI p … - Obesitas ringan -
 * Tidak obesitas 9 23,08 30 76,92 7 13,73 44 86,27 1,89 0,63 – 5,62 0,25 JUMLAH 39 100,00 51
 * 100,00" (the cases' 9 and 30, then the controls' 7 and 44, then the odds ratio, its interval and
 * the p). The total row, a count and 100 under every column, is the evidence: the pairs are read
 * only when, taken column by column, each column's counts add up to its total and its shares to
 * 100 within a point, and the same pairs taken row by row (what recognisers/flat-cross-tables.ts
 * reads) do not also fit with other totals. Each share is then checked against its column's total.
 */
import type { CountPct, PercentGroup, TableBlock } from '../types.ts';
import { isEmptyCell, isHundred, type Pair, pairsAt, sum, tokenize } from './flat-cross-tables.ts';
import { paddedColumn } from './padded-decimals.ts';

const WINDOW = 600;
/** What may stand between the last pair and the total row: an odds ratio, its interval and a p. */
const MAX_TRAILING_NUMBERS = 4;
const MAX_PAIRS = 12;

/** Which column each of `n` pairs belongs to, printed column by column or row by row. */
const columnMajor = (n: number, columns: number) => (i: number) => Math.floor(i / (n / columns));
const rowMajor = (_n: number, columns: number) => (i: number) => i % columns;

/** Does every column's counts add up to its total and its shares to 100 within a point? */
function fits(pairs: Pair[], totals: Pair[], columnOf: (i: number) => number): boolean {
  return totals.every((t, c) => {
    const mine = pairs.filter((_, i) => columnOf(i) === c);
    return (
      sum(mine.map((p) => p.count.value)) === t.count.value && Math.abs(sum(mine.map((p) => p.pct.value)) - 100) <= 1
    );
  });
}

export function readColumnMajorCrossTables(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  for (const hit of text.matchAll(/(?<![\p{L}])(?:jumlah|total)(?![\p{L}])/giu)) {
    const at = hit.index!;
    // The total row, a count and 100 under each column (cheap test first).
    if (
      inTable(at) ||
      !/^\s+\d+\s+100(?:[.,]0+)?\s+\d+\s+100/.test(text.slice(at + hit[0].length, at + hit[0].length + 40))
    )
      continue;
    const toks = tokenize(text, Math.max(0, at - WINDOW), Math.min(text.length, at + 120));
    const ti = toks.findIndex((t) => t.kind === 'word' && t.start === at);
    if (ti < 1) continue;
    let columns = 0;
    while (pairsAt(toks, ti + 1, columns + 1)?.every((p) => isHundred(p.pct))) columns++;
    if (columns < 2) continue;
    const totals = pairsAt(toks, ti + 1, columns)!;
    // The numbers between the row labels and the total row.
    let first = ti;
    while (first > 0 && toks[first - 1]!.kind !== 'word') first--;
    const readings: Pair[][] = [];
    for (let rows = 2; rows * columns <= MAX_PAIRS; rows++) {
      const n = rows * columns;
      for (let k = first; k + 2 * n <= ti; k++) {
        const trailing = toks.slice(k + 2 * n, ti);
        if (trailing.filter((t) => t.kind === 'num').length > MAX_TRAILING_NUMBERS) continue;
        if (trailing.some((t) => t.kind === 'word')) continue;
        const pairs = pairsAt(toks, k, n);
        if (!pairs || !pairs.every((p, i) => p.count.value <= totals[columnMajor(n, columns)(i)]!.count.value))
          continue;
        if (!fits(pairs, totals, columnMajor(n, columns))) continue;
        // Taken row by row the pairs must not fit too, unless every column has the same total.
        const same = totals.every((t) => t.count.value === totals[0]!.count.value);
        if (!same && fits(pairs, totals, rowMajor(n, columns))) continue;
        readings.push(pairs);
      }
    }
    // One reading only: two ways of taking the numbers are a table not understood.
    if (readings.length !== 1) continue;
    const pairs = readings[0]!;
    if (pairs.some((p) => taken.has(p.pct.start))) continue;
    const n = pairs.length;
    const pcts = paddedColumn(pairs.map((p) => p.pct));
    const quoteStart = pairs[0]!.count.start;
    const quoteEnd = totals[totals.length - 1]!.pct.end;
    totals.forEach((t, c) => {
      const mine: CountPct[] = pairs
        .map((p, i) => ({ count: p.count.value, countStart: p.count.start, pct: pcts[i]!, ownTotal: null }))
        .filter((_, i) => columnMajor(n, columns)(i) === c && !isEmptyCell(pairs[i]!));
      groups.push({
        pairs: mine,
        statedTotals: [t.count.value],
        totalSource: 'table',
        place: { start: quoteStart, end: quoteEnd, quoteStart, quoteEnd },
        para: -1,
      });
    });
  }
  return groups;
}
