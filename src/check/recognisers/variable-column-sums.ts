/**
 * Tables of categorical variables, each a block of category rows of "count (share)" cells, one
 * cell per column (an outcome, a group): "Gender / Male 123(84.24) 23(15.8) / Female 170(79.4)
 * 44(20.6) / Age (years) / 18 – 35 200(88.5) 26(11.5) / …". Each variable counts every person
 * once, so every complete variable's counts add up, column by column, to the same numbers (293
 * not hypertensive and 67 hypertensive of 360). A variable whose counts add up to the same grand
 * total but split differently between the columns ("No 269(81.5) 61(18.48) / Yes 10(33.33)
 * 20(66.67)": 279 and 81) cannot be true: the same people have one outcome each.
 *
 * Read only when the table says what every variable should add up to: at least three variables
 * (and two thirds of them) share one set of column sums, and the odd variable lies between such
 * variables (a table of stacked panels with other columns below is not one table). A variable
 * whose grand total differs from theirs is left alone (missing answers, a subgroup), and so is a
 * variable of one row or with a Total row.
 */
import { addsTo100, matches } from '../checks/percentages.ts';
import type { Num, Place } from '../types.ts';
import { parseNum } from './numbers.ts';
import { linesWithOffsets } from './lines.ts';

/** A count with its share in brackets (a % sign allowed). */
const PAIR = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*\)/gu;
const LETTER = /\p{L}/u;
const TOTAL = /\btotal\b|\bjumlah\b/iu;
/** A longer line is a paragraph, not a table row or a variable's name. */
const MAX_LINE = 200;
const MIN_AGREEING = 3;

export interface VariableColumnSums {
  place: Place;
  /** The odd variable's counts added up column by column. */
  sums: number[];
  /** What every other complete variable of the table adds up to. */
  common: number[];
  /** How many variables add up to `common`. */
  agreeing: number;
}

interface Cell {
  count: number;
  pct: Num;
  start: number;
  end: number;
}

interface Block {
  start: number;
  end: number;
  sums: number[];
  hasTotal: boolean;
  rows: number;
  /** Each row's cells, column by column. */
  cells: Cell[][];
}

/** One table: its variables' blocks and the line its first row is on. */
interface Table {
  blocks: Block[];
  firstLine: number;
}

export function readVariableColumnSums(text: string): VariableColumnSums[] {
  return tablesOf(text).flatMap((t) => oddVariables(t.blocks));
}

/** Tables of blocks of rows of two or more "count (share)" cells, a variable's name between blocks. */
function tablesOf(text: string): Table[] {
  const { lines, offsets } = linesWithOffsets(text);
  const out: Table[] = [];
  let table: Table = { blocks: [], firstLine: -1 };
  let width = 0;
  let block: Block | null = null;
  const endBlock = () => {
    if (block) table.blocks.push(block);
    block = null;
  };
  const endTable = () => {
    endBlock();
    if (table.blocks.length) out.push(table);
    table = { blocks: [], firstLine: -1 };
    width = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const pairs = [...line.matchAll(PAIR)];
    if (line.length > MAX_LINE) {
      endTable();
      continue;
    }
    if (pairs.length === 0) {
      // A variable's name (or a section's, or a blank line) ends the block of categories above it.
      if (line.trim() === '' || LETTER.test(line)) endBlock();
      else endTable();
      continue;
    }
    if (pairs.length < 2 || (width && pairs.length !== width)) {
      endTable();
      if (pairs.length < 2) continue;
    }
    const cells: Cell[] = [];
    for (const m of pairs) {
      const at = offsets[i]! + m.index!;
      const pct = parseNum(m[2]!, at + m[0].indexOf(m[2]!, m[1]!.length));
      if (!pct) break;
      cells.push({ count: Number(m[1]!.replace(/,/g, '')), pct, start: at, end: at + m[0].length });
    }
    if (cells.length !== pairs.length) {
      endTable();
      continue;
    }
    if (table.firstLine < 0) table.firstLine = i;
    width = cells.length;
    const start = offsets[i]! + (line.length - line.trimStart().length);
    const end = offsets[i]! + line.trimEnd().length;
    if (!block) block = { start, end, sums: cells.map(() => 0), hasTotal: false, rows: 0, cells: [] };
    block.end = end;
    block.rows++;
    block.cells.push(cells);
    cells.forEach((c, k) => {
      block!.sums[k]! += c.count;
    });
    if (TOTAL.test(line)) block.hasTotal = true;
  }
  endTable();
  return out;
}

function oddVariables(table: Block[]): VariableColumnSums[] {
  const complete = table.filter((b) => b.rows >= 2 && !b.hasTotal);
  const key = (b: Block) => b.sums.join(',');
  const tally = new Map<string, number>();
  for (const b of complete) tally.set(key(b), (tally.get(key(b)) ?? 0) + 1);
  const [best, agreeing] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (agreeing < MIN_AGREEING || 3 * agreeing < 2 * complete.length) return [];
  const common = best.split(',').map(Number);
  const grand = common.reduce((s, c) => s + c, 0);
  const out: VariableColumnSums[] = [];
  complete.forEach((b, i) => {
    if (key(b) === best || b.sums.reduce((s, c) => s + c, 0) !== grand) return;
    const before = complete.slice(0, i).some((x) => key(x) === best);
    const after = complete.slice(i + 1).some((x) => key(x) === best);
    if (!before || !after) return;
    out.push({
      place: { start: b.start, end: b.end, quoteStart: b.start, quoteEnd: b.end },
      sums: b.sums,
      common,
      agreeing,
    });
  });
  return out;
}

/** A variable's categories in one column adding up to more than that column's stated group size. */
export interface BlockOverSize {
  /** The cell whose count carries the column's sum past the group size. */
  place: Place;
  sum: number;
  size: number;
}

/** How many lines above a table's first row its header's group sizes are looked for. */
const HEADER_LINES = 8;
const GROUP_SIZE = /\b[Nn]\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)/gu;

/**
 * A variable whose categories (their shares add up to 100 in the column: each person in one
 * category) count more people than the column's group size in the header ("SMS quality
 * evaluation population (N = 72)": BMI 3 + 19 + 60 = 82). Read only where the header states one
 * size per column, and where the column's shares are those of its counts' sum (3/82 = 3.7%): a
 * count misread (a label's digits run into it, "30-4427 (14.1)") gives shares that are not.
 */
export function readBlocksOverGroupSize(text: string): BlockOverSize[] {
  const lines = text.split('\n');
  const out: BlockOverSize[] = [];
  for (const t of tablesOf(text)) {
    const header = lines.slice(Math.max(0, t.firstLine - HEADER_LINES), t.firstLine).join('\n');
    const sizes = [...header.matchAll(GROUP_SIZE)].map((m) => Number(m[1]!.replace(/,/g, '')));
    const width = t.blocks[0]?.cells[0]?.length ?? 0;
    if (sizes.length !== width) continue;
    for (const b of t.blocks) {
      if (b.rows < 2 || b.hasTotal) continue;
      sizes.forEach((size, k) => {
        // The shares must be those of the counts' sum (so the counts are read right: no label's
        // digits run into a count) and add up to 100 (each person in one category).
        const column = b.cells.map((r) => r[k]!);
        if (b.sums[k]! <= size || !addsTo100(column.map((c) => c.pct))) return;
        if (!column.every((c) => c.count <= size && matches(c.count, b.sums[k]!, c.pct))) return;
        let running = 0;
        const past = b.cells.find((r) => (running += r[k]!.count) > size)!;
        const cell = past[k]!;
        out.push({
          place: { start: cell.start, end: cell.end, quoteStart: b.start, quoteEnd: b.end },
          sum: b.sums[k]!,
          size,
        });
      });
    }
  }
  return out;
}
