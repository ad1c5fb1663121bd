/**
 * Exact null distributions of the rank statistics, by counting (dynamic programming
 * over the ranks 1..N), as R's psignrank and pwilcox. Counts are kept as doubles:
 * every step only adds non-negative numbers, so relative precision stays ~1e-15 even
 * where counts exceed 2^53.
 */

/**
 * Two-sided exact p of Wilcoxon's signed-rank V for n untied non-zero differences:
 * 2·min(P(V ≤ v), P(V ≥ v)) capped at 1, with the tail chosen as R does (upper when
 * v > n(n+1)/4).
 */
export function signedRankExactP(v: number, n: number): number {
  const max = (n * (n + 1)) / 2;
  // counts[s] = number of subsets of {1..n} whose sum is s.
  const counts = new Float64Array(max + 1);
  counts[0] = 1;
  for (let i = 1; i <= n; i++) {
    for (let s = (i * (i + 1)) / 2; s >= i; s--) counts[s]! += counts[s - i]!;
  }
  const total = 2 ** n;
  let tail = 0;
  if (v > max / 2) for (let s = Math.ceil(v); s <= max; s++) tail += counts[s]!;
  else for (let s = Math.floor(v); s >= 0; s--) tail += counts[s]!;
  return Math.min(1, (2 * tail) / total);
}

/**
 * Two-sided exact p of the Mann–Whitney U of group 1 (sizes n1, n2, no ties):
 * 2·(tail of U beyond u) capped at 1, the upper tail when u > n1·n2/2 (R's wilcox.test).
 */
export function mannWhitneyExactP(u: number, n1: number, n2: number): number {
  const big = n1 * n2;
  // dist[j][w] = ways to choose j of the ranks seen so far with U-contribution w, where a
  // chosen item at position t (1-based) that is the j-th chosen contributes t − j.
  // Equivalent: Gaussian-binomial recursion; stored as rows of length big + 1.
  const width = big + 1;
  let prev = new Float64Array((n1 + 1) * width);
  prev[0] = 1;
  const N = n1 + n2;
  for (let t = 1; t <= N; t++) {
    const next = new Float64Array((n1 + 1) * width);
    const jmax = Math.min(t, n1);
    for (let j = 0; j <= jmax; j++) {
      const base = j * width;
      // Not choosing item t: unchanged, but only while the unchosen count stays ≤ n2.
      if (t - j <= n2) for (let w = 0; w < width; w++) next[base + w] = prev[base + w]!;
      if (j > 0) {
        // Choosing item t as the j-th chosen item: it exceeds t − j unchosen items.
        const add = t - j;
        const from = (j - 1) * width;
        for (let w = add; w < width; w++) next[base + w]! += prev[from + w - add]!;
      }
    }
    prev = next;
  }
  const row = n1 * width;
  let total = 0;
  for (let w = 0; w < width; w++) total += prev[row + w]!;
  let tail = 0;
  if (u > big / 2) for (let w = Math.ceil(u); w <= big; w++) tail += prev[row + w]!;
  else for (let w = Math.floor(u); w >= 0; w--) tail += prev[row + w]!;
  return Math.min(1, (2 * tail) / total);
}
