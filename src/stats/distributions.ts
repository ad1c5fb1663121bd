/**
 * Tail probabilities of the t, F, χ² and normal distributions, computed from the tail
 * itself so that small p-values keep their precision (1 − cdf loses everything below
 * about 1e-10). The regularised incomplete beta and ln Γ come from special.ts (jstat's
 * are accurate to ~1e-8 only); the χ² and normal tails use the upper incomplete gamma
 * function (Press et al., Numerical Recipes, §6.2), Φ(−|z|) = ½·Q(½, z²/2). Quantiles
 * start from jstat's inverse and are polished by Newton steps on these CDFs.
 */
import jstatPkg from 'jstat';
import { logGamma, regularizedBeta } from './special.ts';

const { jStat } = jstatPkg;

/** ln Γ(½) = ln √π, the constant of every normal tail (declared before Z_975 is computed). */
const LN_SQRT_PI = 0.5723649429247001;

/** Two-sided p of Student's t with `df` degrees of freedom: 2·P(T ≤ −|t|). */
export function tTwoSided(t: number, df: number): number {
  return Math.min(1, 2 * tLowerTail(-Math.abs(t), df));
}

/** P(T ≤ t) for t ≤ 0 computed via the incomplete beta: ½·I_{df/(df+t²)}(df/2, ½). */
export function tLowerTail(t: number, df: number): number {
  if (!Number.isFinite(df) || df <= 0) return NaN;
  if (t === 0) return 0.5;
  const x = df / (df + t * t);
  const tail = 0.5 * regularizedBeta(x, df / 2, 0.5);
  return t < 0 ? tail : 1 - tail;
}

/** Density of Student's t with `df` degrees of freedom. */
export function tDensity(t: number, df: number): number {
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Quantile of Student's t: the value with P(T ≤ q) = p. */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  if (p > 0.5) return -tQuantile(1 - p, df);
  if (p === 0.5) return 0;
  let q = jStat.studentt.inv(p, df);
  if (!Number.isFinite(q) || q >= 0) q = -1;
  for (let i = 0; i < 50; i++) {
    const step = (tLowerTail(q, df) - p) / tDensity(q, df);
    if (!Number.isFinite(step)) break;
    let next = q - step;
    if (next >= 0) next = q / 2;
    const done = Math.abs(next - q) <= 1e-15 * Math.abs(q);
    q = next;
    if (done) break;
  }
  return q;
}

/** Upper tail of the F distribution: P(F ≥ f) = I_{df2/(df2+df1·f)}(df2/2, df1/2). */
export function fUpperTail(f: number, df1: number, df2: number): number {
  if (!(f > 0)) return 1;
  return regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}

/** P(X ≤ k) for X ~ Binomial(n, prob), via I_{1−prob}(n − k, k + 1). */
export function binomialLowerTail(k: number, n: number, prob: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return regularizedBeta(1 - prob, n - Math.floor(k), Math.floor(k) + 1);
}

/** Upper tail of χ² with `df` degrees of freedom: Q(df/2, x/2). */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(x > 0)) return 1;
  return upperRegularizedGamma(df / 2, x / 2);
}

/** Standard normal P(Z ≤ z), from the upper incomplete gamma (accurate far into the lower tail). */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const tail = 0.5 * upperRegularizedGamma(0.5, (z * z) / 2);
  return z <= 0 ? tail : 1 - tail;
}

/** Standard normal density. */
export function normalDensity(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/** Two-sided normal p: 2·Φ(−|z|). */
export function normalTwoSided(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/** Standard normal quantile. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p === 0.5) return 0;
  let q = jStat.normal.inv(p, 0, 1);
  for (let i = 0; i < 20; i++) {
    const step = (normalCdf(q) - p) / normalDensity(q);
    if (!Number.isFinite(step)) break;
    const next = q - step;
    const done = Math.abs(next - q) <= 1e-15 * Math.abs(q);
    q = next;
    if (done) break;
  }
  return q;
}

/** 1.959964…: the two-sided 95% normal critical value. */
export const Z_975 = normalQuantile(0.975);

/** Q(a, x) = Γ(a, x)/Γ(a), by series for x < a + 1 and continued fraction beyond. */
export function upperRegularizedGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x < a + 1) return 1 - lowerSeries(a, x);
  return upperContinuedFraction(a, x);
}

function logGammaOf(a: number): number {
  return a === 0.5 ? LN_SQRT_PI : logGamma(a);
}

function lowerSeries(a: number, x: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let n = 0; n < 10000; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * 1e-16) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGammaOf(a));
}

function upperContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGammaOf(a)) * h;
}
