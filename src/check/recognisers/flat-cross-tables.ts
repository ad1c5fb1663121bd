/**
 * Cross tables that lost their layout and their % signs in page text, read back as rows of
 * count–percentage pairs, with the table's own totals as the evidence:
 * - row percentages, each row ending in its total and 100 ("1 Rendah 18 75 6 25 24 100 0,016 …
 *   2 Tinggi 5 31,3 11 68,8 16 100 Jumlah 23 57,5 17 42,5 40 100"): every share is checked
 *   against its row's total, the total row's shares against the grand total;
 * - column percentages, the total row reading 100 under every column ("1 Bekerja 26 81,3 61
 *   88,1 87 86,1 2 Tidak Bekerja 6 18,8 8 11,6 14 13,9 Total 32 100,0 69 100,0 101 100,0"):
 *   every share is checked against its column's total.
 * A run is read only when the counts of the rows just above the total row add up, column by
 * column, to the total row's counts (and, for row percentages, each row's last count is the sum
 * of its others); anything after a row's pairs (p, an odds ratio and its interval, the next
 * row's number) is left alone. A row of row percentages is its own evidence even without a
 * total row: "Tidak Efektif 36 55,4 29 44,6 65 100" (two or more counts, then their sum and 100).
 */
import type { CountPct, Lang, Num, PercentGroup, TableBlock } from '../types.ts';
import { pairsAfterNumberedLabel } from './label-number-rows.ts';
import { parseNum } from './numbers.ts';
import { paddedWholeShares } from './padded-whole-shares.ts';

export type { Tok } from './flat-table-tokens.ts';
import type { Tok } from './flat-table-tokens.ts';

// A share in brackets after its count ("51 (67,1)") is read as the bare number; a pair of dashes
// standing alone ("- -") is an empty cell, a count of 0 and its share. A word closing a bracket
// ends a row's label as any word does: "Tinggi (PT) 2 11,1 16 88,9 18 100".
const TOKEN =
  /((?<![\p{L}\p{N}.,])[-–]\s+[-–](?![\p{L}\p{N}]))|\(\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*\)|(\d{1,6}(?:[.,]\d+)?)(?![\p{L}\d])|([\p{L}][\p{L}\p{N}\-/]*\)?)|([=<>≤≥:;±%()[\]]|[-–](?=\s*\d))/gu;

export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  for (const m of text.slice(from, to).matchAll(TOKEN)) {
    const start = from + m.index!;
    if (m[1]) {
      const second = start + m[0].length - 1;
      out.push({ kind: 'num', num: emptyCell(start) }, { kind: 'num', num: emptyCell(second) });
      continue;
    }
    const digits = m[2] ?? m[3];
    if (digits) {
      const num = parseNum(digits, start + m[0].indexOf(digits));
      if (num) out.push({ kind: 'num', num });
    } else out.push({ kind: m[4] ? 'word' : 'break', start, end: start + m[0].length });
  }
  return out;
}

const emptyCell = (start: number): Num => ({ value: 0, decimals: 0, half: 0.5, raw: '-', start, end: start + 1 });
/** A dash printed for an empty cell: a count of 0 with no share to check. */
export const isEmptyCell = (p: Pair) => p.count.raw === '-';

export const isInt = (n: Num) => n.decimals === 0;
export const isHundred = (n: Num) => Math.abs(n.value - 100) <= n.half + 1e-9;
export const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

export interface Pair {
  count: Num;
  pct: Num;
}

/** The first `m` count–percentage pairs of the numbers starting at token `i`, or null. */
export function pairsAt(toks: Tok[], i: number, m: number): Pair[] | null {
  const pairs: Pair[] = [];
  for (let k = 0; k < m; k++) {
    const c = toks[i + 2 * k];
    const p = toks[i + 2 * k + 1];
    if (c?.kind !== 'num' || p?.kind !== 'num' || !isInt(c.num) || p.num.value > 100 + p.num.half) return null;
    pairs.push({ count: c.num, pct: p.num });
  }
  return pairs;
}

type Mode = 'row' | 'column';

/** How the total row reads with m pairs: all 100 (column percentages), or ending in its sum and 100 (row percentages). */
function modeOf(total: Pair[]): Mode | null {
  if (total.every((p) => isHundred(p.pct))) return 'column';
  const last = total[total.length - 1]!;
  const rest = total.slice(0, -1);
  if (isHundred(last.pct) && sum(rest.map((p) => p.count.value)) === last.count.value) return 'row';
  return null;
}

const WINDOW = 1500;

/** A total row's start among the tokens: the "Jumlah"/"Total" word at `ti`, and the `run` numbers after it. */
export interface TotalWordRun {
  toks: Tok[];
  ti: number;
  run: number;
}

/**
 * Each "Jumlah"/"Total" outside the laid-out tables that `rowStart` (a cheap test of the 60
 * characters after the word) takes for the start of a total row, with the tokens from WINDOW
 * characters before it (the rows above) to 200 after.
 */
export function totalWordRuns(text: string, tables: TableBlock[], rowStart: RegExp): TotalWordRun[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const out: TotalWordRun[] = [];
  for (const hit of text.matchAll(/(?<![\p{L}])(?:jumlah|total)(?![\p{L}])/giu)) {
    const at = hit.index!;
    if (inTable(at)) continue;
    if (!rowStart.test(text.slice(at + hit[0].length, at + hit[0].length + 60))) continue;
    const toks = tokenize(text, Math.max(0, at - WINDOW), Math.min(text.length, at + 200));
    const ti = toks.findIndex((t) => t.kind === 'word' && t.start === at);
    if (ti < 1) continue;
    let run = 0;
    while (toks[ti + 1 + run]?.kind === 'num') run++;
    out.push({ toks, ti, run });
  }
  return out;
}

export function readFlatCrossTables(text: string, tables: TableBlock[], _lang: Lang): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  const totalRows = new Set<number>();
  // The total row: "Jumlah 23 57,5 17 42,5 40 100", "Total 32 100,0 69 100,0 101 100,0".
  for (const { toks, ti, run } of totalWordRuns(text, tables, /^\s+\d+\s+\(?\d+(?:[.,]\d+)?%?\)?\s+\d+\s+\(?\d+/)) {
    for (let m = Math.floor(run / 2); m >= 2; m--) {
      const total = pairsAt(toks, ti + 1, m);
      const mode = total && modeOf(total);
      if (!total || !mode) continue;
      const rows = rowsAbove(toks, ti, m, total, mode === 'row' ? endsInRowTotal : () => true);
      if (!rows) continue;
      groups.push(...groupsOf(rows, total, mode));
      for (const p of total) totalRows.add(p.count.start);
      break;
    }
  }
  const used = new Set([...groups.flatMap((g) => g.pairs.map((p) => p.countStart)), ...totalRows]);
  groups.push(...selfTotalledRows(text, inTable, used));
  return groups;
}

/**
 * Rows of row percentages that end in their own total and 100, read one by one: a label, two or
 * more count–percentage pairs, then the sum of the counts and 100.
 */
function selfTotalledRows(text: string, inTable: (at: number) => boolean, used: Set<number>): PercentGroup[] {
  const groups: PercentGroup[] = [];
  for (const hit of text.matchAll(/(?<![\d.,])100(?:[.,]0+)?(?![\d.,]\d|\d)/g)) {
    const at = hit.index!;
    if (inTable(at) || !/\d\s+$/.test(text.slice(Math.max(0, at - 3), at))) continue;
    const from = Math.max(0, at - 300);
    const toks = tokenize(text, from, at + hit[0].length);
    const last = toks.length - 1;
    const hundred = toks[last];
    const n = toks[last - 1];
    if (hundred?.kind !== 'num' || n?.kind !== 'num' || !isInt(n.num)) continue;
    // Pairs backwards from the total until the row's label.
    const pairs: Pair[] = [];
    let j = last - 2;
    while (toks[j]?.kind === 'num' && toks[j - 1]?.kind === 'num') {
      const pct = (toks[j] as { num: Num }).num;
      const count = (toks[j - 1] as { num: Num }).num;
      if (!isInt(count) || pct.value > 100 + pct.half) break;
      pairs.unshift({ count, pct });
      j -= 2;
    }
    // A row whose shares read 100 is a column-percentage table's total row, not a row of row shares.
    if (pairs.length < 2 || toks[j]?.kind !== 'word' || pairs.some((p) => isHundred(p.pct))) continue;
    if (sum(pairs.map((p) => p.count.value)) !== n.num.value || pairs.some((p) => used.has(p.count.start))) continue;
    const quoteStart = pairs[0]!.count.start;
    const quoteEnd = hundred.num.end;
    groups.push({
      pairs: pairs.map((p) => ({ count: p.count.value, countStart: p.count.start, pct: p.pct, ownTotal: null })),
      statedTotals: [n.num.value],
      totalSource: 'row',
      place: { start: quoteStart, end: quoteEnd, quoteStart, quoteEnd },
      para: -1,
    });
    for (const p of pairs) used.add(p.count.start);
  }
  return groups;
}

/**
 * The rows just above the total row whose counts add up to it, closest first; null when none do,
 * or when a row fails `fits` (a table's own test of its rows: a row total, say).
 */
export function rowsAbove(
  toks: Tok[],
  ti: number,
  m: number,
  total: Pair[],
  fits: (row: Pair[]) => boolean,
): Pair[][] | null {
  const rows: Pair[][] = [];
  const sums = new Array<number>(m).fill(0);
  for (let j = ti - 1; j > 0; j--) {
    // A row starts where its label's last word meets its first number, or its label's own
    // numbers run into its pairs ("51 ≤ x ≤ 60 7 15,56 2 4,44 x 60 …").
    if (toks[j]!.kind !== 'num' || toks[j - 1]!.kind === 'num') continue;
    const labelEnd = pairsAfterNumberedLabel(toks, j, m, (at) => pairsAt(toks, at, m) !== null);
    const row =
      (toks[j - 1]!.kind === 'word' ? pairsAt(toks, j, m) : null) ??
      (labelEnd === null ? null : pairsAt(toks, labelEnd, m));
    // A word and numbers that are no row of pairs (a cell "p<0,05" printed as "p0,05 7,405 3,376-
    // 16,244" after the first row's pairs) are passed over; the sums still have to meet the total.
    if (!row) continue;
    if (!fits(row)) return null;
    rows.unshift(row);
    row.forEach((p, k) => {
      sums[k]! += p.count.value;
    });
    if (sums.some((s, k) => s > total[k]!.count.value)) return null;
    if (rows.length >= 2 && sums.every((s, k) => s === total[k]!.count.value)) return rows;
  }
  return null;
}

/** A row of row shares: its last pair is the row's total, N and 100, and its other counts add up to N. */
function endsInRowTotal(row: Pair[]): boolean {
  const last = row[row.length - 1]!;
  return isHundred(last.pct) && sum(row.slice(0, -1).map((p) => p.count.value)) === last.count.value;
}

function groupsOf(rows: Pair[][], total: Pair[], mode: Mode): PercentGroup[] {
  const quoteStart = rows[0]![0]!.count.start;
  const quoteEnd = total[total.length - 1]!.pct.end;
  // Shares of the whole table all printed "72,0", "40,0" are whole per cents (./padded-whole-shares.ts).
  const shares = (mode === 'row' ? [...rows, total].flatMap((row) => row.slice(0, -1)) : rows.flat()).filter(
    (p) => !isEmptyCell(p),
  );
  const padded = paddedWholeShares(shares.map((p) => p.pct));
  const shareAt = new Map(padded.map((n) => [n.start, n]));
  const group = (pairs: Pair[], n: number): PercentGroup => {
    const cps: CountPct[] = pairs
      .filter((p) => !isEmptyCell(p))
      .map((p) => ({
        count: p.count.value,
        countStart: p.count.start,
        pct: shareAt.get(p.pct.start) ?? p.pct,
        ownTotal: null,
      }));
    return {
      pairs: cps,
      statedTotals: [n],
      totalSource: mode === 'row' ? 'row' : 'table',
      place: { start: quoteStart, end: quoteEnd, quoteStart, quoteEnd },
      para: -1,
    };
  };
  if (mode === 'row') return [...rows, total].map((row) => group(row.slice(0, -1), row[row.length - 1]!.count.value));
  return total.map((t, k) =>
    group(
      rows.map((row) => row[k]!),
      t.count.value,
    ),
  );
}
