/**
 * Cross tables of column shares whose page text prints each column as one cell, its counts
 * stacked and then its shares stacked, column after column, with a Total column last and no
 * total row: "Ada Tidak Total n % n % n % Ya Tidak 2 27 6,9 93,1 16 95 14,4 85,6 18 122 12,9
 * 87,1 0,281" (column Ada: 2 and 27, then 6,9 and 93,1; column Tidak: 16 and 95, …; Total: 18
 * and 122, …; then the test's p).
 *
 * The run of numbers after the row labels is cut into blocks of k counts and k shares (k from 2
 * to 6, the first k that fits). The reading is taken only when there are three blocks or more,
 * each block's shares add up to 100 within a point, and the last block's counts are, row
 * by row, the sums of the other blocks' counts (the Total column: the proof that the blocks are
 * the table's columns and k its rows). Each share is then held to its count over its block's sum
 * of counts. Numbers after the last block (a p, an odds ratio) are left alone.
 */
import type { CountPct, Num, PercentGroup, TableBlock } from '../types.ts';
import { isInt, sum, type Tok, tokenize } from './flat-cross-tables.ts';

const MAX_ROWS = 6;
const MAX_BLOCKS = 8;
/** How far a block's shares may add up to from 100: a point, so that one misprinted share still leaves the table read. */
const OFF_HUNDRED = 1;

interface Block {
  counts: Num[];
  shares: Num[];
}

/** The block of k counts, then k shares, starting at token i, or null. */
function blockAt(toks: Tok[], i: number, k: number): Block | null {
  const counts: Num[] = [];
  const shares: Num[] = [];
  for (let j = 0; j < 2 * k; j++) {
    const t = toks[i + j];
    if (t?.kind !== 'num') return null;
    if (j < k) {
      if (!isInt(t.num)) return null;
      counts.push(t.num);
    } else {
      if (t.num.value > 100 + t.num.half) return null;
      shares.push(t.num);
    }
  }
  const total = sum(counts.map((c) => c.value));
  if (total <= 0) return null;
  return Math.abs(sum(shares.map((s) => s.value)) - 100) <= OFF_HUNDRED ? { counts, shares } : null;
}

/** The blocks of k rows from token i, as many as read in a row. */
function blocksAt(toks: Tok[], i: number, k: number): Block[] {
  const blocks: Block[] = [];
  for (let b = 0; b < MAX_BLOCKS; b++) {
    const block = blockAt(toks, i + b * 2 * k, k);
    if (!block) break;
    blocks.push(block);
  }
  return blocks;
}

/** Is the last block the Total column: each of its counts the sum of the other blocks' counts in that row? */
function endsInTotalColumn(blocks: Block[], k: number): boolean {
  const total = blocks[blocks.length - 1]!;
  const cells = blocks.slice(0, -1);
  for (let r = 0; r < k; r++) if (sum(cells.map((b) => b.counts[r]!.value)) !== total.counts[r]!.value) return false;
  return true;
}

/** A run of at least 12 numbers (three blocks of two rows): only there are the tokens read. */
const RUN = /(?:(?<![\d.,])\d{1,6}(?:[.,]\d+)?\s+){11,}\d/gu;

export function readCountShareBlocks(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const groups: PercentGroup[] = [];
  // Tokenising the whole text cost 0.2 s a MB; runs of numbers that long are few.
  for (const run of text.matchAll(RUN)) {
    const end = text.slice(run.index! + run[0].length).search(/[^\d.,\s]/u);
    const to = end < 0 ? text.length : run.index! + run[0].length + end;
    groups.push(...blocksIn(tokenize(text, Math.max(0, run.index! - 40), to), tables, taken));
  }
  return groups;
}

function blocksIn(toks: Tok[], tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  for (let i = 1; i < toks.length; i++) {
    const first = toks[i]!;
    if (first.kind !== 'num' || toks[i - 1]!.kind !== 'word' || inTable(first.num.start)) continue;
    for (let k = 2; k <= MAX_ROWS; k++) {
      let blocks = blocksAt(toks, i, k);
      // The Total column is the last block read, or an earlier one when a p or ratio after the
      // table happens to read as a block too.
      while (blocks.length >= 3 && !endsInTotalColumn(blocks, k)) blocks = blocks.slice(0, -1);
      if (blocks.length < 3) continue;
      if (blocks.some((b) => b.shares.some((s) => taken.has(s.start)))) break;
      const start = blocks[0]!.counts[0]!.start;
      const last = blocks[blocks.length - 1]!;
      const end = last.shares[k - 1]!.end;
      for (const b of blocks) {
        const pairs: CountPct[] = b.counts.map((c, r) => ({
          count: c.value,
          countStart: c.start,
          pct: b.shares[r]!,
          ownTotal: null,
          apart: true,
        }));
        groups.push({
          pairs,
          statedTotals: [sum(b.counts.map((c) => c.value))],
          totalSource: 'inferred',
          place: { start, end, quoteStart: start, quoteEnd: end },
          para: -1,
        });
      }
      i += blocks.length * 2 * k - 1;
      break;
    }
  }
  return groups;
}
