/**
 * Fisher's exact test for r × c tables: the sum of the probabilities (under the
 * multiple hypergeometric distribution given both margins) of all tables no more
 * probable than the observed one, with R's relative tolerance 1e-7.
 *
 * The tables are walked column by column as paths through a network (Mehta & Patel
 * 1983): a node is the multiset of row totals still to fill after k columns, so paths
 * that reach the same node share their future. For each partial path we bound the
 * probability of its best and worst completion; when every completion is below the
 * threshold the node's whole future probability (a closed form) is added at once, when
 * none is the path is dropped, and only undecided paths are expanded. Bounds relax one
 * margin at a time: with only the column sums (or only the row sums), the most probable
 * filling spreads each sum as evenly as its caps allow and the least probable piles it
 * greedily into the largest caps (by majorisation, ln x! being convex).
 */
import { logGamma } from './special.ts';

export interface FisherOptions {
  /** Give up (return null) after this many path expansions. */
  maxWork?: number;
}

export function fisherExactP(observed: number[][], options: FisherOptions = {}): number | null {
  let table = observed.map((row) => row.slice());
  // Empty rows and columns carry no information; dropping them changes no probability.
  table = table.filter((row) => row.some((v) => v > 0));
  if (table.length === 0) return 1;
  const keepCols = table[0]!.map((_, j) => table.some((row) => row[j]! > 0));
  table = table.map((row) => row.filter((_, j) => keepCols[j]));
  if (table.length < 2 || table[0]!.length < 2) return 1;
  // The shorter margin becomes the node state.
  if (table.length > table[0]!.length) table = table[0]!.map((_, j) => table.map((row) => row[j]!));
  const r = table.length;
  const c = table[0]!.length;
  const rowTotals = table.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = table[0]!.map((_, j) => table.reduce((a, row) => a + row[j]!, 0));
  const n = rowTotals.reduce((a, b) => a + b, 0);
  const lf = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) lf[i] = logGamma(i + 1);

  let logK = -lf[n]!;
  for (const t of rowTotals) logK += lf[t]!;
  for (const t of colTotals) logK += lf[t]!;
  let logObsPast = 0;
  for (const row of table) for (const v of row) logObsPast -= lf[v]!;
  // A table counts when K·past·future ≤ P_obs·(1 + 1e-7), i.e. past + future ≤ limit.
  const limit = logObsPast + Math.log1p(1e-7);

  // Columns in decreasing order of their totals: big columns first leave small, quickly
  // decided sub-networks.
  const cols = colTotals.slice().sort((a, b) => b - a);
  const suffixCols: number[][] = [];
  for (let k = 0; k <= c; k++) suffixCols.push(cols.slice(k));

  const bounds = new Map<string, { max: number; min: number; total: number }>();
  const futureBounds = (k: number, rows: number[], key: string) => {
    const cacheKey = `${k}|${key}`;
    let b = bounds.get(cacheKey);
    if (!b) {
      b = computeBounds(rows, suffixCols[k]!, lf);
      bounds.set(cacheKey, b);
    }
    return b;
  };

  const maxWork = options.maxWork ?? 2e7;
  let work = 0;
  let p = 0;
  type Node = { rows: number[]; pasts: Map<number, { past: number; mult: number }> };
  let stage = new Map<string, Node>();
  const start = rowTotals.slice().sort((a, b) => b - a);
  stage.set(start.join(','), { rows: start, pasts: new Map([[0, { past: 0, mult: 1 }]]) });

  for (let k = 0; k < c; k++) {
    const next = new Map<string, Node>();
    for (const [key, node] of stage) {
      const b = futureBounds(k, node.rows, key);
      const undecided: { past: number; mult: number }[] = [];
      for (const entry of node.pasts.values()) {
        if (entry.past + b.max <= limit) p += entry.mult * Math.exp(logK + entry.past + b.total);
        else if (entry.past + b.min > limit) continue;
        else undecided.push(entry);
      }
      if (undecided.length === 0) continue;
      const colTotal = cols[k]!;
      const x = new Array<number>(r).fill(0);
      // Enumerate every split of this column's total over the rows (within each row's remaining total).
      const capsAfter = new Array<number>(r + 1).fill(0);
      for (let i = r - 1; i >= 0; i--) capsAfter[i] = capsAfter[i + 1]! + node.rows[i]!;
      const emit = (logW: number) => {
        const rest = node.rows.map((t, i) => t - x[i]!).sort((a, b) => b - a);
        const restKey = rest.join(',');
        let target = next.get(restKey);
        if (!target) {
          target = { rows: rest, pasts: new Map() };
          next.set(restKey, target);
        }
        for (const e of undecided) {
          const past = e.past + logW;
          // Paths whose pasts agree to ~1e-10 have the same future: merge them.
          const pk = Math.round(past * 1e10);
          const have = target.pasts.get(pk);
          if (have) have.mult += e.mult;
          else target.pasts.set(pk, { past, mult: e.mult });
        }
        work += undecided.length;
      };
      const fill = (i: number, left: number, logW: number) => {
        if (i === r - 1) {
          if (left > node.rows[i]!) return;
          x[i] = left;
          emit(logW - lf[left]!);
          return;
        }
        const lo = Math.max(0, left - capsAfter[i + 1]!);
        const hi = Math.min(node.rows[i]!, left);
        for (let v = lo; v <= hi; v++) {
          x[i] = v;
          fill(i + 1, left - v, logW - lf[v]!);
        }
      };
      fill(0, colTotal, 0);
      if (work > maxWork) return null;
    }
    stage = next;
  }
  return Math.min(1, p);
}

/**
 * Bounds on ln of ∏1/x! over all completions of the remaining columns `cols` with row
 * totals `rows`: `max` ≥ the largest, `min` ≤ the smallest, `total` = ln Σ ∏1/x! exactly
 * (= ln(m!/(∏rows!·∏cols!)), the multinomial identity).
 */
function computeBounds(rows: number[], cols: number[], lf: Float64Array): { max: number; min: number; total: number } {
  const m = rows.reduce((a, b) => a + b, 0);
  let total = lf[m]!;
  for (const t of rows) total -= lf[t]!;
  for (const t of cols) total -= lf[t]!;
  if (cols.length === 0) return { max: 0, min: 0, total: 0 };
  const maxA = -sumSpreadEvenly(cols, rows, lf);
  const maxB = -sumSpreadEvenly(rows, cols, lf);
  const minA = -sumPileGreedily(cols, rows, lf);
  const minB = -sumPileGreedily(rows, cols, lf);
  return { max: Math.min(maxA, maxB), min: Math.max(minA, minB), total };
}

/** Σ over `sums` of min Σ ln x! with Σx = sum, 0 ≤ xᵢ ≤ capsᵢ (water-filling). */
function sumSpreadEvenly(sums: number[], caps: number[], lf: Float64Array): number {
  const sorted = caps.slice().sort((a, b) => a - b);
  let out = 0;
  for (const s of sums) {
    let left = s;
    let slots = sorted.length;
    for (const cap of sorted) {
      const share = Math.floor(left / slots);
      const extra = left - share * slots;
      if (cap <= share) {
        out += lf[cap]!;
        left -= cap;
        slots--;
        continue;
      }
      // Every remaining slot can take an even share: `extra` of them get one more.
      out += (slots - extra) * lf[share]! + extra * lf[share + 1]!;
      left = 0;
      break;
    }
  }
  return out;
}

/** Σ over `sums` of max Σ ln x! with Σx = sum, 0 ≤ xᵢ ≤ capsᵢ (largest caps filled first). */
function sumPileGreedily(sums: number[], caps: number[], lf: Float64Array): number {
  const sorted = caps.slice().sort((a, b) => b - a);
  let out = 0;
  for (const s of sums) {
    let left = s;
    for (const cap of sorted) {
      if (left === 0) break;
      const v = Math.min(cap, left);
      out += lf[v]!;
      left -= v;
    }
  }
  return out;
}
