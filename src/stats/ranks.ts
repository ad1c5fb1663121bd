/**
 * Ranking with average ranks for ties (R's `rank(ties.method = "average")`), plus the
 * tie sizes that the tie-corrected normal approximations need (Σ(t³ − t)).
 */

export interface Ranking {
  /** Rank of each input value, in input order (1-based, ties averaged). */
  ranks: Float64Array;
  /** Σ(t³ − t) over groups of tied values. */
  tieSum: number;
  /** True when some values are tied. */
  hasTies: boolean;
}

export function averageRanks(values: ArrayLike<number>): Ranking {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const v = Float64Array.from(values);
  order.sort((a, b) => v[a]! - v[b]!);
  const ranks = new Float64Array(n);
  let tieSum = 0;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && v[order[j]!] === v[order[i]!]) j++;
    const t = j - i;
    // Positions i..j−1 share the ranks i+1..j, whose mean is (i + 1 + j) / 2.
    const r = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) ranks[order[k]!] = r;
    if (t > 1) tieSum += t * t * t - t;
    i = j;
  }
  return { ranks, tieSum, hasTies: tieSum > 0 };
}
