/**
 * Frequency tables that lost their layout in page or PDF text, read back as counts with
 * percentages of the table's total:
 * - row after row in running text or one row per line, numbered or not:
 *   "1. SD 6 orang 20,0% 2. SMP 11 orang 36,7% … Total 30 orang 100%",
 *   "Berisiko 16 20 Tidak Berisiko 64 80 Jumlah 80 100";
 * - column after column: "7 10 10 6 14 2 3 13,46 19,23 19,23 11,53 26,92 3,84 5,76 Jumlah 52
 *   100,00" (the counts, then as many percentages, then the total row).
 * Both need their evidence: a total row "Jumlah/Total N 100" whose N is the sum of the counts
 * read. A percentage the prose after the table repeats with its count ("sebanyak 14
 * responden 26,92", its % sign lost as well) is checked against the same total.
 */
import type { CountPct, Lang, Num, PercentGroup, TableBlock } from '../types.ts';
import { parseNum } from './numbers.ts';
import { numberedRowsBefore } from './numbered-frequency-rows.ts';

export type FlatTok = Tok;
type Tok =
  | { kind: 'num'; num: Num; integer: boolean }
  | { kind: 'pct' | 'unit' | 'total' | 'word' | 'break'; start: number; end: number };

// A number split by a line or page break after its decimal comma ("42, 30") is read whole when
// two digits follow, as a table's percentages are printed.
const TOKEN =
  /(\d+\.(?=\s+\p{L}))|(\d{1,6}(?:[.,]\d+|,\s\d{2}(?![\d.,]))?)(?![\p{L}\d])|(%)|(orang|responden|org|people|respondents)(?![\p{L}])|(jumlah|total)(?![\p{L}])|([\p{L}][\p{L}\p{N}\-/()]*)|(\n[ \t]*\n|[:;=<>±()[\]]|[-–](?=\s*\d))/giu;

function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const window = text.slice(from, to);
  for (const m of window.matchAll(TOKEN)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (m[1]) continue; // list numbering "4." belongs to no column
    if (m[2]) {
      const num = parseNum(m[2].replace(/,\s/, ','), start);
      if (num) out.push({ kind: 'num', num: { ...num, end }, integer: num.decimals === 0 });
      continue;
    }
    const kind = m[3] ? 'pct' : m[4] ? 'unit' : m[5] ? 'total' : m[6] ? 'word' : 'break';
    out.push({ kind, start, end });
  }
  return out;
}

const startOf = (t: Tok | undefined): number | undefined =>
  t ? (t.kind === 'num' ? t.num.start : t.start) : undefined;

const isHundred = (n: Num) => Math.abs(n.value - 100) <= n.half + 1e-9;

export type FlatRow = Row;
interface Row {
  count: Num;
  pct: Num;
  apart?: boolean;
}

/** Rows read backwards from token `i` (the last token before the total row): label count [unit] pct [%]. */
function rowsBefore(toks: Tok[], i: number): Row[] {
  const rows: Row[] = [];
  let j = i;
  for (;;) {
    if (toks[j]?.kind === 'pct') j--;
    const pct = toks[j];
    if (pct?.kind !== 'num') break;
    j--;
    if (toks[j]?.kind === 'unit') j--;
    const count = toks[j];
    if (count?.kind !== 'num' || !count.integer) break;
    j--;
    // A row has a label: at least one word before its count.
    if (toks[j]?.kind !== 'word') break;
    rows.unshift({ count: count.num, pct: pct.num });
    while (toks[j]?.kind === 'word' || toks[j]?.kind === 'unit') j--;
  }
  return rows;
}

/** Counts then as many percentages, right before the total row. */
function columnsBefore(toks: Tok[], i: number): Row[] {
  const pcts: Num[] = [];
  let j = i;
  for (let t = toks[j]; t?.kind === 'num' && !t.integer; t = toks[--j]) pcts.unshift(t.num);
  const k = pcts.length;
  if (k < 2) return [];
  const counts: Num[] = [];
  for (let c = 0; c < k; c++, j--) {
    const t = toks[j];
    if (t?.kind !== 'num' || !t.integer) return [];
    counts.unshift(t.num);
  }
  return counts.map((count, r) => ({ count, pct: pcts[r]!, apart: true }));
}

const WINDOW = 1500;
const TOTAL_ROW = /^\s+\d{1,6}\s+(?:(?:orang|responden|org|people|respondents)\s+)?100(?:[.,]0+)?(?![\d.,]\d)/iu;

const PROSE_REPEAT =
  /(?<![\p{L}\p{N}.,])(\d{1,6})\s+(?:orang\s+)?(?:responden|orang|people|respondents)(?:\s+responden)?\s+(\d+[.,]\d+)(?![\d%]|[.,]\d)/gu;

export function readFlatFrequencyTables(text: string, tables: TableBlock[], _lang: Lang): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  // Only the text around each total row is read: a table's rows lie within some lines before it.
  for (const hit of text.matchAll(/jumlah|total/gi)) {
    const at = hit.index!;
    if (at > 0 && /\p{L}/u.test(text[at - 1]!)) continue;
    // The total row itself first (cheap): "Jumlah 52 100,00", "Total 30 orang 100%".
    if (!TOTAL_ROW.test(text.slice(at + hit[0].length, at + hit[0].length + 40)) || inTable(at)) continue;
    const from = Math.max(0, at - WINDOW);
    const toks = tokenize(text, from, Math.min(text.length, at + 60));
    const i = toks.findIndex((t) => t.kind === 'total' && t.start === at);
    if (i < 1) continue;
    let j = i + 1;
    const n = toks[j];
    if (n?.kind !== 'num' || !n.integer || n.num.value <= 0) continue;
    j++;
    if (toks[j]?.kind === 'unit') j++;
    const hundred = toks[j];
    if (hundred?.kind !== 'num' || !isHundred(hundred.num)) continue;
    let rows = rowsBefore(toks, i - 1);
    if (rows.length < 2 || sum(rows) !== n.num.value) rows = columnsBefore(toks, i - 1);
    // …or rows numbered without a dot, empty ones as dashes (./numbered-frequency-rows.ts).
    if (rows.length < 2 || sum(rows) !== n.num.value) rows = numberedRowsBefore(text, toks, i - 1);
    // A row cut off by the window's start is not read.
    if (rows.length < 2 || sum(rows) !== n.num.value || rows[0]!.count.start === startOf(toks[0])) continue;
    const total = n.num.value;
    const first = Math.min(...rows.map((r) => r.count.start));
    const end = hundred.num.end;
    const pairs: CountPct[] = rows.map((r) => ({
      count: r.count.value,
      countStart: r.count.start,
      pct: r.pct,
      ownTotal: null,
      ...(r.apart ? { apart: true } : {}),
    }));
    groups.push({
      pairs,
      statedTotals: [total],
      totalSource: 'table',
      place: { start: first, end, quoteStart: first, quoteEnd: end },
      para: -1,
    });
    // The prose after the table (up to the next table) repeating a row without its % sign.
    const after = text.slice(end, end + WINDOW);
    const nextTable = after.search(/\b(?:Tabel|Table)\s+\d/);
    const proseEnd = end + (nextTable >= 0 ? nextTable : after.length);
    const repeats: CountPct[] = [];
    for (const m of text.slice(end, proseEnd).matchAll(PROSE_REPEAT)) {
      const count = Number(m[1]);
      const pct = parseNum(m[2]!, end + m.index! + m[0].lastIndexOf(m[2]!));
      if (!pct || !rows.some((r) => r.count.value === count && r.pct.raw === pct.raw)) continue;
      repeats.push({ count, countStart: end + m.index!, pct, ownTotal: null });
    }
    if (repeats.length) {
      const s = repeats[0]!.countStart;
      const e = repeats[repeats.length - 1]!.pct.end;
      groups.push({
        pairs: repeats,
        statedTotals: [total],
        totalSource: 'table',
        place: { start: s, end: e, quoteStart: s, quoteEnd: e },
        para: -1,
      });
    }
  }
  return groups;
}

function sum(rows: Row[]): number {
  return rows.reduce((s, r) => s + r.count.value, 0);
}
