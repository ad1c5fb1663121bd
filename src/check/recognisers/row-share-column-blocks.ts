/**
 * Cross tables of row shares whose cells page text prints column by column, each column's
 * categories stacked in one cell: the row labels, then for each column its counts and then their
 * shares, the Total column last with each row's total and 100 ("Umur Ibu … 20 dan 35 20-35 11 22
 * 50,0 26,2 11 62 50,0 73,8 22 84 100,0 100,0 0,032 1,909": the first column's 11 of 22 and 22
 * of 84, the second's 11 and 62, then the totals 22 and 84). ./group-counts-then-shares.ts reads
 * the same blocks when the shares are of each column (a total row of "N 100" under every group);
 * here each row's shares run across the columns, so neither block adds up to 100 on its own.
 *
 * The evidence is the Total column: a block of k ≥ 2 whole numbers followed by k shares of 100,
 * after two or more blocks of k whole numbers and k shares. The reading is taken only when, row
 * by row, the blocks' counts add up exactly to the total printed in the last block and their
 * shares to 100 within a point; each share is then held to its count over its row's total.
 * Anything after the Total column (a p, a ratio and its interval) is left alone, and so are
 * numbers another reader took.
 */
import type { CountPct, Num, PercentGroup, TableBlock } from '../types.ts';
import { isHundred, isInt, sum, tokenize } from './flat-cross-tables.ts';
import { paddedColumn } from './padded-decimals.ts';

const MAX_ROWS = 6;
const MAX_COLUMNS = 6;
/** How far before the Total column's 100s the table's counts and shares may start. */
const WINDOW = 400;
const HUNDREDS = /(?<![\d.,])100(?:[.,]0+)?(?:\s+100(?:[.,]0+)?)+(?![\d.,]*\d)/gu;

interface Reading {
  /** counts[column][row] and shares[column][row] of the columns before the Total column. */
  counts: Num[][];
  shares: Num[][];
  totals: Num[];
}

const isShare = (n: Num) => n.value <= 100 + n.half;

/** The blocks of `k` counts and `k` shares from `from`, closed by a Total column, or null. */
function readAt(nums: Num[], from: number, k: number): Reading | null {
  const counts: Num[][] = [];
  const shares: Num[][] = [];
  for (let at = from; at + 2 * k <= nums.length && counts.length <= MAX_COLUMNS; at += 2 * k) {
    const cs = nums.slice(at, at + k);
    const ps = nums.slice(at + k, at + 2 * k);
    if (!cs.every(isInt) || !ps.every(isShare)) return null;
    if (ps.every(isHundred)) {
      if (counts.length < 2) return null;
      return fits(counts, shares, cs) ? { counts, shares, totals: cs } : null;
    }
    counts.push(cs);
    shares.push(ps);
  }
  return null;
}

/** Row by row, do the columns' counts add up to the row's total and their shares to 100? */
function fits(counts: Num[][], shares: Num[][], totals: Num[]): boolean {
  return totals.every(
    (t, row) =>
      t.value > 0 &&
      sum(counts.map((c) => c[row]!.value)) === t.value &&
      Math.abs(sum(shares.map((s) => s[row]!.value)) - 100) <= 1,
  );
}

export function readRowShareColumnBlocks(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  let readTo = 0;
  // Only the numbers before a Total column's 100s are tokenised (cheap test first).
  for (const hit of text.matchAll(HUNDREDS)) {
    const end = hit.index! + hit[0].length;
    // From a space, so that no number is read cut in two.
    let from = Math.max(readTo, hit.index! - WINDOW);
    while (from > readTo && /\S/.test(text[from - 1]!)) from--;
    const toks = tokenize(text, from, end);
    readTo = end;
    let i = 0;
    while (i < toks.length) {
      if (toks[i]!.kind !== 'num') {
        i++;
        continue;
      }
      const run: Num[] = [];
      while (i < toks.length && toks[i]!.kind === 'num') run.push((toks[i++] as { num: Num }).num);
      groups.push(...readRun(run, inTable, taken));
    }
  }
  return groups;
}

/** The first reading in a run of numbers (the row labels' own numbers may come before it). */
function readRun(run: Num[], inTable: (at: number) => boolean, taken: Set<number>): PercentGroup[] {
  for (let from = 0; from < run.length; from++)
    for (let k = 2; k <= MAX_ROWS; k++) {
      const r = readAt(run, from, k);
      if (!r) continue;
      const all = r.shares.flat();
      if (all.some((p) => taken.has(p.start) || inTable(p.start))) continue;
      return r.totals.map((t, row) => {
        const pcts = paddedColumn(r.shares.map((s) => s[row]!));
        const pairs: CountPct[] = r.counts.map((c, col) => ({
          count: c[row]!.value,
          countStart: c[row]!.start,
          pct: pcts[col]!,
          ownTotal: null,
          apart: true,
        }));
        const start = r.counts[0]![row]!.start;
        const end = t.end;
        return {
          pairs,
          statedTotals: [t.value],
          totalSource: 'row' as const,
          place: { start, end, quoteStart: start, quoteEnd: end },
          para: -1,
        };
      });
    }
  return [];
}
