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
  /**
   * Give up (return null) after this many path expansions and enumerated completions
   * (default 1e6, about a second): large r × c tables with hundreds of observations
   * can have more arrangements than any exact method can visit.
   */
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
  // With two rows a node is one number (what is left of the larger row), so the best and
  // worst completions of every node can be tabulated exactly beforehand.
  const twoRow = r === 2 ? twoRowBounds(cols, lf) : null;

  const maxWork = options.maxWork ?? 1e6;
  let work = 0;
  let p = 0;
  // Pasts arriving at a node are appended to flat arrays (cheap); equal ones are merged
  // when the node is processed (sorting once is cheaper than hashing every arrival).
  type Node = { rows: number[]; past: number[]; mult: number[] };
  // A node's rows (sorted) as one number in base n + 1 when that is exact, else as text.
  const numericKeys = (n + 1) ** r < Number.MAX_SAFE_INTEGER;
  const nodeKey = (rows: number[]): number | string => {
    if (!numericKeys) return rows.join(',');
    let key = 0;
    for (const v of rows) key = key * (n + 1) + v;
    return key;
  };
  let stage = new Map<number | string, Node>();
  const start = rowTotals.slice().sort((a, b) => b - a);
  stage.set(nodeKey(start), { rows: start, past: [0], mult: [1] });

  for (let k = 0; k < c - 1; k++) {
    const next = new Map<number | string, Node>();
    for (const node of stage.values()) {
      if (k === c - 2) {
        // Two columns left: the completions are the splits of one column. Enumerate them
        // once, sorted, and settle every past by binary search (meet in the middle)
        // instead of expanding each past into each completion.
        // Exact best and worst completions first: most pasts are settled by them alone.
        const total =
          lf[cols[k]! + cols[k + 1]!]! - node.rows.reduce((a, t) => a + lf[t]!, 0) - lf[cols[k]!]! - lf[cols[k + 1]!]!;
        const best = bestTwoColumn(node.rows, cols[k]!, lf);
        const worst = worstTwoColumn(node.rows, cols[k]!, lf);
        work += r * r;
        const open: { past: number; mult: number }[] = [];
        for (const entry of mergedPasts(node)) {
          if (entry.past + best <= limit) p += entry.mult * Math.exp(logK + entry.past + total);
          else if (worst !== null && entry.past + worst > limit) continue;
          else open.push(entry);
        }
        if (open.length === 0) continue;
        const res =
          open.length <= 16
            ? settleFewPasts(node.rows, cols[k]!, lf, open, limit, logK, maxWork - work)
            : settleLastTwo(node.rows, cols[k]!, lf, open, limit, logK, maxWork - work);
        if (res === null) return null;
        p += res.p;
        work += res.work;
        if (work > maxWork) return null;
        continue;
      }
      const b = twoRow ? twoRow(k, node.rows) : computeBounds(node.rows, suffixCols[k]!, lf);
      work += r * (c - k);
      const undecided: { past: number; mult: number }[] = [];
      for (const entry of mergedPasts(node)) {
        if (entry.past + b.max <= limit) p += entry.mult * Math.exp(logK + entry.past + b.total);
        else if (entry.past + b.min > limit) continue;
        else undecided.push(entry);
      }
      if (undecided.length === 0) continue;
      const rest = new Array<number>(r);
      const complete = forEachSplit(node.rows, cols[k]!, lf, (x, logW) => {
        for (let i = 0; i < r; i++) rest[i] = node.rows[i]! - x[i]!;
        sortDescending(rest);
        const restKey = nodeKey(rest);
        let target = next.get(restKey);
        if (!target) {
          target = { rows: rest.slice(), past: [], mult: [] };
          next.set(restKey, target);
        }
        const tp = target.past;
        const tm = target.mult;
        for (let u = 0; u < undecided.length; u++) {
          tp.push(undecided[u]!.past + logW);
          tm.push(undecided[u]!.mult);
        }
        work += 1 + undecided.length;
        return work <= maxWork;
      });
      if (!complete) return null;
    }
    stage = next;
  }
  return Math.min(1, p);
}

/**
 * Exact bounds for two-row tables by dynamic programming over the columns: with s the
 * first row's remaining total before column k, best[k][s] = max over x of
 * (−ln x! − ln(col_k − x)! + best[k+1][s − x]), and likewise the minimum.
 */
function twoRowBounds(
  cols: number[],
  lf: Float64Array,
): (k: number, rows: number[]) => { max: number; min: number; total: number } {
  const c = cols.length;
  const suffix = new Array<number>(c + 1).fill(0);
  for (let k = c - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + cols[k]!;
  const best: Float64Array[] = new Array(c + 1);
  const worst: Float64Array[] = new Array(c + 1);
  best[c] = Float64Array.of(0);
  worst[c] = Float64Array.of(0);
  for (let k = c - 1; k >= 0; k--) {
    const m = suffix[k]!;
    const col = cols[k]!;
    const b = new Float64Array(m + 1);
    const w = new Float64Array(m + 1);
    const nextB = best[k + 1]!;
    const nextW = worst[k + 1]!;
    const restTotal = suffix[k + 1]!;
    for (let s = 0; s <= m; s++) {
      let hi = -Infinity;
      let lo = Infinity;
      // x goes to the first row, col − x to the second; both rows must stay fillable.
      const xMin = Math.max(0, s - restTotal, col - (m - s));
      const xMax = Math.min(col, s);
      for (let x = xMin; x <= xMax; x++) {
        const v = -lf[x]! - lf[col - x]!;
        const hb = v + nextB[s - x]!;
        const lw = v + nextW[s - x]!;
        if (hb > hi) hi = hb;
        if (lw < lo) lo = lw;
      }
      b[s] = hi;
      w[s] = lo;
    }
    best[k] = b;
    worst[k] = w;
  }
  return (k, rows) => {
    const m = suffix[k]!;
    let total = lf[m]! - lf[rows[0]!]! - lf[rows[1]!]!;
    for (let j = k; j < c; j++) total -= lf[cols[j]!]!;
    return { max: best[k]![rows[0]!]!, min: worst[k]![rows[0]!]!, total };
  };
}

/**
 * Exact largest ln ∏1/x! over the two-column completions with row totals `rows` and
 * first-column total `colTotal`: maximise Σgᵢ(xᵢ), gᵢ(x) = −ln x! − ln(rowsᵢ − x)!, a
 * separable concave function under one sum constraint, so a proportional start improved
 * by profitable unit transfers between rows reaches the optimum.
 */
function bestTwoColumn(rows: number[], colTotal: number, lf: Float64Array): number {
  const r = rows.length;
  const m = rows.reduce((a, b) => a + b, 0);
  const x = rows.map((t) => Math.floor((t * colTotal) / m));
  let left = colTotal - x.reduce((a, b) => a + b, 0);
  // Gain of moving one unit into row i (up) or out of it (down).
  const up = (i: number) => (x[i]! < rows[i]! ? Math.log(rows[i]! - x[i]!) - Math.log(x[i]! + 1) : -Infinity);
  const down = (i: number) => (x[i]! > 0 ? Math.log(x[i]!) - Math.log(rows[i]! - x[i]! + 1) : -Infinity);
  while (left > 0) {
    let bi = 0;
    for (let i = 1; i < r; i++) if (up(i) > up(bi)) bi = i;
    x[bi]!++;
    left--;
  }
  for (let guard = 0; guard < 10 * (colTotal + r); guard++) {
    let bi = -1;
    let bj = -1;
    let gain = 1e-12;
    for (let i = 0; i < r; i++) {
      const u = up(i);
      if (u === -Infinity) continue;
      for (let j = 0; j < r; j++) {
        if (j === i) continue;
        const g = u + down(j);
        if (g > gain) {
          gain = g;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    x[bi]!++;
    x[bj]!--;
  }
  let v = 0;
  for (let i = 0; i < r; i++) v -= lf[x[i]!]! + lf[rows[i]! - x[i]!]!;
  return v;
}

/**
 * Exact smallest ln ∏1/x! over the two-column completions, or null for more than 8 rows.
 * Minimising a separable concave function over the box ∩ {Σx = colTotal} puts every row
 * but one at a bound (0 or its total, each contributing −ln rowᵢ!), so the free row and
 * the set of full rows are enumerated.
 */
function worstTwoColumn(rows: number[], colTotal: number, lf: Float64Array): number | null {
  const r = rows.length;
  if (r > 8) return null;
  let best = Infinity;
  const all = rows.reduce((a, t) => a + lf[t]!, 0);
  for (let f = 0; f < r; f++) {
    const others = rows.filter((_, i) => i !== f);
    for (let mask = 0; mask < 1 << others.length; mask++) {
      let sumFull = 0;
      for (let i = 0; i < others.length; i++) if (mask & (1 << i)) sumFull += others[i]!;
      const xf = colTotal - sumFull;
      if (xf < 0 || xf > rows[f]!) continue;
      const v = -(all - lf[rows[f]!]! + lf[xf]! + lf[rows[f]! - xf]!);
      if (v < best) best = v;
    }
  }
  return best;
}

/**
 * A node's pasts with equal values merged (their multiplicities added): paths whose pasts
 * agree to 1e-12 relative have the same future and so the same fate.
 */
function mergedPasts(node: { past: number[]; mult: number[] }): { past: number; mult: number }[] {
  const m = node.past.length;
  if (m === 1) return [{ past: node.past[0]!, mult: node.mult[0]! }];
  const order = new Uint32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  const past = Float64Array.from(node.past);
  order.sort((a, b) => past[a]! - past[b]!);
  const out: { past: number; mult: number }[] = [];
  for (let i = 0; i < m; i++) {
    const v = past[order[i]!]!;
    const last = out[out.length - 1];
    if (last && Math.abs(v - last.past) <= 1e-12 * Math.max(1, Math.abs(v))) last.mult += node.mult[order[i]!]!;
    else out.push({ past: v, mult: node.mult[order[i]!]! });
  }
  return out;
}

function sortDescending(a: number[]): void {
  for (let i = 1; i < a.length; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! < v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Calls `emit` with every split x of `total` over rows with remaining totals `caps`, and
 * ln ∏1/xᵢ!; stops early (returning false) when `emit` returns false.
 */
function forEachSplit(
  caps: number[],
  total: number,
  lf: Float64Array,
  emit: (x: number[], logW: number) => boolean,
): boolean {
  const r = caps.length;
  const x = new Array<number>(r).fill(0);
  const capsAfter = new Array<number>(r + 1).fill(0);
  for (let i = r - 1; i >= 0; i--) capsAfter[i] = capsAfter[i + 1]! + caps[i]!;
  const fill = (i: number, left: number, logW: number): boolean => {
    if (i === r - 1) {
      if (left > caps[i]!) return true;
      x[i] = left;
      return emit(x, logW - lf[left]!);
    }
    const lo = Math.max(0, left - capsAfter[i + 1]!);
    const hi = Math.min(caps[i]!, left);
    for (let v = lo; v <= hi; v++) {
      x[i] = v;
      if (!fill(i + 1, left - v, logW - lf[v]!)) return false;
    }
    return true;
  };
  return fill(0, total, 0);
}

/**
 * The same sum for a node with few open pasts, without sorting the completions: with
 * gᵢ(x) = −ln x! − ln(rowsᵢ − x)! a completion's log-weight is Σgᵢ(xᵢ), so each row's
 * terms are tabulated once, shifted by their maximum, and also as exponentials; the loop
 * over completions then adds products of the tabulated exponentials (no exp, no sort)
 * for every past whose threshold the completion meets.
 */
function settleFewPasts(
  rows: number[],
  colTotal: number,
  lf: Float64Array,
  pasts: { past: number; mult: number }[],
  limit: number,
  logK: number,
  budget: number,
): { p: number; work: number } | null {
  const r = rows.length;
  const g: Float64Array[] = [];
  const h: Float64Array[] = [];
  let shift = 0;
  for (let i = 0; i < r; i++) {
    const t = rows[i]!;
    const gi = new Float64Array(t + 1);
    let top = -Infinity;
    for (let x = 0; x <= t; x++) {
      gi[x] = -lf[x]! - lf[t - x]!;
      if (gi[x]! > top) top = gi[x]!;
    }
    for (let x = 0; x <= t; x++) gi[x]! -= top;
    shift += top;
    g.push(gi);
    h.push(Float64Array.from(gi, Math.exp));
  }
  const m = pasts.length;
  // A completion counts for past u when Σ(gᵢ − topᵢ) ≤ limit − past_u − shift (+ a hair for rounding).
  const thresholds = Float64Array.from(pasts, (e) => limit - e.past - shift + 1e-12);
  const sums = new Float64Array(m);
  const capsAfter = new Array<number>(r + 1).fill(0);
  for (let i = r - 1; i >= 0; i--) capsAfter[i] = capsAfter[i + 1]! + rows[i]!;
  let count = 0;
  const last = r - 1;
  const gl = g[last]!;
  const hl = h[last]!;
  const gp = g[last - 1]!;
  const hp = h[last - 1]!;
  const capP = rows[last - 1]!;
  const capL = rows[last]!;
  const walk = (i: number, left: number, logW: number, w: number): boolean => {
    if (i === last - 1) {
      // Innermost pair: x for row last − 1, the rest to the last row.
      const lo = Math.max(0, left - capL);
      const hi = Math.min(capP, left);
      for (let x = lo; x <= hi; x++) {
        const f = logW + gp[x]! + gl[left - x]!;
        const wt = w * hp[x]! * hl[left - x]!;
        for (let u = 0; u < m; u++) if (f <= thresholds[u]!) sums[u]! += wt;
      }
      count += hi - lo + 1;
      return count <= budget;
    }
    const gi = g[i]!;
    const hi_ = h[i]!;
    const lo = Math.max(0, left - capsAfter[i + 1]!);
    const hi = Math.min(rows[i]!, left);
    for (let x = lo; x <= hi; x++) if (!walk(i + 1, left - x, logW + gi[x]!, w * hi_[x]!)) return false;
    return true;
  };
  if (!walk(0, colTotal, 0, 1)) return null;
  let p = 0;
  for (let u = 0; u < m; u++)
    if (sums[u]! > 0) p += pasts[u]!.mult * Math.exp(logK + pasts[u]!.past + shift) * sums[u]!;
  return { p, work: count + m };
}

/**
 * Adds up, for every past at a node with two columns left, the probability of the
 * completions that keep the table at or below the observed probability.
 */
function settleLastTwo(
  rows: number[],
  colTotal: number,
  lf: Float64Array,
  pasts: { past: number; mult: number }[],
  limit: number,
  logK: number,
  budget: number,
): { p: number; work: number } | null {
  const futures: number[] = [];
  const complete = forEachSplit(rows, colTotal, lf, (x, logW) => {
    let w = logW;
    for (let i = 0; i < rows.length; i++) w -= lf[rows[i]! - x[i]!]!;
    futures.push(w);
    return futures.length <= budget;
  });
  if (!complete) return null;
  const f = Float64Array.from(futures).sort();
  const top = f[f.length - 1]!;
  // prefix[j] = Σ_{i<j} e^(fᵢ − top): the mass of the j least probable completions.
  const prefix = new Float64Array(f.length + 1);
  for (let i = 0; i < f.length; i++) prefix[i + 1] = prefix[i]! + Math.exp(f[i]! - top);
  let p = 0;
  for (const { past, mult } of pasts) {
    const t = limit - past;
    let lo = 0;
    let hi = f.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (f[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) p += mult * Math.exp(logK + past + top) * prefix[lo]!;
  }
  return { p, work: f.length + pasts.length };
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
  const maxC = lagrangianMax(rows, cols, lf);
  const minA = -sumPileGreedily(cols, rows, lf);
  const minB = -sumPileGreedily(rows, cols, lf);
  return { max: Math.min(maxA, maxB, maxC), min: Math.max(minA, minB), total };
}

/**
 * Upper bound on max Σ −ln xᵢⱼ! over tables with row sums `rows` and column sums `cols`
 * by Lagrangian duality: for any multipliers λᵢⱼ = uᵢ + vⱼ the maximum is at most
 * Σuᵢrowᵢ + Σvⱼcolⱼ + Σ max₀≤ₓ≤cap(−ln x! − λᵢⱼx). Multipliers uᵢ = −ln rowᵢ,
 * vⱼ = ln(m/colⱼ) put each cell's unconstrained maximiser near its expected count
 * rowᵢ·colⱼ/m, where the most probable table lies, so the bound is nearly tight.
 */
function lagrangianMax(rows: number[], cols: number[], lf: Float64Array): number {
  const m = rows.reduce((a, b) => a + b, 0);
  let bound = 0;
  for (const ri of rows) {
    if (ri === 0) continue;
    const u = -Math.log(ri);
    bound += u * ri;
    for (const cj of cols) {
      if (cj === 0) continue;
      const lambda = u + Math.log(m / cj);
      const cap = Math.min(ri, cj);
      // −ln x! − λx is concave in x and rises while x + 1 < e^(−λ).
      let x = Math.min(cap, Math.max(0, Math.ceil(Math.exp(-lambda)) - 1));
      let best = -lf[x]! - lambda * x;
      for (const y of [x - 1, x + 1]) {
        if (y < 0 || y > cap) continue;
        const v = -lf[y]! - lambda * y;
        if (v > best) {
          best = v;
          x = y;
        }
      }
      bound += best;
    }
  }
  for (const cj of cols) if (cj > 0) bound += Math.log(m / cj) * cj;
  return bound;
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
