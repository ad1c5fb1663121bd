/**
 * Shapiro–Wilk W test of normality, Royston's algorithm AS R94 (Royston 1995, Applied
 * Statistics 44:547–551), as R's shapiro.test. Coefficients: m_i = Φ⁻¹((i − 3/8)/(n + 1/4));
 * the two (one for n ≤ 5) most extreme are replaced by Royston's polynomial
 * approximations in u = 1/√n and the rest rescaled so Σa² = 1. W is the squared
 * correlation of the ordered sample with a. p: exact for n = 3 (6/π·(asin √W − asin √¾));
 * for 4 ≤ n ≤ 11, −ln(γ − ln(1 − W)) is normal with mean/sd polynomial in n
 * (γ = −2.273 + 0.459n); for n ≥ 12, ln(1 − W) is normal with mean/sd polynomial in ln n.
 * Valid for 3 ≤ n ≤ 5000.
 */
import { normalCdf, normalQuantile } from './distributions.ts';
import { presentValues } from './missing.ts';
import { sortedCopy } from './summary.ts';
import { failure, type NumericInput, type StatFailure } from './types.ts';

export interface ShapiroWilkResult {
  n: number;
  missing: number;
  w: number;
  p: number;
}

const C1 = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
const C2 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
const C3 = [0.544, -0.39978, 0.025054, -6.714e-4];
const C4 = [1.3822, -0.77857, 0.062767, -0.0020322];
const C5 = [-1.5861, -0.31082, -0.083751, 0.0038915];
const C6 = [-0.4803, -0.082676, 0.0030302];
const G = [-2.273, 0.459];

function poly(c: number[], x: number): number {
  let r = 0;
  for (let i = c.length - 1; i >= 0; i--) r = r * x + c[i]!;
  return r;
}

/** Coefficients a_1..a_⌊n/2⌋ (positive) for the upper half of the ordered sample. */
function coefficients(n: number): Float64Array {
  const half = Math.floor(n / 2);
  const a = new Float64Array(half);
  if (n === 3) {
    a[0] = Math.SQRT1_2;
    return a;
  }
  const m = new Float64Array(half);
  let summ2 = 0;
  for (let i = 0; i < half; i++) {
    m[i] = normalQuantile((i + 1 - 0.375) / (n + 0.25));
    summ2 += m[i]! * m[i]!;
  }
  summ2 *= 2;
  const ssumm2 = Math.sqrt(summ2);
  const rsn = 1 / Math.sqrt(n);
  // m_i < 0 for the lower half; the coefficients are the (positive) mirror images.
  const a1 = poly(C1, rsn) - m[0]! / ssumm2;
  let first: number;
  let fac: number;
  if (n > 5) {
    const a2 = -m[1]! / ssumm2 + poly(C2, rsn);
    fac = Math.sqrt((summ2 - 2 * m[0]! * m[0]! - 2 * m[1]! * m[1]!) / (1 - 2 * a1 * a1 - 2 * a2 * a2));
    a[1] = a2;
    first = 2;
  } else {
    fac = Math.sqrt((summ2 - 2 * m[0]! * m[0]!) / (1 - 2 * a1 * a1));
    first = 1;
  }
  a[0] = a1;
  for (let i = first; i < half; i++) a[i] = -m[i]! / fac;
  return a;
}

export function shapiroWilk(x: NumericInput): ShapiroWilkResult | StatFailure {
  const { values, missing } = presentValues(x);
  const n = values.length;
  if (n < 3 || n > 5000) {
    return failure('n-out-of-range', `the Shapiro–Wilk test needs between 3 and 5000 values; there are ${n}`, {
      n,
      missing,
    });
  }
  const sorted = sortedCopy(values);
  const range = sorted[n - 1]! - sorted[0]!;
  if (!(range > 1e-10 * Math.max(1, Math.abs(sorted[0]!)))) {
    return failure('zero-variance', 'all values are identical, so normality cannot be tested', { n, missing });
  }
  const a = coefficients(n);
  // W as the squared correlation of x with the antisymmetric coefficient vector (which
  // has mean 0); scaling by the range keeps the sums well-conditioned, as R does.
  let meanX = 0;
  for (let i = 0; i < n; i++) meanX += sorted[i]! / range;
  meanX /= n;
  let ssa = 0;
  let ssx = 0;
  let sax = 0;
  for (let i = 0; i < n; i++) {
    const j = n - 1 - i;
    const ai = i === j ? 0 : i < j ? -a[i]! : a[j]!;
    const xi = sorted[i]! / range - meanX;
    ssa += ai * ai;
    ssx += xi * xi;
    sax += ai * xi;
  }
  const root = Math.sqrt(ssa * ssx);
  // 1 − W computed directly keeps its relative precision when W is close to 1.
  const w1 = ((root - sax) * (root + sax)) / (ssa * ssx);
  const w = 1 - w1;
  return { n, missing, w, p: shapiroWilkP(w, w1, n) };
}

function shapiroWilkP(w: number, w1: number, n: number): number {
  if (n === 3) {
    const p = (6 / Math.PI) * (Math.asin(Math.sqrt(w)) - Math.PI / 3);
    return Math.max(0, Math.min(1, p));
  }
  let y = Math.log(w1);
  let mu: number;
  let sigma: number;
  if (n <= 11) {
    const gamma = poly(G, n);
    // Beyond γ the transformation is undefined; the p is smaller than any tabulated value.
    if (y >= gamma) return 1e-99;
    y = -Math.log(gamma - y);
    mu = poly(C3, n);
    sigma = Math.exp(poly(C4, n));
  } else {
    const ln = Math.log(n);
    mu = poly(C5, ln);
    sigma = Math.exp(poly(C6, ln));
  }
  return normalCdf(-(y - mu) / sigma);
}
