/**
 * Frequency tables whose cells arrive one per line, or with the line breaks anywhere in the
 * rows, as Word tables pasted into text and PDF text layers give them: after a caption
 * (`Tabel 5. …`, also at the end of a prose line), the header words, then each row's label
 * and cells, then a total row —
 *
 *     Meningkat 11            (kontrol: 11 of 35, 31,42 %; intervensi: nothing printed)
 *     31,42
 *     Tetap 1
 *     2,86 3
 *     8,57 …
 *     Total 35
 *     35
 *
 * The line breaks are ignored: the run is read as a sequence of labels (words, a list number
 * "1.", an age bracket "20 – 24", "≥ 40") and cells (numbers, "-" for an empty cell). A row is a
 * label and the cells after it; the table's width is the commonest number of cells in a row.
 * Two layouts are read:
 * - one group: the last cell of a row is its percentage and the cell before it its count (a
 *   code column or the group counts may stand before them: "IIA2 4 28 11,0", "Sedang 17 12 29
 *   41,43");
 * - k groups side by side, each a count and a percentage, when the total row gives k counts
 *   ("Total 35 35"); a row that prints fewer pairs (an empty cell left out) is assigned to the
 *   groups by the one assignment under which every group's counts add up to its total.
 *
 * - a cross table with row percentages, row by row: each column's count and %, then the row's
 *   total and 100 ("2 anak 38 82,6 8 17,4 46 100"), checked against the row's total when the
 *   counts add up to it.
 *
 * When the line breaks are those of the rows but the columns are single spaces (SPSS Frequencies
 * pasted as text: "Valid 0 17 63,0 63,0"), each line's trailing numbers are its cells
 * (readLineRows below).
 *
 * Evidence, as for every table total: a total row "Total/Jumlah/Σ N (100)" (or a bare "N 100"
 * at the end of the last row) whose N is the sum of the counts read, and percentages that add
 * up to 100 within a point (so row percentages of a cross table are never read as shares of a
 * column total); or no total count and percentages that add up to 100 within their rounding,
 * whose counts then give the total. Without that, nothing is read. A printed percentage with two or more decimals ending in 0 may be padding (13,30 for
 * 13,3), so it is allowed one decimal fewer, as for shares.
 */
import type { CountPct, Num, PercentGroup, TableBlock } from '../types.ts';
import { parseNum } from './numbers.ts';

type Tok =
  | { kind: 'num'; num: Num; integer: boolean }
  | { kind: 'empty'; start: number; end: number }
  | { kind: 'label'; text: string; start: number; end: number };

export const CAPTION = /(?:^|[:.]\s+)(?:Tabel|Table)\s+\d+(?:\.\d+)*\.?[^\n]*\n/gmu;
const STOP = /\b(?:Sumber|Source|Keterangan|Catatan|Note|Ket)\s*[:.]|\b(?:Tabel|Table|Gambar|Figure|Grafik)\s+\d/u;
const MAX_LINES = 80;
const PRIM =
  /(\d{1,2})\.(?=\s)|(\d+(?:[.,]\d+)?|[.,]\d+)(%?)(?![\p{L}\d])|([-–—])(?=\s|$)|([≥≤<>]\s*\d+)|(Σ|[\p{L}][\p{L}\p{N}\-/().']*)/gu;
const TOTAL = /^(?:total|jumlah|Σ)$/iu;

function isProse(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return line.trim().length > 70 && words.length >= 10;
}

/** The table body after a caption: lines up to prose, a source note or the next caption. */
export function regionAfter(text: string, from: number): [number, number] {
  let at = from;
  for (let n = 0; n < MAX_LINES && at < text.length; n++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    if (isProse(line)) return [from, at];
    const stop = STOP.exec(line);
    if (stop) return [from, at + stop.index];
    at = end + 1;
  }
  return [from, Math.min(at, text.length)];
}

function tokenize(text: string, from: number, to: number): Tok[] {
  const toks: Tok[] = [];
  for (const m of text.slice(from, to).matchAll(PRIM)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (m[1] !== undefined) toks.push({ kind: 'label', text: m[0], start, end });
    else if (m[2] !== undefined) {
      const num = parseNum(m[2], start);
      if (num)
        toks.push({
          kind: 'num',
          num: { ...num, end: start + m[2].length },
          integer: num.decimals === 0 && !m[2].startsWith(',') && !m[2].startsWith('.'),
        });
    } else if (m[4] !== undefined) toks.push({ kind: 'empty', start, end });
    else toks.push({ kind: 'label', text: m[0], start, end });
  }
  // An age bracket "20 – 24" (a dash between two integers, the first smaller) is a label.
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    const d = toks[i + 1];
    const b = toks[i + 2];
    if (
      a.kind === 'num' &&
      a.integer &&
      d?.kind === 'empty' &&
      b?.kind === 'num' &&
      b.integer &&
      a.num.value < b.num.value &&
      !/\n/.test(text.slice(d.end, b.num.start))
    ) {
      out.push({ kind: 'label', text: `${a.num.raw}–${b.num.raw}`, start: a.num.start, end: b.num.end });
      i += 2;
      continue;
    }
    // A dash before a label on its line is part of the label ("– Tahun", an age bracket lost its numbers).
    if (a.kind === 'empty' && d?.kind === 'label' && !/\n/.test(text.slice(a.end, d.start))) {
      out.push({ kind: 'label', text: `–${d.text}`, start: a.start, end: d.end });
      i += 1;
      continue;
    }
    out.push(a);
  }
  return numberedRows(text, out);
}

/**
 * A whole number that begins a line and is followed on that line by a label is the row's number
 * ("1 < 20 11 15,7", "2 20 – 29 39 55,7"), part of its label, not a cell of the row before.
 */
function numberedRows(text: string, toks: Tok[]): Tok[] {
  return toks.map((t, i) => {
    const next = toks[i + 1];
    if (t.kind !== 'num' || !t.integer || next?.kind !== 'label') return t;
    const lineStart = text.lastIndexOf('\n', t.num.start - 1) + 1;
    if (text.slice(lineStart, t.num.start).trim() !== '' || text.slice(t.num.end, next.start).includes('\n')) return t;
    return { kind: 'label', text: t.num.raw, start: t.num.start, end: t.num.end };
  });
}

interface Row {
  label: string;
  cells: Tok[];
}

function rowsOf(toks: Tok[]): Row[] {
  const rows: Row[] = [];
  let label: string[] = [];
  let cells: Tok[] = [];
  for (const t of toks) {
    if (t.kind === 'label') {
      if (cells.length) {
        rows.push({ label: label.join(' '), cells });
        label = [];
        cells = [];
      }
      label.push(t.text);
    } else if (label.length) cells.push(t);
  }
  if (cells.length) rows.push({ label: label.join(' '), cells });
  return rows;
}

const isDashPair = (a: Tok | undefined, b: Tok | undefined) => a?.kind === 'empty' && b?.kind === 'empty';
const value = (t: Tok | undefined): number | null => (t?.kind === 'num' ? t.num.value : t?.kind === 'empty' ? 0 : null);
const isHundred = (t: Tok | undefined) => t?.kind === 'num' && Math.abs(t.num.value - 100) < 1e-9;

function padded(n: Num): Num {
  return n.decimals >= 2 && n.raw.endsWith('0') ? { ...n, half: n.half * 10 } : n;
}

function pair(count: Tok | undefined, pct: Tok | undefined): CountPct | null {
  if (count?.kind !== 'num' || !count.integer || pct?.kind !== 'num' || pct.num.value > 100) return null;
  return { count: count.num.value, countStart: count.num.start, pct: padded(pct.num), ownTotal: null, apart: true };
}

function addsTo100(ps: CountPct[]): boolean {
  const sum = ps.reduce((s, p) => s + p.pct.value, 0);
  const slack = ps.reduce((s, p) => s + p.pct.half, 0);
  return ps.length > 0 && Math.abs(sum - 100) <= slack + 1e-9;
}

/**
 * Shares of one total add up to 100 give or take a point (a misprinted share may break the
 * exact sum); row percentages of a cross table, or a column of 100s, do not.
 */
function nearly100(ps: CountPct[]): boolean {
  return Math.abs(ps.reduce((s, p) => s + p.pct.value, 0) - 100) <= 1;
}

/**
 * A cross table row with row percentages: count and % per column, then the row's total and
 * 100 (and perhaps the p of the test, printed in the first row): "2 anak 38 82,6 8 17,4 46 100
 * 0,753". Read when the counts add up to the row total and the percentages to 100 within a point.
 */
function rowPercentages(cells: Tok[]): PercentGroup | null {
  let cs = cells;
  const last = cs[cs.length - 1];
  if (last?.kind === 'num' && !last.integer && last.num.value < 1) cs = cs.slice(0, -1);
  if (cs.length < 6 || cs.length % 2 || !isHundred(cs[cs.length - 1])) return null;
  const n = cs[cs.length - 2];
  if (n?.kind !== 'num' || !n.integer || n.num.value <= 0) return null;
  const pairs: CountPct[] = [];
  for (let j = 0; j + 3 < cs.length; j += 2) {
    const p = pair(cs[j], cs[j + 1]);
    if (!p) return null;
    pairs.push(p);
  }
  if (pairs.reduce((s, p) => s + p.count, 0) !== n.num.value || !nearly100(pairs)) return null;
  return { ...group(pairs, n.num.value), totalSource: 'row' };
}

function group(pairs: CountPct[], total: number): PercentGroup {
  const start = Math.min(...pairs.map((p) => p.countStart));
  const end = Math.max(...pairs.map((p) => p.pct.end));
  return {
    pairs,
    statedTotals: [total],
    totalSource: 'table',
    place: { start, end, quoteStart: start, quoteEnd: end },
    para: -1,
  };
}

/** Reads one table's rows into groups of count–percentage pairs with their total, or nothing. */
export function readRows(rows: Row[]): PercentGroup[] {
  // Row percentages of a cross table: each row is its own evidence.
  const byRow = rows.map((r) => rowPercentages(r.cells)).filter((g): g is PercentGroup => g !== null);
  if (byRow.length) return byRow;
  const ti = rows.findIndex((r, i) => i > 0 && TOTAL.test(r.label.split(' ').pop() ?? ''));
  let data = ti >= 0 ? rows.slice(0, ti) : rows.slice();
  let totalCells: Tok[] = ti >= 0 ? rows[ti]!.cells : [];
  // No total row: a bare "N 100" closing the last row.
  if (ti < 0 && data.length >= 2) {
    const last = data[data.length - 1]!;
    if (last.cells.length >= 4 && isHundred(last.cells[last.cells.length - 1])) {
      totalCells = last.cells.slice(-2);
      data = [...data.slice(0, -1), { label: last.label, cells: last.cells.slice(0, -2) }];
    }
  }
  // The commonest width among the data rows (ties: the wider).
  const freq = new Map<number, number>();
  for (const r of data) freq.set(r.cells.length, (freq.get(r.cells.length) ?? 0) + 1);
  let w = 0;
  for (const [k, n] of freq) if (k >= 2 && (n > (freq.get(w) ?? 0) || (n === freq.get(w) && k > w))) w = k;
  if (w < 2 || (freq.get(w) ?? 0) < 2) return [];
  // Extra integer cells at a row's end are the next row's label (a number the row break split off).
  data = data.map((r) =>
    r.cells.length > w && r.cells.slice(w).every((c) => c.kind === 'num' && c.integer)
      ? { label: r.label, cells: r.cells.slice(0, w) }
      : r,
  );
  if (data.some((r) => r.cells.length > w)) return [];
  const totals = totalCells.filter((c) => c.kind === 'num' && c.integer && !isHundred(c)).map((c) => value(c)!);
  if (totalCells.some((c) => c.kind !== 'num' || (!c.integer && !isHundred(c)))) return [];

  // k groups of (count, pct) side by side.
  const k = totals.length;
  if (k >= 2 && w === 2 * k) return sideBySide(data, totals);

  // One group: count and percentage in the last two cells.
  const complete = data.filter((r) => r.cells.length === w);
  const pairs: CountPct[] = [];
  for (const r of complete) {
    if (isDashPair(r.cells[w - 2], r.cells[w - 1])) continue;
    const p = pair(r.cells[w - 2], r.cells[w - 1]);
    if (!p) return [];
    pairs.push(p);
  }
  if (pairs.length < 2 || !pairs.some((p) => p.pct.decimals > 0)) return [];
  const sum = pairs.reduce((s, p) => s + p.count, 0);
  let total: number | null = null;
  if (totals.length === 1 || (totals.length > 1 && totalCells.length === w)) {
    total = totals.length === 1 ? totals[0]! : value(totalCells[w - 2]);
  }
  if (total !== null) return sum === total && nearly100(pairs) ? [group(pairs, total)] : [];
  // No total count: the percentages must add up to 100 (every row complete).
  if (complete.length !== data.length || !addsTo100(pairs)) return [];
  return [group(pairs, sum)];
}

function sideBySide(data: Row[], totals: number[]): PercentGroup[] {
  const k = totals.length;
  const fixed: CountPct[][] = totals.map(() => []);
  const loose: CountPct[][] = [];
  for (const r of data) {
    // A group with no one in the row prints "- -" (no count, no share): its place, and nothing to check.
    const ps: (CountPct | null)[] = [];
    for (let j = 0; j + 1 < r.cells.length; j += 2) {
      if (isDashPair(r.cells[j], r.cells[j + 1])) {
        ps.push(null);
        continue;
      }
      const p = pair(r.cells[j], r.cells[j + 1]);
      if (!p) return [];
      ps.push(p);
    }
    if (r.cells.length % 2) return [];
    if (ps.length === k) ps.forEach((p, g) => p && fixed[g]!.push(p));
    else if (ps.some((p) => !p)) return [];
    else loose.push(ps as CountPct[]);
  }
  if (loose.length > 8 || loose.some((ps) => ps.length !== 1)) return [];
  // The one assignment of the rows that print fewer pairs under which every group adds up.
  let found: number[] | null = null;
  const choice = new Array<number>(loose.length).fill(0);
  const total = k ** loose.length;
  for (let code = 0; code < total; code++) {
    let c = code;
    for (let i = 0; i < loose.length; i++) {
      choice[i] = c % k;
      c = Math.floor(c / k);
    }
    const sums = fixed.map((ps) => ps.reduce((s, p) => s + p.count, 0));
    loose.forEach((ps, i) => {
      sums[choice[i]!]! += ps[0]!.count;
    });
    if (sums.every((s, g) => s === totals[g])) {
      if (found) return [];
      found = [...choice];
    }
  }
  if (!found) return [];
  for (let g = 0; g < k; g++) {
    const ps = [...fixed[g]!, ...loose.filter((_, i) => found![i] === g).map((l) => l[0]!)];
    if (!nearly100(ps)) return [];
  }
  const groups = fixed.map((ps) => [...ps]);
  loose.forEach((ps, i) => groups[found![i]!]!.push(ps[0]!));
  return groups
    .map((ps, g) => ({ ps: ps.sort((a, b) => a.countStart - b.countStart), g }))
    .filter(({ ps }) => ps.length >= 2)
    .map(({ ps, g }) => group(ps, totals[g]!));
}

const TRAILING_NUM = /^(?:\d+(?:[.,]\d+)?|[.,]\d+)%?$/u;

/**
 * Rows whose line breaks survived but whose columns are single spaces, as SPSS Frequencies
 * output pasted as text gives them: "Valid 0 17 63,0 63,0" / "1 10 37,0 100,0" / "Total 27
 * 100,0" (the category's code, its frequency, percent and cumulative percent). Each line's
 * trailing numbers are its cells, every data line has as many, and the Total line gives N. The
 * count column is the first whose integers add up to N with, after it, percentages adding up to
 * 100 within a point; those two columns are read.
 */
export function readLineRows(text: string, start: number, end: number): PercentGroup[] {
  const rows: { cells: Num[]; total: boolean }[] = [];
  let at = start;
  for (const line of text.slice(start, end).split('\n')) {
    const base = at;
    at += line.length + 1;
    const words = [...line.matchAll(/\S+/gu)];
    let k = words.length;
    while (k > 0 && TRAILING_NUM.test(words[k - 1]![0])) k--;
    const cells: Num[] = [];
    for (const w of words.slice(k)) {
      const n = parseNum(w[0].replace(/%$/u, ''), base + w.index!);
      if (n) cells.push(n);
    }
    const total = k > 0 && TOTAL.test(words[k - 1]![0]);
    if (cells.length === 0) {
      if (rows.length) break;
      continue;
    }
    rows.push({ cells, total });
    if (total) break;
  }
  const last = rows[rows.length - 1];
  if (!last?.total || rows.length < 3) return [];
  const data = rows.slice(0, -1);
  const w = data[0]!.cells.length;
  if (w < 2 || data.some((r) => r.cells.length !== w)) return [];
  const n = last.cells[0]!;
  if (n.decimals > 0 || last.cells.slice(1).some((c) => Math.abs(c.value - 100) > 1e-9)) return [];
  for (let c = 0; c + 1 < w; c++) {
    const counts = data.map((r) => r.cells[c]!);
    if (counts.some((x) => x.decimals > 0) || counts.reduce((s, x) => s + x.value, 0) !== n.value) continue;
    const pairs: CountPct[] = data.map((r) => ({
      count: r.cells[c]!.value,
      countStart: r.cells[c]!.start,
      pct: padded(r.cells[c + 1]!),
      ownTotal: null,
      apart: true,
    }));
    if (pairs.some((p) => p.pct.value > 100) || !nearly100(pairs)) return [];
    return [group(pairs, n.value)];
  }
  return [];
}

/**
 * Every captioned table that no other reader took (tab-separated blocks, tables already read
 * from their total row) and whose rows read as one of the layouts above.
 */
export function readBrokenTables(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  if (!/(?:Tabel|Table)\s+\d/u.test(text)) return [];
  const out: PercentGroup[] = [];
  for (const cap of text.matchAll(CAPTION)) {
    const from = cap.index! + cap[0].length;
    const [start, end] = regionAfter(text, from);
    if (end <= start || tables.some((t) => t.start < end && start < t.end)) continue;
    let groups = readRows(rowsOf(tokenize(text, start, end)));
    if (!groups.length) groups = readLineRows(text, start, end);
    if (groups.some((g) => g.pairs.some((p) => taken.has(p.pct.start)))) continue;
    out.push(...groups);
  }
  return out;
}
