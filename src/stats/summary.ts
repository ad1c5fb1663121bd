/**
 * Moments, order statistics and correlation on dense Float64Arrays. Variances use two
 * passes (deviations from the mean), which keeps them exact to ~1e-15 relative where the
 * one-pass Σx² − n·x̄² formula would cancel.
 */

export function sum(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s;
}

export function mean(x: ArrayLike<number>): number {
  return sum(x) / x.length;
}

/** Σ(x − m)² about the given mean. */
export function sumSquaredDeviations(x: ArrayLike<number>, m: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const d = x[i]! - m;
    s += d * d;
  }
  return s;
}

/** Sample variance with n − 1 (NaN when n < 2; callers turn that into null). */
export function variance(x: ArrayLike<number>, m = mean(x)): number {
  return x.length < 2 ? NaN : sumSquaredDeviations(x, m) / (x.length - 1);
}

export function sd(x: ArrayLike<number>, m = mean(x)): number {
  return Math.sqrt(variance(x, m));
}

/**
 * Ascending copy. Large arrays use an LSD radix sort on the IEEE-754 bit patterns (sign
 * flipped for positives, all bits for negatives, so unsigned order = numeric order),
 * 16 bits per pass, skipping passes in which every key has the same digit (e.g. the zero
 * low mantissa bits of integer data); it is several times faster than the comparison
 * sort for the million-row files. NaN never reaches here (missing values are removed).
 */
export function sortedCopy(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const out = Float64Array.from(x);
  if (n < 4096) {
    out.sort();
    return out;
  }
  if (countingSortIntegers(out)) return out;
  const words = new Uint32Array(out.buffer);
  // Little-endian: word 2i is the low half, 2i+1 the high half of element i.
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1]!;
    if (hi & 0x80000000) {
      words[2 * i + 1] = ~hi >>> 0;
      words[2 * i] = ~words[2 * i]! >>> 0;
    } else {
      words[2 * i + 1] = (hi | 0x80000000) >>> 0;
    }
  }
  let src = words;
  let dst = new Uint32Array(2 * n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? 0 : 1;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(src[2 * i + word]! >>> shift) & 0xffff]!++;
    if (counts[(src[word]! >>> shift) & 0xffff] === n) continue;
    let total = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const d = (src[2 * i + word]! >>> shift) & 0xffff;
      const to = counts[d]!++;
      dst[2 * to] = src[2 * i]!;
      dst[2 * to + 1] = src[2 * i + 1]!;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1]!;
    if (hi & 0x80000000) {
      src[2 * i + 1] = (hi & 0x7fffffff) >>> 0;
    } else {
      src[2 * i + 1] = ~hi >>> 0;
      src[2 * i] = ~src[2 * i]! >>> 0;
    }
  }
  return src === words ? out : new Float64Array(src.buffer);
}

/**
 * Quantile of sorted data by R's type 6 (SPSS HAVERAGE): h = (n+1)p, linear interpolation
 * between x₍⌊h⌋₎ and x₍⌊h⌋+1₎, clamped to the minimum and maximum.
 */
export function quantileType6(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  const h = (n + 1) * p;
  if (h < 1) return sorted[0]!;
  if (h >= n) return sorted[n - 1]!;
  const lo = Math.floor(h);
  const frac = h - lo;
  const a = sorted[lo - 1]!;
  return frac === 0 ? a : a + frac * (sorted[lo]! - a);
}

/**
 * Sorts in place by counting when every value is an integer in a range no wider than
 * the array (scale totals, ages, item scores: most columns of this domain); returns
 * false, untouched, otherwise. −0 sorts as 0, which no statistic here distinguishes.
 */
function countingSortIntegers(x: Float64Array): boolean {
  const n = x.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (v !== Math.floor(v)) return false;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max - min <= n)) return false;
  const counts = new Uint32Array(max - min + 1);
  for (let i = 0; i < n; i++) counts[x[i]! - min]!++;
  let k = 0;
  for (let v = 0; v < counts.length; v++) {
    const end = k + counts[v]!;
    x.fill(v + min, k, end);
    k = end;
  }
  return true;
}

/** Median of sorted data. */
export function medianSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  const h = n >> 1;
  return n % 2 ? sorted[h]! : (sorted[h - 1]! + sorted[h]!) / 2;
}

/** Pearson r of equal-length arrays (NaN when either has zero variance). */
export function pearsonR(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return NaN;
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.max(-1, Math.min(1, r));
}
