import type { Num } from '../types.ts';

/** The lines of a text with the offset each starts at, for readers that work line by line. */
export function linesWithOffsets(text: string): { lines: string[]; offsets: number[] } {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let at = 0;
  for (const l of lines) {
    offsets.push(at);
    at += l.length + 1;
  }
  return { lines, offsets };
}

/** The index of the line holding an offset, by binary search over the lines' start `offsets` (ascending, from 0). */
export function lineIndexer(offsets: number[]): (at: number) => number {
  return (at) => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * Reads a row's cells left to right: each cell is looked for after the one before it, so a value
 * printed twice in the row is placed where it stands. `numAt` finds and parses a cell's text
 * from `from` (an offset in the line, which starts at `lineStart` in the text).
 */
export function cellsLeftToRight(
  lineStart: number,
  numAt: (raw: string, from: number) => Num | null,
): (raw: string) => Num | null {
  let from = 0;
  return (raw) => {
    const n = numAt(raw, from);
    if (n) from = n.end - lineStart;
    return n;
  };
}
