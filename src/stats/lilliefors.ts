/**
 * Lilliefors (Kolmogorov–Smirnov) test of normality with estimated mean and sd, as
 * nortest::lillie.test. D = max(D⁺, D⁻) against N(x̄, s) with s on n − 1. p from the
 * Dallal & Wilkinson (1986) approximation (n > 100: D scaled by (n/100)^0.49, n = 100),
 * and above 0.1 from Stephens' (1974) modified statistic KK = (√n − 0.01 + 0.85/√n)·D
 * with nortest's piecewise quartic polynomials. Needs n ≥ 5.
 */
import { normalCdf } from './distributions.ts';
import { presentValues } from './missing.ts';
import { mean, sortedCopy, sumSquaredDeviations } from './summary.ts';
import { failure, type NumericInput, type StatFailure } from './types.ts';

export interface LillieforsResult {
  n: number;
  missing: number;
  d: number;
  p: number;
}

export function lilliefors(x: NumericInput): LillieforsResult | StatFailure {
  const { values, missing } = presentValues(x);
  const n = values.length;
  if (n < 5)
    return failure('too-few-observations', `the Lilliefors test needs at least 5 values; there are ${n}`, {
      n,
      missing,
    });
  const sorted = sortedCopy(values);
  const m = mean(sorted);
  const s = Math.sqrt(sumSquaredDeviations(sorted, m) / (n - 1));
  if (!(s > 0))
    return failure('zero-variance', 'all values are identical, so normality cannot be tested', { n, missing });
  let d = 0;
  let lastValue = NaN;
  let p = 0;
  for (let i = 0; i < n; i++) {
    // Tied values (common: integer scale totals) share one CDF evaluation.
    if (sorted[i] !== lastValue) {
      lastValue = sorted[i]!;
      p = normalCdf((lastValue - m) / s);
    }
    const dPlus = (i + 1) / n - p;
    const dMinus = p - i / n;
    if (dPlus > d) d = dPlus;
    if (dMinus > d) d = dMinus;
  }
  return { n, missing, d, p: lillieforsP(d, n) };
}

/** p-value of the Lilliefors D for sample size n (nortest's formulas). */
export function lillieforsP(d: number, n: number): number {
  const kd = n <= 100 ? d : d * (n / 100) ** 0.49;
  const nd = n <= 100 ? n : 100;
  let p = Math.exp(
    -7.01256 * kd * kd * (nd + 2.78019) +
      2.99587 * kd * Math.sqrt(nd + 2.78019) -
      0.122119 +
      0.974598 / Math.sqrt(nd) +
      1.67997 / nd,
  );
  if (p > 0.1) {
    const kk = (Math.sqrt(n) - 0.01 + 0.85 / Math.sqrt(n)) * d;
    if (kk <= 0.302) p = 1;
    else if (kk <= 0.5) p = 2.76773 - 19.828315 * kk + 80.709644 * kk ** 2 - 138.55152 * kk ** 3 + 81.218052 * kk ** 4;
    else if (kk <= 0.9)
      p = -4.901232 + 40.662806 * kk - 97.490286 * kk ** 2 + 94.029866 * kk ** 3 - 32.355711 * kk ** 4;
    else if (kk <= 1.31) p = 6.198765 - 19.558097 * kk + 23.186922 * kk ** 2 - 12.234627 * kk ** 3 + 2.423045 * kk ** 4;
    else p = 0;
  }
  return Math.max(0, Math.min(1, p));
}
