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
import type { FlatRow, FlatTok } from './flat-table-tokens.ts';
import { numberedRowsBefore } from './numbered-frequency-rows.ts';
import { paddedColumn } from './padded-decimals.ts';

type Tok = FlatTok;

// A number split by a line or page break after its decimal comma ("42, 30") is read whole when
// two digits follow, as a table's percentages are printed; a share in brackets that lost its %
// sign ("48 (45,7)") is read as the bare share.
const TOKEN =
  /\(\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*\)|(\d+\.(?=\s+\p{L}))|(\d{1,6}(?:[.,]\d+|,\s\d{2}(?![\d.,]))?)(?![\p{L}\d])|(%)|(orang|responden|org|people|respondents)(?![\p{L}])|(jumlah|total)(?![\p{L}])|([\p{L}][\p{L}\p{N}\-/()]*)|(\n[ \t]*\n|[:;=<>≤≥±()[\]]|[-–](?=\s*\d))/giu;

function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const window = text.slice(from, to);
  for (const m of window.matchAll(TOKEN)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (m[1]) {
      const at = start + m[0].indexOf(m[1]);
      const num = parseNum(m[1], at);
      if (num) out.push({ kind: 'num', num, integer: num.decimals === 0 });
      continue;
    }
    if (m[2]) continue; // list numbering "4." belongs to no column
    if (m[3]) {
      const num = parseNum(m[3].replace(/,\s/, ','), start);
      if (num) out.push({ kind: 'num', num: { ...num, end }, integer: num.decimals === 0 });
      continue;
    }
    const kind = m[4] ? 'pct' : m[5] ? 'unit' : m[6] ? 'total' : m[7] ? 'word' : 'break';
    out.push({ kind, start, end });
  }
  return out;
}

const startOf = (t: Tok | undefined): number | undefined =>
  t ? (t.kind === 'num' ? t.num.start : t.start) : undefined;

const isHundred = (n: Num) => Math.abs(n.value - 100) <= n.half + 1e-9;

type Row = FlatRow;

/** Bounds a category's label may hold: a range ("45-59", "20 – 35") or one bound ("<20", "≥ 60"). */
const RANGE_DASH = /^[-–]$/u;
const BOUND = /^[<>≤≥]$/u;

/** At most this many tokens that are no row (a row's number, an empty row's label and dashes) stand between two rows. */
const MAX_SKIPS = 4;

/** A category label of no more words than this may stand alone, its cells empty ("Anemia Berat Total 25 100"). */
const EMPTY_LABEL_WORDS = 6;

/**
 * The label ending at token `j`, read backwards: words, the ranges and bounds categories of age or
 * score print ("Lanjut usia 60-74", "< 20 tahun", "≥ Rp 7Jt") and numbers between its words ("Rp 2
 * juta"); the index before it, its number of words and of parts (words, ranges, bounds: a label
 * may be a range alone, "17-25").
 */
function labelBefore(text: string, toks: Tok[], j: number): { next: number; words: number; parts: number } {
  let words = 0;
  let parts = 0;
  for (;;) {
    const t = toks[j];
    if (t?.kind === 'word' || t?.kind === 'unit') {
      words++;
      parts++;
      j--;
      continue;
    }
    // A bound before a word of the label: "≥ Rp 7Jt".
    if (t?.kind === 'break' && BOUND.test(text.slice(t.start, t.end))) {
      j--;
      continue;
    }
    if (t?.kind !== 'num') break;
    const b = toks[j - 1];
    // A number between words of the label: "Rp 2 juta", "Kelas 2 SD", "Valid 3.5 juta".
    if (words > 0 && b?.kind === 'word') {
      j--;
      continue;
    }
    if (b?.kind !== 'break') break;
    const sign = text.slice(b.start, b.end);
    const from = toks[j - 2];
    // A range of numbers ("45-59") or of amounts ("2.5 juta – 3.5 juta"), or a bound.
    if (RANGE_DASH.test(sign) && from?.kind === 'num' && from.integer === t.integer) j -= 3;
    else if (RANGE_DASH.test(sign) && words > 0 && from?.kind === 'word') j -= 2;
    else if (BOUND.test(sign) && t.integer) j -= 2;
    else break;
    parts++;
  }
  return { next: j, words, parts };
}

/** One row ending at token `j`: label count [unit] pct [%]; null when the tokens are not one. */
function rowAt(text: string, toks: Tok[], j: number): { row: Row; next: number } | null {
  if (toks[j]?.kind === 'pct') j--;
  const pct = toks[j];
  if (pct?.kind !== 'num') return null;
  j--;
  if (toks[j]?.kind === 'unit') j--;
  const count = toks[j];
  if (count?.kind !== 'num' || !count.integer) return null;
  // A row has a label before its count (a unit there is the row before's).
  if (toks[j - 1]?.kind === 'unit') return null;
  const label = labelBefore(text, toks, j - 1);
  if (label.parts === 0) return null;
  return { row: { count: count.num, pct: pct.num }, next: label.next };
}

/**
 * Rows read backwards from token `i` (the last token before the total row): label count [unit] pct [%].
 * Between rows may stand a row's number ("2 20-35 tahun 18 85,7"), a blank line, or a category
 * printed without cells or with dashes ("3 SLTP - - 4 SLTA 2 5,0"); of the rows read, those the total row sums (the last ones) are the table's.
 */
function rowsBefore(text: string, toks: Tok[], i: number, total: number): Row[] {
  const rows: Row[] = [];
  let j = i;
  let skips = 0;
  for (;;) {
    const r = rowAt(text, toks, j);
    if (r) {
      rows.unshift(r.row);
      j = r.next;
      skips = 0;
      continue;
    }
    if (skips >= MAX_SKIPS) break;
    const t = toks[j];
    // A row's number, the number a label starts with ("1.5 juta"), a blank line between rows, a dash
    // for an empty cell, or a category without cells.
    if (
      (t?.kind === 'num' && (t.integer || toks[j + 1]?.kind === 'word')) ||
      (t?.kind === 'break' && /\n|^[-–]$/u.test(text.slice(t.start, t.end)))
    )
      j--;
    else if (t?.kind === 'word') {
      const label = labelBefore(text, toks, j);
      if (label.words > EMPTY_LABEL_WORDS) break;
      j = label.next;
    } else break;
    skips++;
  }
  // The last rows up to the total, and before them only empty categories (0 and 0,0).
  let sum = 0;
  let k = rows.length;
  while (k > 0 && sum < total) sum += rows[--k]!.count.value;
  while (k > 0 && rows[k - 1]!.count.value === 0 && rows[k - 1]!.pct.value === 0) k--;
  return rows.slice(k);
}

/**
 * Numbered rows whose category is itself a number (a score, an age, a number of children): row
 * number, category, count, share ("1 3 2 6,7 2 4 1 3,3 … 9 15 1 3,3 Total 30 100,0"). Read
 * backwards only while the row numbers count down, and only when they reach 1.
 */
function numberedNumericRowsBefore(toks: Tok[], i: number): Row[] {
  const rows: Row[] = [];
  let j = i;
  let expected: number | null = null;
  for (;;) {
    if (toks[j]?.kind === 'pct') j--;
    const [no, category, count, pct] = [toks[j - 3], toks[j - 2], toks[j - 1], toks[j]];
    if (pct?.kind !== 'num' || count?.kind !== 'num' || !count.integer || category?.kind !== 'num') return [];
    if (no?.kind !== 'num' || !no.integer || (expected !== null && no.num.value !== expected)) return [];
    rows.unshift({ count: count.num, pct: pct.num });
    expected = no.num.value - 1;
    j -= 4;
    if (expected === 0) return rows;
  }
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
const TOTAL_ROW =
  /^\s+\d{1,6}\s+(?:(?:orang|responden|org|people|respondents)\s+)?(?:100(?:[.,]0+)?(?![\d.,]\d)|\(\s*100(?:[.,]0+)?\s*%?\s*\))/iu;

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
    let rows = rowsBefore(text, toks, i - 1, n.num.value);
    if (rows.length < 2 || sum(rows) !== n.num.value) rows = columnsBefore(toks, i - 1);
    if (rows.length < 2 || sum(rows) !== n.num.value) rows = numberedNumericRowsBefore(toks, i - 1);
    // …or rows numbered without a dot, empty ones as dashes (./numbered-frequency-rows.ts).
    if (rows.length < 2 || sum(rows) !== n.num.value) rows = numberedRowsBefore(text, toks, i - 1);
    // A row cut off by the window's start is not read.
    if (rows.length < 2 || sum(rows) !== n.num.value || rows[0]!.count.start === startOf(toks[0])) continue;
    const total = n.num.value;
    const first = Math.min(...rows.map((r) => r.count.start));
    const end = hundred.num.end;
    const pcts = paddedColumn(rows.map((r) => r.pct));
    const pairs: CountPct[] = rows.map((r, k) => ({
      count: r.count.value,
      countStart: r.count.start,
      pct: pcts[k]!,
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
      const k = pct ? rows.findIndex((r) => r.count.value === count && r.pct.raw === pct.raw) : -1;
      if (!pct || k < 0) continue;
      // Rounded as the table's row was: "67,60" padded there is padded here too.
      const asRow = { ...pct, decimals: pcts[k]!.decimals, half: pcts[k]!.half };
      repeats.push({ count, countStart: end + m.index!, pct: asRow, ownTotal: null });
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
