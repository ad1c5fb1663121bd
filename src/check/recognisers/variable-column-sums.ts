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
import type { Place } from '../types.ts';
import { linesWithOffsets } from './lines.ts';

/** A count with its share in brackets (a % sign allowed). */
const PAIR = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*\d{1,3}(?:[.,]\d+)?\s*%?\s*\)/gu;
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

interface Block {
  start: number;
  end: number;
  sums: number[];
  hasTotal: boolean;
  rows: number;
}

export function readVariableColumnSums(text: string): VariableColumnSums[] {
  const { lines, offsets } = linesWithOffsets(text);
  const out: VariableColumnSums[] = [];
  let table: Block[] = [];
  let width = 0;
  let block: Block | null = null;
  const endBlock = () => {
    if (block) table.push(block);
    block = null;
  };
  const endTable = () => {
    endBlock();
    out.push(...oddVariables(table));
    table = [];
    width = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const counts = [...line.matchAll(PAIR)].map((m) => Number(m[1]!.replace(/,/g, '')));
    if (line.length > MAX_LINE) {
      endTable();
      continue;
    }
    if (counts.length === 0) {
      // A variable's name (or a section's, or a blank line) ends the block of categories above it.
      if (line.trim() === '' || LETTER.test(line)) endBlock();
      else endTable();
      continue;
    }
    if (counts.length < 2 || (width && counts.length !== width)) {
      endTable();
      if (counts.length < 2) continue;
    }
    width = counts.length;
    const start = offsets[i]! + (line.length - line.trimStart().length);
    const end = offsets[i]! + line.trimEnd().length;
    if (!block) block = { start, end, sums: counts.map(() => 0), hasTotal: false, rows: 0 };
    block.end = end;
    block.rows++;
    counts.forEach((c, k) => {
      block!.sums[k]! += c;
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
