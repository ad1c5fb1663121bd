/**
 * Count (percentage) cells in the rows of published tables (./published-rows.ts), with the
 * total each share is of, when the table gives it:
 *
 * - a row's own Total cell: `Male 2900 2331 (80.4) 569 (19.6)` — the number before the pairs,
 *   or right after them (`| 31 (4.1) | 718 (95.1) | 749 |`), that their counts add up to;
 * - in a table of row percentages (most rows' shares add up to 100), the sum of the row's counts;
 * - a column's block: the pairs of one column (the k-th pair of each row) in consecutive rows
 *   whose percentages add up to 100, of the sum of their counts (one variable's categories,
 *   `No 224 (99.6) / Yes 1 (0.4)`); a variable's name on a line of its own ends a block;
 * - the column's group size, where blocks cannot be read from the percentages: the total that
 *   at least two of the column's blocks share, for a run of consecutive pairs outside any
 *   block whose counts add up to it (a block whose percentages were misprinted);
 * - the header's group sizes (`Telmisartan (N=2954) | Placebo (N=2972)`), one per column,
 *   for the pairs of a column that no block or row total covers, unless the cell carries a
 *   footnote mark; where the table or its notes say data are missing, only for a share that fits
 *   its size or that only a larger group could give (./missing-data-shares.ts), any other not checkable;
 * - a pair with its own total (`5/34 (14.8)`).
 *
 * A percentage without a % sign is read only where the table says its cells are n (%)
 * (`n (%)`, `n%`, `N (%)`, `No. (%)`) in the 40 rows above or in the row. Rows about means,
 * medians, SDs and ranges are not shares; running text is left to the sentence reader.
 */
import { addsTo100, matches } from '../checks/percentages.ts';
import { addsUpInOtherColumns } from './exclusive-blocks.ts';
import { withoutNumericLabel } from './numeric-labels.ts';
import { commonestWidth, numberedRuns, uncovered } from './stacked-cells.ts';
import { sharesBesideRowTotals } from './row-total-column.ts';
import { isContinuousRow } from './continuous-rows.ts';
import { fitsIfDoubtful, wholeNumberSpreadRows } from './whole-number-spread-rows.ts';
import { measureNamedRows } from './measure-named-rows.ts';
import { numberedCategoryGlue } from './numbered-category-glue.ts';
import { withoutZeroStandIns, zeroCountCells } from './zero-count-cells.ts';
import { gluedBlockIsAmbiguous } from './glued-counts.ts';
import { paddedList } from './padded-decimals.ts';
import { stratumRuns } from './stratified-row-shares.ts';
import { withoutOtherDenominatorRows } from './other-denominator-rows.ts';
import { judgedDespiteMissing } from './missing-data-shares.ts';
import { stackedCategoryRuns } from './stacked-category-runs.ts';
import { groupMajorRuns } from './group-major-cells.ts';
import { unsizedStackedRuns } from './unsized-stacked-runs.ts';
import { totalRowSizes } from './total-row-sizes.ts';
import { isMisprintedRowShareRow, unmarkedRowShareRows } from './unmarked-row-share-tables.ts';
import { fitsIfDoubtfulCell, wholeNumberSpreadColumns } from './whole-number-spread-columns.ts';
import type { CountPct, Num, PercentGroup, Place } from '../types.ts';
import {
  isProse,
  nearMark,
  rowIndexer,
  type PublishedRow,
  type PairToken as Pair,
  type RowToken,
} from './published-rows.ts';

const PCT_HEADER = /\(\s*%\s*\)|\bn\s*%|\bn\s*\(\s*%|\bN\s*\(\s*%|No\.\s*\(\s*%|%\s*\)/i;
const NOT_SHARES = /median|\biqr\b|interquartile|range|\bmean\b|\bsd\b|±|std\.?\s*dev/i;
const HEADER_N = /\b[Nn]\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)/g;
const CONTEXT_ROWS = 40;
const MISSING = /missing|not available|unknown|excluded|incomplete|available for|data available|complete data/i;
const FOOTNOTE = /^\s?[*†‡§¶‖#]/;
/** Rows without a pair that end a table (for the header's group sizes). */
const TABLE_GAP = 10;

interface Cell {
  pair: Pair;
  row: PublishedRow;
}

function groupOf(cell: Cell, total: number, source: PercentGroup['totalSource'], ownTotal: number | null = null) {
  const place: Place = { start: cell.row.start, end: cell.row.end, quoteStart: cell.row.start, quoteEnd: cell.row.end };
  const pair: CountPct = { count: cell.pair.count, countStart: cell.pair.countStart, pct: cell.pair.pct, ownTotal };
  const g: PercentGroup = { pairs: [pair], statedTotals: ownTotal === null ? [total] : [], place, para: -1 };
  if (source) g.totalSource = source;
  return g;
}

export function readRowShares(text: string, rows: PublishedRow[], taken: Set<number>): PercentGroup[] {
  const out: PercentGroup[] = [];
  const lines = text.split('\n');
  const rowOf = rowIndexer(rows);
  // A mark before the first row counts as row 0.
  const headerRows = [...text.matchAll(new RegExp(PCT_HEADER.source, 'gi'))].map((m) => Math.max(0, rowOf(m.index)));
  const index = new Map(rows.map((r, i) => [r, i]));
  const hasPctHeader = (row: PublishedRow) =>
    nearMark(headerRows, index.get(row)!, CONTEXT_ROWS) || PCT_HEADER.test(text.slice(row.start, row.end));

  // The pairs of each row that may be read.
  const pairsOf = new Map<PublishedRow, Pair[]>();
  const unmarked = new Map<PublishedRow, Pair[]>();
  for (const row of rows) {
    if (NOT_SHARES.test(row.label) || isProse(row)) continue;
    // "Age (years) | 35 (10)": a mean (SD), not a share (./continuous-rows.ts); unless a category
    // follows the label ("Total duration of OCP use(yr) | 0 | 135 (65)").
    if (row.tokens[0]?.kind === 'pair' && isContinuousRow(row.label, () => text.slice(row.end, row.end + 2000)))
      continue;
    for (const t of row.tokens) {
      if (t.kind === 'ownPair' && !taken.has(t.pct.start) && t.count <= t.total)
        out.push(groupOf({ pair: { ...t, kind: 'pair', hasSign: false }, row }, t.total, undefined, t.total));
    }
    const pairs = row.tokens.filter((t): t is Pair => t.kind === 'pair');
    if (pairs.length === 0 || pairs.some((p) => taken.has(p.pct.start))) continue;
    if (!pairs.every((p) => p.hasSign) && !hasPctHeader(row)) {
      unmarked.set(row, pairs);
      continue;
    }
    pairsOf.set(row, pairs);
  }
  // …or, without such a header, in a table of rows that are plainly row shares (./unmarked-row-share-tables.ts).
  for (const [row, pairs] of unmarkedRowShareRows(rows, unmarked)) pairsOf.set(row, pairs);

  // Tables: runs of rows with pairs, ended by TABLE_GAP rows without.
  const tables: PublishedRow[][] = [];
  let gap = Infinity;
  for (const row of rows) {
    if (pairsOf.has(row)) {
      if (gap >= TABLE_GAP) tables.push([]);
      gap = 0;
      tables[tables.length - 1]!.push(row);
    } else if (tables.length > 0) {
      gap++;
      if (gap < TABLE_GAP) tables[tables.length - 1]!.push(row);
    }
  }

  // " 61 (0.1)1 (0.1)": category 6, then the count 1, run together (./numbered-category-glue.ts).
  for (const table of tables) for (const row of numberedCategoryGlue(text, table, pairsOf)) pairsOf.delete(row);
  // "Tertiary | 0 | 3 (1.7) | 3 (0.8)": a zero printed bare holds a column (./zero-count-cells.ts).
  for (const table of tables) for (const { row, pairs } of zeroCountCells(table, pairsOf)) pairsOf.set(row, pairs);
  // "Heart rate 82 (12)" among shares printed "98 (49.0)": maybe a mean (SD), read only where it
  // fits as a share (./whole-number-spread-rows.ts).
  const doubtful = new Set(
    tables
      .flatMap((table) => [...wholeNumberSpreadRows(table, pairsOf), ...measureNamedRows(table, pairsOf)])
      .map((r) => r.start),
  );
  // …and "Age (years), mean (SD) 51 (9)" beside shares printed "1641 (20.31)" (./whole-number-spread-columns.ts).
  const doubtfulCells = new Set(tables.flatMap((table) => [...wholeNumberSpreadColumns(table, pairsOf)]));
  for (const table of tables) {
    const covered = new Set<Pair>();
    const withPairs = table.filter((r) => (pairsOf.get(r)?.length ?? 0) >= 3);
    const byIndex = sharesBesideRowTotals(withPairs.map((r) => pairsOf.get(r)!));
    const besideTotals = new Map([...byIndex].map(([i, v]) => [withPairs[i]!, v]));
    // Row totals.
    for (const row of table) {
      const pairs = pairsOf.get(row);
      if (!pairs || pairs.length < 2) continue;
      const first = row.tokens.indexOf(pairs[0]!);
      const after = row.tokens[row.tokens.indexOf(pairs[pairs.length - 1]!) + 1];
      const sum = pairs.reduce((s, p) => s + p.count, 0);
      const isSum = (t: RowToken | undefined) =>
        t?.kind === 'num' && t.op === '=' && t.num.decimals === 0 && t.num.value === sum;
      // The Total cell before the pairs, or right after them.
      const total = row.tokens.slice(0, first).find(isSum) ?? (isSum(after) ? after : undefined);
      if (!total) {
        // …or a Total cell that is a pair itself, its share of N (./row-total-column.ts).
        const beside = besideTotals.get(row);
        for (const pair of beside?.shares ?? []) {
          out.push(groupOf({ pair, row }, beside!.total, 'row'));
          covered.add(pair);
        }
        continue;
      }
      for (const pair of pairs) {
        out.push(groupOf({ pair, row }, sum, 'row'));
        covered.add(pair);
      }
    }
    // A table of row percentages (each row's shares add up to 100, `102(68.9%) | 46(31.1%)`):
    // each such row is of the sum of its counts, and its columns are no blocks (two rows'
    // shares in one column may add up to 100 by chance).
    const multi = table.filter((r) => (pairsOf.get(r)?.filter((p) => !covered.has(p)).length ?? 0) >= 2);
    // …or whose strata's shares each add up to 100, side by side (./stratified-row-shares.ts),
    // unless the runs are a stacked table's groups, whose sizes repeat row after row
    // (./unsized-stacked-runs.ts reads those, and leaves a group whose sizes disagree unread).
    const stackedGroups = unsizedStackedRuns(table, pairsOf, covered).length > 0;
    const strata = new Map(
      multi.flatMap((r) => {
        if (stackedGroups) return [];
        const runs = addsTo100(pairsOf.get(r)!.map((p) => p.pct)) ? null : stratumRuns(pairsOf.get(r)!);
        return runs ? [[r, runs] as const] : [];
      }),
    );
    const rowShares = multi.filter((r) => addsTo100(pairsOf.get(r)!.map((p) => p.pct)) || strata.has(r));
    if (rowShares.length >= 2 && rowShares.length >= 0.6 * multi.length) {
      for (const row of rowShares) {
        for (const pairs of strata.get(row) ?? [withoutNumericLabel(row.label, pairsOf.get(row)!, text)]) {
          const sum = pairs.reduce((t, p) => t + p.count, 0);
          const implied = impliedTotal(pairs, sum);
          for (const pair of pairs)
            out.push(implied ? groupOf({ pair, row }, implied, 'rowImplied') : groupOf({ pair, row }, sum, 'rowSum'));
        }
      }
      // …and a row of it whose one misprinted share keeps it from adding up to 100.
      for (const row of multi) {
        const pairs = withoutNumericLabel(row.label, pairsOf.get(row)!, text);
        if (rowShares.includes(row) || !isMisprintedRowShareRow(pairs)) continue;
        const sum = pairs.reduce((t, p) => t + p.count, 0);
        for (const pair of pairs) out.push(groupOf({ pair, row }, sum, 'rowSumInTable'));
      }
      continue;
    }
    const width = Math.max(0, ...table.map((r) => pairsOf.get(r)?.filter((p) => !covered.has(p)).length ?? 0));
    // A table that says some of its data are missing has cells of fewer than the header's N.
    const last = table[table.length - 1]!.line;
    const missing = MISSING.test(lines.slice(table[0]!.line, last + 16).join('\n'));
    let headerNs = missing ? null : headerSizes(lines, table[0]!.line, width);
    // …though a share that fits them, or that only a larger group could give, is judged (./missing-data-shares.ts).
    const missingNs = missing ? headerSizes(lines, table[0]!.line, width) : null;
    // Rows that stack a variable's categories in one cell per group (one cell per line: "Male",
    // "Female", then both of a group's pairs, then the next group's) print more pairs than the
    // header has groups: the header's sizes are then those of the commonest width, and only rows
    // of that width are read against them.
    const sizedWidth = missing || headerNs ? width : commonestWidth(table, pairsOf, covered);
    if (sizedWidth < width) headerNs = headerSizes(lines, table[0]!.line, sizedWidth);
    // Group sizes a Total row above the table states (./total-row-sizes.ts).
    const totalRowNs = totalRowSizes(lines, table[0]!.line, width);
    for (let k = 0; k < width; k++) {
      // Column blocks whose percentages add up to 100.
      const blocks: Cell[][] = [];
      let run: Cell[] = [];
      const order: Cell[] = [];
      const breaks = new Set<number>();
      for (const row of table) {
        const pairs = pairsOf.get(row)?.filter((p) => !covered.has(p));
        const pair = pairs?.[k];
        if (!pair) {
          if (row.labelOnly || pairsOf.has(row) || !pairs) {
            run = [];
            breaks.add(order.length);
          }
          continue;
        }
        const cell = { pair, row };
        order.push(cell);
        run.push(cell);
        const slack = () => run.reduce((s, c) => s + c.pair.pct.half, 0) + 1e-9;
        const sum = () => run.reduce((s, c) => s + c.pair.pct.value, 0);
        while (run.length > 1 && sum() > 100 + slack()) run.shift();
        if (
          run.length >= 2 &&
          addsTo100(run.map((c) => c.pair.pct)) &&
          addsUpInOtherColumns(
            run.map((c) => pairsOf.get(c.row)!.filter((p) => !covered.has(p))),
            k,
          )
        ) {
          blocks.push(run);
          run = [];
          breaks.add(order.length);
        }
      }
      const inBlock = new Set<Cell>();
      for (const b of blocks) {
        const total = b.reduce((s, c) => s + c.pair.count, 0);
        // Glued cells that also read as counts behind a lost cell (./glued-counts.ts): unchecked.
        const cells = b.map((c) => c.pair);
        if (gluedBlockIsAmbiguous(text, cells)) {
          for (const c of b) inBlock.add(c);
          continue;
        }
        // A block of whole per cents printed with a padding 0 (96.0 and 4.0): ./padded-decimals.ts.
        const pcts = paddedList(cells.map((p) => p.pct));
        // Shares that miss their block's sum but fit the Total row's size are of that size (missing answers).
        const stated = totalRowNs?.[k];
        const ofStated =
          stated !== undefined &&
          stated > total &&
          cells.some((p) => !matches(p.count, total, p.pct)) &&
          cells.every((p) => matches(p.count, stated, p.pct));
        b.forEach((c, k) => {
          const g = ofStated ? groupOf(c, stated, 'table') : groupOf(c, total, 'inferred');
          g.pairs[0]!.pct = pcts[k]!;
          out.push(g);
          inBlock.add(c);
        });
      }
      // The column's group size, shared by at least two blocks.
      const counts = new Map<number, number>();
      for (const b of blocks) {
        const t = b.reduce((s, c) => s + c.pair.count, 0);
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      const ranked = [...counts].sort((a, b) => b[1] - a[1]);
      const size = ranked[0] && ranked[0][1] >= 2 && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : null;
      const rest: Cell[][] = [[]];
      order.forEach((c, i) => {
        if (breaks.has(i) || inBlock.has(c)) rest.push([]);
        if (!inBlock.has(c)) rest[rest.length - 1]!.push(c);
      });
      const left = new Set<Cell>();
      for (const r of rest) {
        if (size !== null && r.length >= 2 && r.reduce((s, c) => s + c.pair.count, 0) === size) {
          for (const c of r) out.push(groupOf(c, size, 'table'));
        } else for (const c of r) left.add(c);
      }
      // A cell with a footnote mark (`373 (58.7)*`: "one missing observation") may be of fewer.
      const n = headerNs?.[k];
      if (n !== undefined)
        for (const c of left)
          if (
            c.pair.count <= n &&
            !FOOTNOTE.test(text.slice(c.pair.end, c.pair.end + 2)) &&
            (sizedWidth === width || uncovered(c.row, pairsOf, covered) === sizedWidth)
          )
            out.push(groupOf(c, n, 'stated'));
      const m = missingNs?.[k];
      if (m !== undefined)
        for (const c of left) {
          if (c.pair.count > m || FOOTNOTE.test(text.slice(c.pair.end, c.pair.end + 2))) continue;
          const g = groupOf(c, m, 'stated');
          // …and one a smaller total could give is not checkable (that total is not printed).
          out.push(judgedDespiteMissing(c.pair.count, c.pair.pct, m) ? g : { ...g, fewerCasesThan: m });
        }
    }
    // A row of numbered categories printed one run of pairs after another.
    if (headerNs && sizedWidth < width) {
      const read = new Set(out.flatMap((g) => g.pairs.map((p) => p.pct.start)));
      for (const row of table)
        if (uncovered(row, pairsOf, covered) > sizedWidth)
          // …or, with no number before each category, one group's run after another (./stacked-category-runs.ts).
          for (const c of numberedRuns(row, pairsOf, covered, sizedWidth, headerNs).concat(
            stackedCategoryRuns(row, pairsOf, covered, headerNs),
          ))
            if (!read.has(c.pair.pct.start) && c.pair.count <= c.n)
              out.push(groupOf({ pair: c.pair, row }, c.n, 'stated'));
      // …and a row whose categories are printed group by group, each group's run adding up to
      // exactly its size (./group-major-cells.ts).
      const readNow = new Set(out.flatMap((g) => g.pairs.map((p) => p.pct.start)));
      for (const row of table)
        if (uncovered(row, pairsOf, covered) > sizedWidth)
          for (const c of groupMajorRuns(row, pairsOf, covered, headerNs))
            if (!readNow.has(c.pair.pct.start)) out.push(groupOf({ pair: c.pair, row }, c.n, 'stated'));
    }
    // …and, with no sizes in the header, stacked rows whose groups' runs add up to the same sizes
    // row after row (./unsized-stacked-runs.ts).
    if (!headerNs && !missing) {
      const readNow = new Set(out.flatMap((g) => g.pairs.map((p) => p.pct.start)));
      for (const c of unsizedStackedRuns(table, pairsOf, covered))
        if (!readNow.has(c.pair.pct.start)) out.push(groupOf({ pair: c.pair, row: c.row }, c.n, 'inferred'));
    }
  }
  return withoutZeroStandIns(
    withoutOtherDenominatorRows(out.filter((g) => fitsIfDoubtful(g, doubtful) && fitsIfDoubtfulCell(g, doubtfulCells))),
  );
}

/**
 * Group sizes printed in the header above a table, one per column, on one line or on the
 * header's lines together: `Telmisartan (N=2954) | Placebo (N=2972)`, `Intervention n = 637 |`
 * then `UC n = 1,097 |`.
 */
function headerSizes(lines: string[], firstRow: number, width: number): number[] | null {
  if (width === 0) return null;
  // Eight lines of header; failing that, eight not counting the blank lines between cells
  // printed one per line.
  for (const skipBlank of [false, true]) {
    const found: number[][] = [];
    for (let i = firstRow - 1, seen = 0; i >= Math.max(0, firstRow - 64) && seen < 8; i--) {
      if (skipBlank && lines[i]!.trim() === '') continue;
      seen++;
      found.unshift([...lines[i]!.matchAll(HEADER_N)].map((m) => Number(m[1]!.replace(/,/g, ''))));
    }
    const all = found.flat();
    if (all.length === width) return all;
  }
  return null;
}

/**
 * The total a row's shares give when its counts do not add up to it. One misprinted count
 * ("2 (11.8) 4 (82.4) 1 (5.9)": 2/17, 14/17 and 1/17) makes the row's sum wrong for every share;
 * the smallest N, at least the largest count, of which every share but one is its count's share
 * stands for the row's total, so that only the misprinted pair is flagged. Three pairs at least
 * (two that agree), else null.
 */
function impliedTotal(pairs: { count: number; pct: Num }[], sum: number): number | null {
  // The row's own sum, wrong for one share at most, is the total (that share is the slip).
  if (pairs.length < 3 || pairs.filter((p) => !matches(p.count, sum, p.pct)).length <= 1) return null;
  const largest = Math.max(...pairs.map((p) => p.count));
  // Bounded: a row of a few thousand at most is searched, not a census table's millions.
  for (let n = Math.max(1, largest); n <= Math.min(10 * sum + 100, largest + 20_000); n++)
    if (pairs.filter((p) => !matches(p.count, n, p.pct)).length <= 1) return n === sum ? null : n;
  return null;
}
