/**
 * Tail probabilities of the t, F, χ² and normal distributions, computed from the tail
 * itself so that small p-values keep their precision (1 − cdf loses everything below
 * about 1e-10). jstat supplies the regularised incomplete beta and the normal erfc; the
 * χ² upper tail uses the continued fraction of the upper incomplete gamma function
 * (Press et al., Numerical Recipes, §6.2), which jstat lacks.
 */
import jstatPkg from 'jstat';

const { jStat } = jstatPkg;

/** Two-sided p of Student's t with `df` degrees of freedom: 2·P(T ≤ −|t|). */
export function tTwoSided(t: number, df: number): number {
  return Math.min(1, 2 * tLowerTail(-Math.abs(t), df));
}

/** P(T ≤ t) for t ≤ 0 computed via the incomplete beta: ½·I_{df/(df+t²)}(df/2, ½). */
export function tLowerTail(t: number, df: number): number {
  if (!Number.isFinite(df) || df <= 0) return NaN;
  if (t === 0) return 0.5;
  const x = df / (df + t * t);
  const tail = 0.5 * jStat.ibeta(x, df / 2, 0.5);
  return t < 0 ? tail : 1 - tail;
}

/** Quantile of Student's t: the value with P(T ≤ q) = p. */
export function tQuantile(p: number, df: number): number {
  return jStat.studentt.inv(p, df);
}

/** Upper tail of the F distribution: P(F ≥ f) = I_{df2/(df2+df1·f)}(df2/2, df1/2). */
export function fUpperTail(f: number, df1: number, df2: number): number {
  if (!(f > 0)) return 1;
  return jStat.ibeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}

/** Upper tail of χ² with `df` degrees of freedom: Q(df/2, x/2). */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(x > 0)) return 1;
  return upperRegularizedGamma(df / 2, x / 2);
}

/** Standard normal P(Z ≤ z), from erfc (accurate far into the lower tail). */
export function normalCdf(z: number): number {
  return 0.5 * jStat.erfc(-z / Math.SQRT2);
}

/** Two-sided normal p: 2·Φ(−|z|). */
export function normalTwoSided(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/** Standard normal quantile. */
export function normalQuantile(p: number): number {
  return jStat.normal.inv(p, 0, 1);
}

/** 1.959964…: the two-sided 95% normal critical value. */
export const Z_975 = normalQuantile(0.975);

/** Q(a, x) = Γ(a, x)/Γ(a), by series for x < a + 1 and continued fraction beyond. */
export function upperRegularizedGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x < a + 1) return 1 - lowerSeries(a, x);
  return upperContinuedFraction(a, x);
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
  return sum * Math.exp(-x + a * Math.log(x) - jStat.gammaln(a));
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
  return Math.exp(-x + a * Math.log(x) - jStat.gammaln(a)) * h;
}
