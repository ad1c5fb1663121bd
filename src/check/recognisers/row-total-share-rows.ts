/**
 * Cross tables printed one row per line with row percentages and a Total column that carries its
 * own share of the whole, as medical tables often print them ("n % (Within Row) … n % (of
 * Total)"): each row a label, each group's count and share of the row, then the row's total and
 * its share of all, perhaps followed by the test's p ("18 to 39 1 0.8 125 99.2 126 7.8 <0.01b",
 * "Female 90 11 729 89 819 50.4 -"). No reader of rows ending in N and 100 takes them, and
 * read as pairs against their row's sum they run into the Total pair.
 *
 * The layout is its own evidence, and must be before any share is held to a total:
 * - a row's group counts add up exactly to the count before its last share, and its group shares
 *   add up to 100 within a point (row shares do; column shares do only by chance), the last share
 *   not 100 (a row ending in N and 100 is flat-cross-tables.ts's);
 * - three rows or more, one under the other (lines without digits, a variable's name, may stand
 *   between), with as many groups each, of which at least two thirds have every group share
 *   fitting its row's total: a table of column shares would fit by coincidence only;
 * - the Total column's shares are of the sum of the row totals of a block: consecutive rows whose
 *   Total shares add up to 100 within their rounding (one variable's categories), read only when
 *   all of its shares but one fit that sum (a block cut across two variables would not), or when
 *   that sum is the one two such blocks share (the sample: a variable misprinted twice).
 * Labels may hold numbers ("18 to 39", "BMI <18.5"): only the numbers at the line's end are cells.
 */
import type { CountPct, Num, PercentGroup, TableBlock } from '../types.ts';
import { addsTo100, matches } from '../checks/percentages.ts';
import { isHundred } from './flat-cross-tables.ts';
import { parseNum } from './numbers.ts';

const MAX_GROUPS = 4;
/** Lines without a digit (a variable's name, a header line) that may stand between two rows. */
const MAX_LABEL_LINES = 3;
const MIN_ROWS = 3;
/** The test's p (or a dash where the row has none) after a row's cells: "<0.01b", "0.62", "1.0c", "-". */
const P_CELL = /^(?:[<>≤≥=]?(?:0?[.,]\d+|[01](?:[.,]0+)?)[a-z*†‡§]{0,2}|[-–—])$/;
const COUNT = /^\d{1,7}$/;
const SHARE = /^\d{1,3}(?:[.,]\d+)?%?$/;

interface Cell {
  raw: string;
  start: number;
}

export interface Row {
  groups: { count: Num; pct: Num }[];
  total: { count: Num; pct: Num };
  lineStart: number;
  lineEnd: number;
}

const num = (c: Cell): Num | null => parseNum(c.raw.replace(/%$/, ''), c.start);

/** The row read from the last 2k+2 cells, or null when they are not k groups' pairs and their total's. */
function rowOf(cells: Cell[], k: number): Omit<Row, 'lineStart' | 'lineEnd'> | null {
  const tail = cells.slice(-(2 * k + 2));
  if (tail.length < 2 * k + 2) return null;
  const pairs: { count: Num; pct: Num }[] = [];
  for (let i = 0; i < tail.length; i += 2) {
    const c = tail[i]!;
    const p = tail[i + 1]!;
    if (!COUNT.test(c.raw) || !SHARE.test(p.raw)) return null;
    const count = num(c);
    const pct = num(p);
    if (!count || !pct || pct.value > 100 + pct.half) return null;
    pairs.push({ count, pct });
  }
  const total = pairs.pop()!;
  if (total.count.value <= 0 || isHundred(total.pct)) return null;
  if (pairs.reduce((s, p) => s + p.count.value, 0) !== total.count.value) return null;
  if (Math.abs(pairs.reduce((s, p) => s + p.pct.value, 0) - 100) > 1 + 1e-9) return null;
  return { groups: pairs, total };
}

/** A line's cells: whitespace-separated, with a trailing p cell set aside; one reading only. */
function readLine(line: string, offset: number): Omit<Row, 'lineStart' | 'lineEnd'> | null {
  const cells: Cell[] = [...line.matchAll(/\S+/g)].map((m) => ({ raw: m[0], start: offset + m.index! }));
  if (cells.length < 6) return null;
  const withoutP = P_CELL.test(cells[cells.length - 1]!.raw) ? cells.slice(0, -1) : null;
  const readings = [cells, ...(withoutP ? [withoutP] : [])].flatMap((cs) =>
    Array.from({ length: MAX_GROUPS - 1 }, (_, i) => rowOf(cs, i + 2)).filter((r) => r !== null),
  );
  return readings.length === 1 ? readings[0]! : null;
}

export const rowFits = (r: Row) => r.groups.every((g) => matches(g.count.value, r.total.count.value, g.pct));

export function readRowTotalShareRows(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  let table: Row[] = [];
  let labelLines = 0;
  const close = () => {
    if (table.length >= MIN_ROWS) {
      const fitting = table.filter(rowFits).length;
      if (fitting >= MIN_ROWS && 3 * fitting >= 2 * table.length) groups.push(...groupsOf(table));
    }
    table = [];
    labelLines = 0;
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!/\d/.test(line)) {
      if (line.trim() !== '' && ++labelLines > MAX_LABEL_LINES) close();
      continue;
    }
    const read = inTable(start) ? null : readLine(line, start);
    const pcts = read ? [...read.groups, read.total].map((p) => p.pct.start) : [];
    if (!read || pcts.some((at) => taken.has(at))) {
      close();
      continue;
    }
    if (table.length > 0 && table[0]!.groups.length !== read.groups.length) close();
    table.push({ ...read, lineStart: start, lineEnd: start + line.length });
    labelLines = 0;
  }
  close();
  return groups;
}

const pairOf = (p: { count: Num; pct: Num }): CountPct => ({
  count: p.count.value,
  countStart: p.count.start,
  pct: p.pct,
  ownTotal: null,
});

export function groupsOf(rows: Row[]): PercentGroup[] {
  const out: PercentGroup[] = rows.map((r) => ({
    pairs: r.groups.map(pairOf),
    statedTotals: [r.total.count.value],
    totalSource: 'row',
    place: {
      start: r.groups[0]!.count.start,
      end: r.groups[r.groups.length - 1]!.pct.end,
      quoteStart: r.lineStart,
      quoteEnd: r.lineEnd,
    },
    para: -1,
  }));
  // The Total column, block by block.
  const blocks: { run: Row[]; n: number; misfits: number }[] = [];
  let run: Row[] = [];
  for (const r of rows) {
    run.push(r);
    const slack = () => run.reduce((s, x) => s + x.total.pct.half, 0) + 1e-9;
    while (run.length > 1 && run.reduce((s, x) => s + x.total.pct.value, 0) > 100 + slack()) run.shift();
    if (run.length < 2 || !addsTo100(run.map((x) => x.total.pct))) continue;
    const n = run.reduce((s, x) => s + x.total.count.value, 0);
    blocks.push({ run, n, misfits: run.filter((x) => !matches(x.total.count.value, n, x.total.pct)).length });
    run = [];
  }
  // A block with several misprints is still one variable's when its sum is the whole sample that
  // two blocks read on their own evidence share.
  const sizes = new Map<number, number>();
  for (const b of blocks) if (b.misfits <= 1) sizes.set(b.n, (sizes.get(b.n) ?? 0) + 1);
  for (const { run, n, misfits } of blocks) {
    if (misfits > 1 && (sizes.get(n) ?? 0) < 2) continue;
    out.push({
      pairs: run.map((x) => pairOf(x.total)),
      statedTotals: [n],
      totalSource: 'inferred',
      place: {
        start: run[0]!.total.count.start,
        end: run[run.length - 1]!.total.pct.end,
        quoteStart: run[0]!.lineStart,
        quoteEnd: run[run.length - 1]!.lineEnd,
      },
      para: -1,
    });
  }
  return out;
}
