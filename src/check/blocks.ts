/**
 * Blocks of text: runs of non-blank lines, the unit a table or a paragraph arrives in. Checks
 * that judge a table as a whole (its intervals, its shares' totals) group findings by block.
 */
import { partitionPoint } from './sorted.ts';

/** The starts of the blocks, sorted: 0 and the end of every blank line (a line of nothing but spaces counts). */
export function blockStarts(text: string): number[] {
  return [0, ...[...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index! + m[0].length)];
}

/** The start of the block holding `at`. */
export function blockOf(starts: number[], at: number): number {
  return starts[Math.max(0, partitionPoint(starts, (s) => s <= at) - 1)]!;
}
