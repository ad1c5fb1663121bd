/**
 * Missing-value handling shared by every statistic: a value is present when it is a
 * finite number; rows are dropped listwise over the variables an analysis uses, and the
 * number of dropped rows is reported as `missing` (the oracle's convention). Values are
 * gathered into Float64Arrays so million-row columns cost no per-cell allocation.
 */
import type { NumericInput } from './types.ts';

export function isPresent(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function checkLengths(columns: ArrayLike<unknown>[]): number {
  const n = columns[0]?.length ?? 0;
  for (const c of columns) {
    if (c.length !== n) throw new Error(`columns of unequal length (${n} and ${c.length}) passed to a statistic`);
  }
  return n;
}

/** Non-missing values of one column, in row order. */
export function presentValues(x: NumericInput): { values: Float64Array; missing: number } {
  const n = x.length;
  const all = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (typeof v === 'number' && Number.isFinite(v)) all[k++] = v;
  }
  // A view, not a copy: one pass and one allocation for million-row columns.
  return { values: k === n ? all : all.subarray(0, k), missing: n - k };
}

/** Rows where every column is present (listwise deletion), one array per column. */
export function completeCases(columns: NumericInput[]): { data: Float64Array[]; rows: Int32Array; missing: number } {
  const n = checkLengths(columns);
  const keep = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    let ok = true;
    for (const c of columns) {
      if (!isPresent(c[i])) {
        ok = false;
        break;
      }
    }
    if (ok) {
      keep[i] = 1;
      count++;
    }
  }
  const rows = new Int32Array(count);
  const data = columns.map(() => new Float64Array(count));
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    rows[k] = i;
    for (let j = 0; j < columns.length; j++) data[j]![k] = columns[j]![i] as number;
    k++;
  }
  return { data, rows, missing: n - count };
}

/** Complete (x, y) pairs. */
export function completePairs(x: NumericInput, y: NumericInput): { x: Float64Array; y: Float64Array; missing: number } {
  const n = checkLengths([x, y]);
  const ox = new Float64Array(n);
  const oy = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i];
    const b = y[i];
    if (typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b)) {
      ox[k] = a;
      oy[k] = b;
      k++;
    }
  }
  return { x: ox.subarray(0, k), y: oy.subarray(0, k), missing: n - k };
}

export { checkLengths };
