/**
 * Baseline tables kept as pipe rows with an "n | % | n | %" header: one count and one share per
 * group, a variable's categories in a block of rows (its first row names the variable before
 * the category, or a row of labels alone names it), and a test statistic in a cell after the
 * pairs or on a line of its own that broke the row:
 *
 *     | n | % | n | % | |||
 *     | Gender | Male | 5 | 16.70 | 5 | 16.70 |
 *     χ2 = 0.003 P = 0.99 |
 *     | Female | 25 | 83.30 | 25 | 83.30 | ||
 *
 * Each group's shares in a block are of the block's counts' sum when they add up to 100. A block
 * whose shares do not add up to 100 is still read when its counts add up to the one group size
 * every other block of that column adds up to (at least two of them, all the same): its list of
 * categories is complete, so its shares are of that size. Any other block is not read: it may
 * leave a category out. A row whose cells do not have the header's shape ends the block, so a
 * row of means or of a statistic is never taken for a category. A table most of whose rows' shares
 * add up to 100 across the groups is a table of row shares, and is not read. Rows kept without
 * their leading "|", a "No." count header and a p cell after the pairs: ./pipe-row-tails.ts.
 */
import type { CountPct, Lang, Num, PercentGroup } from '../types.ts';
import { parseCount, parseNum } from './numbers.ts';
import { type PipeCell as Cell, pipeCells } from './pipe-cells.ts';
import { addsTo100 } from '../checks/percentages.ts';
import { isPCell, isPipeRow } from './pipe-row-tails.ts';

const COUNT_HEADER = /^(?:n|no\.|f|freq(?:uency)?|frekuensi|count|jumlah)$/i;
const PCT_HEADER = /^(?:%|\(%\)|percent(?:age)?|persen(?:tase)?)$/i;
const NUMBER_CELL = /^\d[\d.,]*%?$/u;

interface PairRow {
  labels: number;
  pairs: { count: number; countStart: number; pct: Num }[];
  start: number;
  end: number;
}

/** The number of count–share pairs a header row announces, or 0 when the row is not such a header. */
function headerPairs(cells: Cell[]): number {
  let k = 0;
  while (k < cells.length && !COUNT_HEADER.test(cells[k]!.text)) k++;
  if (k > 1) return 0;
  let pairs = 0;
  for (; k < cells.length; k += 2) {
    if (!COUNT_HEADER.test(cells[k]!.text) || !PCT_HEADER.test(cells[k + 1]?.text ?? '')) return 0;
    pairs++;
  }
  return pairs;
}

/** A printed trailing zero after two decimals may be padding (16.70 for 16.7). */
function padded(n: Num): Num {
  return n.decimals >= 2 && n.raw.endsWith('0') ? { ...n, half: n.half * 10 } : n;
}

/** A body row: its label cells, then exactly `width` pairs, then only cells that are not numbers. */
function pairRow(cells: Cell[], width: number, lang: Lang): PairRow | null {
  let k = 0;
  while (k < cells.length && !NUMBER_CELL.test(cells[k]!.text)) k++;
  const numbers = cells.slice(k, k + 2 * width);
  if (numbers.length !== 2 * width || !numbers.every((c) => NUMBER_CELL.test(c.text))) return null;
  const after = cells.slice(k + 2 * width).filter((c) => NUMBER_CELL.test(c.text));
  // …but for the row's p, in a cell of its own after the pairs (./pipe-row-tails.ts).
  if (after.length > 0 && !(after.length === 1 && isPCell(after[0]!.text))) return null;
  const pairs: PairRow['pairs'] = [];
  for (let i = 0; i < width; i++) {
    const countCell = numbers[2 * i]!;
    const pctCell = numbers[2 * i + 1]!;
    const count = parseCount(countCell.text, lang);
    const pct = parseNum(pctCell.text.replace(/%$/u, ''), pctCell.start);
    if (count === null || !pct || pct.value > 100) return null;
    pairs.push({ count, countStart: countCell.start, pct: padded(pct) });
  }
  return { labels: k, pairs, start: cells[0]!.start, end: pairs[width - 1]!.pct.end };
}

export function readPipeShareBlocks(text: string, lang: Lang, taken: Set<number>): PercentGroup[] {
  const groups: PercentGroup[] = [];
  let width = 0;
  let blocks: PairRow[][] = [];
  let block: PairRow[] = [];
  const closeBlock = () => {
    if (block.length >= 2) blocks.push(block);
    block = [];
  };
  const closeTable = () => {
    closeBlock();
    for (const g of groupsOf(blocks, taken)) groups.push(g);
    blocks = [];
    width = 0;
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const base = lineStart;
    lineStart += line.length + 1;
    const trimmed = line.trim();
    if (!isPipeRow(trimmed)) {
      // A statistic broken off its row ("χ2 = 0.003 P = 0.99 |") does not end the table; prose does.
      if (width && trimmed.endsWith('|') && !/\d[\d.,]*\s*\|\s*\d/u.test(trimmed)) continue;
      closeTable();
      continue;
    }
    const cells = pipeCells(line, base);
    const announced = headerPairs(cells);
    if (announced > 0) {
      closeTable();
      width = announced;
      continue;
    }
    if (!width) continue;
    if (cells.every((c) => !NUMBER_CELL.test(c.text))) {
      // A row of labels alone names the next block's variable.
      closeBlock();
      continue;
    }
    const row = pairRow(cells, width, lang);
    if (!row || row.labels === 0) {
      closeBlock();
      continue;
    }
    if (row.labels >= 2) closeBlock();
    block.push(row);
  }
  closeTable();
  return groups;
}

function groupsOf(blocks: PairRow[][], taken: Set<number>): PercentGroup[] {
  const groups: PercentGroup[] = [];
  // A table of row shares (each row's shares add up to 100 across the groups: the groups are an
  // outcome's categories) has no column blocks; two of its rows may add up to 100 down a column
  // by chance.
  const rows = blocks.flat();
  if (rows.length === 0) return groups;
  if (rows[0]!.pairs.length >= 2 && 2 * rows.filter((r) => addsTo100(r.pairs.map((p) => p.pct))).length >= rows.length)
    return groups;
  const columns = Math.max(0, ...blocks.map((b) => b[0]!.pairs.length));
  for (let j = 0; j < columns; j++) {
    const lists = blocks.map((b) => b.map((r) => r.pairs[j]).filter((p) => p !== undefined));
    const sums = lists.map((l) => l.reduce((s, p) => s + p.count, 0));
    const whole = lists.map((l) => addsTo100(l.map((p) => p.pct)));
    const sizes = new Set(sums.filter((_, i) => whole[i]));
    const groupSize = sizes.size === 1 && whole.filter(Boolean).length >= 2 ? [...sizes][0]! : null;
    lists.forEach((list, i) => {
      if (list.length < 2 || list.some((p) => taken.has(p.pct.start))) return;
      const sum = sums[i]!;
      if (sum <= 0) return;
      const complete = !whole[i] && groupSize !== null && sum === groupSize;
      if (!whole[i] && !complete) return;
      const pairs: CountPct[] = list.map((p) => ({ ...p, ownTotal: null, apart: true }));
      const rows = blocks[i]!;
      groups.push({
        pairs,
        statedTotals: [sum],
        totalSource: complete ? 'blockColumn' : 'inferred',
        place: {
          start: pairs[0]!.countStart,
          end: pairs[pairs.length - 1]!.pct.end,
          quoteStart: rows[0]!.start,
          quoteEnd: rows[rows.length - 1]!.end,
        },
        para: -1,
      });
    });
  }
  return groups;
}
