/**
 * Factors of the ANOVA-type models (factorial ANOVA, ANCOVA): listwise selection of the
 * rows, levels of each factor among the rows used (numbers numerically, text by code
 * point, as everywhere), and sum-to-zero (effect) columns, R's contr.sum: for level i < a
 * the column i is 1 at level i, −1 at the last level and 0 elsewhere. With these columns
 * Type III sums of squares are the SPSS UNIANOVA ones.
 */
import { isMissingLevel, observedLevels, sameLevel } from './levels.ts';
import { isPresent } from './missing.ts';
import type { GroupInput, Level, NumericInput } from './types.ts';

export interface CodedFactor {
  name: string;
  levels: Level[];
  /** Level index of each row used. */
  codes: Int32Array;
}

/** Rows where every numeric column is a number and every factor is non-missing. */
export function completeRows(
  numeric: readonly NumericInput[],
  factors: readonly GroupInput[],
  total: number,
): Int32Array {
  const rows: number[] = [];
  for (let i = 0; i < total; i++) {
    let ok = true;
    for (const c of numeric)
      if (!isPresent(c[i])) {
        ok = false;
        break;
      }
    if (ok)
      for (const f of factors)
        if (isMissingLevel(f[i])) {
          ok = false;
          break;
        }
    if (ok) rows.push(i);
  }
  return Int32Array.from(rows);
}

export function codeFactor(name: string, values: GroupInput, rows: Int32Array): CodedFactor {
  const used = Array.from(rows, (i) => values[i]);
  const levels = observedLevels(used);
  const codes = new Int32Array(rows.length);
  // Level lookup by key: a map for text, linear search would be O(n·a).
  const index = new Map<string, number>();
  levels.forEach((l, i) => index.set(typeof l === 'number' ? `n:${l}` : `s:${l}`, i));
  for (let r = 0; r < used.length; r++) {
    const v = used[r] as Level;
    let c = index.get(typeof v === 'number' ? `n:${v}` : `s:${String(v).trim()}`);
    if (c === undefined) c = levels.findIndex((l) => sameLevel(l, v));
    codes[r] = c;
  }
  return { name, levels, codes };
}

/** The a − 1 effect-coded columns of a factor. */
export function effectColumns(f: CodedFactor): Float64Array[] {
  const a = f.levels.length;
  const cols: Float64Array[] = [];
  for (let l = 0; l < a - 1; l++) {
    const col = new Float64Array(f.codes.length);
    for (let r = 0; r < f.codes.length; r++) {
      const c = f.codes[r]!;
      col[r] = c === l ? 1 : c === a - 1 ? -1 : 0;
    }
    cols.push(col);
  }
  return cols;
}

/** Element-wise products of every column of `a` with every column of `b` (a outer, b inner). */
export function productColumns(a: readonly Float64Array[], b: readonly Float64Array[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (const x of a)
    for (const y of b) {
      const col = new Float64Array(x.length);
      for (let i = 0; i < x.length; i++) col[i] = x[i]! * y[i]!;
      out.push(col);
    }
  return out;
}

export function gather(values: NumericInput, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = values[rows[r]!] as number;
  return out;
}

/** An F test row of an ANOVA table. */
export interface EffectRow {
  term: string;
  ss: number;
  df: number;
  ms: number;
  f: number;
  p: number;
  partialEta2: number;
}
