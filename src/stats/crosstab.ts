/**
 * Cross-tabulation of two categorical columns over complete rows, both in level order
 * (declared or the oracle's sorted convention). Shared by chi-square, odds ratios and McNemar.
 */
import { codeLevels } from './levels.ts';
import { checkLengths } from './missing.ts';
import type { GroupInput, Level, StatFailure } from './types.ts';

export interface Crosstab {
  rowLevels: Level[];
  colLevels: Level[];
  /** counts[i][j]: rows with row level i and column level j. */
  counts: number[][];
  n: number;
  missing: number;
}

export function crosstab(
  row: GroupInput,
  col: GroupInput,
  rowLevels?: readonly Level[],
  colLevels?: readonly Level[],
): Crosstab | StatFailure {
  checkLengths([row, col]);
  const r = codeLevels(row, rowLevels);
  if ('error' in r) return r;
  const c = codeLevels(col, colLevels);
  if ('error' in c) return c;
  // Observed levels come from complete rows only (a level seen only beside a missing
  // value is not a table row), unless declared.
  const rowUsed = new Set<number>();
  const colUsed = new Set<number>();
  for (let i = 0; i < row.length; i++) {
    if (r.codes[i]! >= 0 && c.codes[i]! >= 0) {
      rowUsed.add(r.codes[i]!);
      colUsed.add(c.codes[i]!);
    }
  }
  const rowKeep = r.levels.map((_, i) => rowLevels !== undefined || rowUsed.has(i));
  const colKeep = c.levels.map((_, j) => colLevels !== undefined || colUsed.has(j));
  const rowMap = remap(rowKeep);
  const colMap = remap(colKeep);
  const counts = Array.from({ length: rowMap.size }, () => new Array<number>(colMap.size).fill(0));
  let n = 0;
  for (let i = 0; i < row.length; i++) {
    const a = r.codes[i]!;
    const b = c.codes[i]!;
    if (a < 0 || b < 0) continue;
    counts[rowMap.get(a)!]![colMap.get(b)!]!++;
    n++;
  }
  return {
    rowLevels: r.levels.filter((_, i) => rowKeep[i]),
    colLevels: c.levels.filter((_, j) => colKeep[j]),
    counts,
    n,
    missing: row.length - n,
  };
}

function remap(keep: boolean[]): Map<number, number> {
  const m = new Map<number, number>();
  keep.forEach((k, i) => {
    if (k) m.set(i, m.size);
  });
  return m;
}
