/**
 * Fisher's test for r × c tables when the exact sum is out of reach: a seeded Monte Carlo
 * p-value as R's fisher.test(simulate.p.value = TRUE). Tables with the observed margins are
 * drawn uniformly under independence by shuffling the column labels of the n cases against
 * their row labels (which gives exactly the multiple hypergeometric distribution), and
 * p = (1 + #{tables no more probable than the observed})/(B + 1), with R's 64ε tie
 * allowance; its Monte Carlo standard error is √(p(1 − p)/B). The generator (mulberry32)
 * and the default seed are fixed, so a report rebuilt from the same data prints the same p.
 */
import { fisherExactP } from './fisher-exact.ts';
import { logGamma } from './special.ts';

export const DEFAULT_FISHER_SEED = 20240601;

export interface FisherResult {
  p: number;
  method: 'exact' | 'monte-carlo';
  /** Monte Carlo only: replicates, seed and the standard error of p. */
  replicates: number | null;
  seed: number | null;
  se: number | null;
}

export interface FisherTestOptions {
  /** Work budget of the exact network algorithm (default 2e6 path expansions, a few seconds at most). */
  maxWork?: number;
  /** Monte Carlo replicates (default 100 000, fewer for very large n so it stays near a second). */
  replicates?: number;
  seed?: number;
}

/** The exact p when it can be computed within the budget, else the seeded Monte Carlo p. */
export function fisherTest(observed: number[][], options: FisherTestOptions = {}): FisherResult {
  const exact = fisherExactP(observed, { maxWork: options.maxWork ?? 2e6 });
  if (exact !== null) return { p: exact, method: 'exact', replicates: null, seed: null, se: null };
  return fisherMonteCarlo(observed, options);
}

export function fisherMonteCarlo(
  observed: number[][],
  options: { replicates?: number; seed?: number } = {},
): FisherResult {
  const r = observed.length;
  const c = observed[0]?.length ?? 0;
  const rowLabels: number[] = [];
  const colLabels: number[] = [];
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) for (let t = 0; t < observed[i]![j]!; t++) rowLabels.push(i);
  for (let j = 0; j < c; j++) for (let i = 0; i < r; i++) for (let t = 0; t < observed[i]![j]!; t++) colLabels.push(j);
  const n = rowLabels.length;
  const seed = options.seed ?? DEFAULT_FISHER_SEED;
  const replicates = options.replicates ?? Math.max(2000, Math.min(100_000, Math.floor(5e7 / Math.max(1, n))));
  const lf = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) lf[i] = logGamma(i + 1);
  let observedStat = 0;
  for (const row of observed) for (const v of row) observedStat -= lf[v]!;
  // R: STATISTIC/almost.1 with almost.1 = 1 + 64ε; the statistic is negative, so this relaxes it.
  const threshold = observedStat / (1 + 64 * Number.EPSILON);
  const rows = Int32Array.from(rowLabels);
  const cols = Int32Array.from(colLabels);
  const counts = new Int32Array(r * c);
  const rand = mulberry32(seed);
  let hits = 0;
  for (let b = 0; b < replicates; b++) {
    // Fisher–Yates shuffle of the column labels.
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = cols[i]!;
      cols[i] = cols[j]!;
      cols[j] = t;
    }
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[rows[i]! * c + cols[i]!]!++;
    let stat = 0;
    for (let k = 0; k < counts.length; k++) stat -= lf[counts[k]!]!;
    if (stat <= threshold) hits++;
  }
  const p = (1 + hits) / (replicates + 1);
  return { p, method: 'monte-carlo', replicates, seed, se: Math.sqrt((p * (1 - p)) / replicates) };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
