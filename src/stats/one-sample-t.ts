/**
 * One-sample t test of H0: μ = mu (R: t.test(x, mu = mu)). t = (x̄ − mu)/(s/√n), df = n − 1.
 * `ciLower`/`ciUpper` are the CI of the mean (R); `diffCiLower`/`diffCiUpper` the CI of
 * x̄ − mu (SPSS). Cohen's d = (x̄ − mu)/s.
 */
import { tQuantile, tTwoSided } from './distributions.ts';
import { presentValues } from './missing.ts';
import { mean, sd } from './summary.ts';
import { failure, type NumericInput, type StatFailure } from './types.ts';

export interface OneSampleTResult {
  n: number;
  missing: number;
  mu: number;
  t: number;
  df: number;
  p: number;
  mean: number;
  sd: number;
  se: number;
  meanDiff: number;
  ciLower: number;
  ciUpper: number;
  diffCiLower: number;
  diffCiUpper: number;
  cohensD: number;
}

export function oneSampleT(x: NumericInput, mu = 0): OneSampleTResult | StatFailure {
  if (!Number.isFinite(mu)) return failure('invalid-argument', `the test value mu must be a finite number (got ${mu})`);
  const { values, missing } = presentValues(x);
  const n = values.length;
  if (n < 2)
    return failure('too-few-observations', `the one-sample t test needs at least 2 values; there are ${n}`, {
      n,
      missing,
    });
  const m = mean(values);
  const s = sd(values, m);
  if (!(s > 0))
    return failure('zero-variance', 'all values are equal, so the t statistic is undefined', { n, missing });
  const df = n - 1;
  const se = s / Math.sqrt(n);
  const meanDiff = m - mu;
  const t = meanDiff / se;
  const half = tQuantile(0.975, df) * se;
  return {
    n,
    missing,
    mu,
    t,
    df,
    p: tTwoSided(t, df),
    mean: m,
    sd: s,
    se,
    meanDiff,
    ciLower: m - half,
    ciUpper: m + half,
    diffCiLower: meanDiff - half,
    diffCiUpper: meanDiff + half,
    cohensD: meanDiff / s,
  };
}
