/**
 * Frequency tables with a cumulative percent column (SPSS's Frequencies: Frequency, Percent, Valid
 * Percent, Cumulative Percent) whose lines page text broke anywhere: "2 tahun 18 / 31.0 31.0 / 31.0
 * 3-5 tahun / 16 27.6 / 27.6 58.6 / 5 tahun 24 / 41.4 41.4 / 100.0 Total / 58 100.0", or without the
 * Valid Percent column, "Tidak Sekolah 11 / 11.58 11.58 … Peguruan Tinggi 3 / 3.16 100.00 … Total 95
 * / 100". The cumulative column is the evidence of the rows: read backwards from the total row,
 * the last row's cumulative percent is 100 and each row's, less its percent, is the row before's
 * (within their rounding), down to a first row whose cumulative percent is its percent; labels
 * (and the numbers in them) between rows are passed over. The counts must add up to the total
 * row's N; each percent is then held to N.
 */
import type { CountPct, PercentGroup, TableBlock } from '../types.ts';
import { EPS } from '../rounding.ts';
import { isHundred, isInt, tokenize, type Tok } from './flat-cross-tables.ts';

const WINDOW = 1500;
/** Label tokens between one row's cumulative percent and the next row's count, at most. */
const MAX_LABEL_TOKENS = 8;

interface Row {
  count: Extract<Tok, { kind: 'num' }>;
  pct: Extract<Tok, { kind: 'num' }>;
  cum: Extract<Tok, { kind: 'num' }>;
}

const num = (t: Tok | undefined) => (t?.kind === 'num' ? t : null);

/** The row whose cumulative percent is token `c`, with or without a Valid Percent column equal to its percent. */
function rowEndingAt(toks: Tok[], c: number, valid: boolean): Row | null {
  const cum = num(toks[c]);
  const v = num(toks[c - 1]);
  const pct = valid ? num(toks[c - 2]) : v;
  const count = num(toks[valid ? c - 3 : c - 2]);
  if (!cum || !pct || !count || !isInt(count.num) || pct.num.value > 100 + pct.num.half) return null;
  if (valid && (!v || v.num.value !== pct.num.value)) return null;
  return { count, pct, cum };
}

/** The rows ending at the cumulative percent `c` (100), read backwards; null when the column does not run down to a first row. */
function rowsEndingAt(toks: Tok[], c: number, valid: boolean, from: number): Row[] | null {
  const rows: Row[] = [];
  let row = rowEndingAt(toks, c, valid);
  while (row) {
    rows.unshift(row);
    const before = row.cum.num.value - row.pct.num.value;
    const slack = row.cum.num.half + row.pct.num.half;
    if (Math.abs(before) <= slack + EPS) return rows;
    const start = toks.indexOf(row.count);
    let next: Row | null = null;
    for (let k = start - 1; k >= Math.max(from, start - 1 - MAX_LABEL_TOKENS) && !next; k--) {
      const t = num(toks[k]);
      if (t && Math.abs(t.num.value - before) <= slack + t.num.half + EPS) next = rowEndingAt(toks, k, valid);
    }
    row = next;
  }
  return null;
}

export function readCumulativeRows(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  for (const hit of text.matchAll(/(?<![\p{L}])(?:jumlah|total)(?![\p{L}])/giu)) {
    const at = hit.index!;
    // The total row, N and 100 (cheap test first).
    if (inTable(at) || !/^\s+\d{1,6}\s+100(?:[.,]0+)?(?![\d.,]\d)/u.test(text.slice(at + hit[0].length, at + 40)))
      continue;
    const from = Math.max(0, at - WINDOW);
    const toks = tokenize(text, from, Math.min(text.length, at + 40));
    const ti = toks.findIndex((t) => t.kind === 'word' && t.start === at);
    const n = num(toks[ti + 1]);
    if (ti < 4 || !n || !isInt(n.num) || n.num.value <= 0) continue;
    // The last row's cumulative 100, perhaps followed by its category's words.
    let c = ti - 1;
    while (c > 0 && toks[c]!.kind === 'word' && ti - c <= 3) c--;
    const last = num(toks[c]);
    if (!last || !isHundred(last.num) || last.num.decimals === 0) continue;
    const rows = rowsEndingAt(toks, c, true, 0) ?? rowsEndingAt(toks, c, false, 0);
    if (!rows || rows.length < 2) continue;
    if (rows.reduce((s, r) => s + r.count.num.value, 0) !== n.num.value) continue;
    if (rows.some((r) => taken.has(r.pct.num.start))) continue;
    const pairs: CountPct[] = rows.map((r) => ({
      count: r.count.num.value,
      countStart: r.count.num.start,
      pct: r.pct.num,
      ownTotal: null,
    }));
    const start = pairs[0]!.countStart;
    const end = n.num.end;
    groups.push({
      pairs,
      statedTotals: [n.num.value],
      totalSource: 'table',
      place: { start, end, quoteStart: start, quoteEnd: end },
      para: -1,
    });
  }
  return groups;
}
