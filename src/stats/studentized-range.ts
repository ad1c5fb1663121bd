/**
 * The studentized range distribution Q_{k,ν} (the range of k independent standard normals
 * divided by an independent √(χ²_ν/ν)), for Tukey's HSD and the Games–Howell test:
 *   P(Q > q) = ∫₀^∞ f_ν(s)·(1 − W(q·s)) ds,
 *   1 − W(w) = k∫φ(z)·[Φ(z)^{k−1} − (Φ(z) − Φ(z − w))^{k−1}] dz,
 * with f_ν the density of √(χ²_ν/ν) (Tukey 1953; Lund & Lund 1983). Both integrals are
 * taken by composite Gauss–Legendre quadrature. The bracket is evaluated as
 * Φ(z)^{k−1}·(−expm1((k − 1)·log1p(−Φ(z − w)/Φ(z)))), so the upper tail keeps its relative
 * precision instead of being 1 minus a number close to 1 (R's ptukey works on the lower
 * tail and is accurate to about 1e-5 relative in its upper tail; this is about 1e-10).
 */
import { logGamma } from './special.ts';

/**
 * Φ(x) by W. J. Cody's rational Chebyshev approximations (Cody 1969, as in R's pnorm.c),
 * relative error about 1e-16 in both tails. The inner integral calls Φ some 10⁵ times per
 * p-value, and this is about twenty times faster than the incomplete-gamma route of
 * distributions.ts (the tests check the two agree).
 */
export function fastNormalCdf(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    const xsq = y > 1.11e-16 ? x * x : 0;
    let xnum = CA[4]! * xsq;
    let xden = xsq;
    for (let i = 0; i < 3; i++) {
      xnum = (xnum + CA[i]!) * xsq;
      xden = (xden + CB[i]!) * xsq;
    }
    return 0.5 + (x * (xnum + CA[3]!)) / (xden + CB[3]!);
  }
  let tail: number;
  if (y <= 5.656854249492381) {
    let xnum = CC[8]! * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + CC[i]!) * y;
      xden = (xden + CD[i]!) * y;
    }
    tail = (xnum + CC[7]!) / (xden + CD[7]!);
  } else {
    if (y > 38.5) return x > 0 ? 1 : 0;
    const xsq = 1 / (x * x);
    let xnum = CP[5]! * xsq;
    let xden = xsq;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + CP[i]!) * xsq;
      xden = (xden + CQ[i]!) * xsq;
    }
    tail = (0.3989422804014327 - (xsq * (xnum + CP[4]!)) / (xden + CQ[4]!)) / y;
  }
  // e^(−y²/2) split as e^(−s²/2)·e^(−(y−s)(y+s)/2) with s = y rounded to 1/16, for accuracy.
  const s = Math.trunc(y * 16) / 16;
  const lower = Math.exp(-s * s * 0.5) * Math.exp(-(y - s) * (y + s) * 0.5) * tail;
  return x > 0 ? 1 - lower : lower;
}

const CA = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356, 0.06568233791820745];
const CB = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
const CC = [
  0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002, 2494.5375852903726, 6848.190450536283,
  11602.65143764735, 9842.714838383978, 1.0765576773720192e-8,
];
const CD = [
  22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761, 18615.571640885097, 34900.95272114598,
  38912.00328609327, 19685.429676859992,
];
const CP = [
  0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934, 2.9112874951168793e-5,
  0.023073441764940174,
];
const CQ = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 7.297515550839662e-5];

/** 20-point Gauss–Legendre nodes and weights on [−1, 1] (Golub–Welsch, computed once). */
const GL = gaussLegendre(20);

function gaussLegendre(m: number): { x: Float64Array; w: Float64Array } {
  const x = new Float64Array(m);
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    // Newton on P_m from Tricomi's approximation of the i-th root.
    let t = Math.cos((Math.PI * (i + 0.75)) / (m + 0.5));
    let dp = 0;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = t;
      for (let j = 2; j <= m; j++) {
        const p2 = ((2 * j - 1) * t * p1 - (j - 1) * p0) / j;
        p0 = p1;
        p1 = p2;
      }
      dp = (m * (t * p1 - p0)) / (t * t - 1);
      const dt = p1 / dp;
      t -= dt;
      if (Math.abs(dt) < 1e-16) break;
    }
    x[i] = t;
    w[i] = 2 / ((1 - t * t) * dp * dp);
  }
  return { x, w };
}

/** Nodes and weights of the composite rule on [a, b] with `panels` equal panels. */
function compositeRule(a: number, b: number, panels: number): { x: Float64Array; w: Float64Array } {
  const m = GL.x.length;
  const x = new Float64Array(m * panels);
  const w = new Float64Array(m * panels);
  const h = (b - a) / panels;
  for (let p = 0; p < panels; p++) {
    const mid = a + (p + 0.5) * h;
    for (let i = 0; i < m; i++) {
      x[p * m + i] = mid + 0.5 * h * GL.x[i]!;
      w[p * m + i] = 0.5 * h * GL.w[i]!;
    }
  }
  return { x, w };
}

/** Nodes in z for the inner integral: φ(z) is below 1e-25 outside ±10.5. */
const INNER = compositeRule(-9.5, 9.5, 8);
const INNER_PHI = Float64Array.from(INNER.x, (z) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI));
const INNER_CDF = Float64Array.from(INNER.x, (z) => fastNormalCdf(z));

/** 1 − W(w): the probability that the range of k standard normals exceeds w. */
export function rangeUpperTail(w: number, k: number): number {
  if (!(w > 0)) return 1;
  if (w > 11) return wideRangeUpperTail(w, k);
  let sum = 0;
  const km1 = k - 1;
  for (let i = 0; i < INNER.x.length; i++) {
    const a = INNER_CDF[i]!;
    if (a === 0) continue;
    const b = fastNormalCdf(INNER.x[i]! - w);
    const bracket = a ** km1 * -Math.expm1(km1 * Math.log1p(-b / a));
    sum += INNER.w[i]! * INNER_PHI[i]! * bracket;
  }
  return Math.min(1, Math.max(0, k * sum));
}

/**
 * The same integral for a range beyond 11 (a tail below 1e-14), whose mass lies around
 * z ≈ w/2, past the fixed nodes: integrated over [−9.5, w/2 + 9.5] with Φ computed at each node.
 */
function wideRangeUpperTail(w: number, k: number): number {
  const rule = compositeRule(-9.5, w / 2 + 9.5, Math.ceil((w / 2 + 19) / 2.4));
  const km1 = k - 1;
  let sum = 0;
  for (let i = 0; i < rule.x.length; i++) {
    const z = rule.x[i]!;
    const a = fastNormalCdf(z);
    const b = fastNormalCdf(z - w);
    if (a === 0 || b === 0) continue;
    sum += rule.w[i]! * Math.exp(-0.5 * z * z) * a ** km1 * -Math.expm1(km1 * Math.log1p(-b / a));
  }
  return Math.min(1, Math.max(0, (k * sum) / Math.sqrt(2 * Math.PI)));
}

/**
 * P(Q_{k,ν} > q). ν = Infinity gives the range of k normals itself. The density of
 * s = √(χ²_ν/ν) has its mode near 1 and a spread of about 1/√(2ν); beyond 13 spreads
 * (and below 0) it is under e^-80 of its peak, so the outer integral covers that interval.
 * For few df or a large q the integrand is a narrow bump at small s, so each panel is
 * bisected until the 20-point rule and the sum of its halves agree to 1e-10 of the total.
 */
export function studentizedRangeUpperTail(q: number, k: number, df: number): number {
  if (!(q > 0)) return 1;
  if (!(k >= 2) || !(df > 0)) return NaN;
  if (!Number.isFinite(df) || df > 1e7) return rangeUpperTail(q, k);
  const spread = 1 / Math.sqrt(2 * df);
  const lo = Math.max(0, 1 - 13 * spread);
  const hi = 1 + 13 * spread + (df < 4 ? 4 : 0);
  // ln f_ν(s) = ln 2 + (ν/2)ln(ν/2) − ln Γ(ν/2) + (ν − 1)ln s − νs²/2.
  const logC = Math.LN2 + (df / 2) * Math.log(df / 2) - logGamma(df / 2);
  const integrand = (s: number) => {
    if (s <= 0) return 0;
    const logF = logC + (df - 1) * Math.log(s) - (df * s * s) / 2;
    return logF < -745 ? 0 : Math.exp(logF) * rangeUpperTail(q * s, k);
  };
  const panels = df < 10 ? 8 : 4;
  const h = (hi - lo) / panels;
  const coarse: number[] = [];
  for (let i = 0; i < panels; i++) coarse.push(gauss(integrand, lo + i * h, lo + (i + 1) * h));
  const estimate = coarse.reduce((a, b) => a + b, 0);
  // With many df and a moderate q the fixed rule is already good to ~1e-9 (checked
  // against bisection over k ≤ 20, q ≤ 30), and bisecting would triple the cost.
  if (df >= 20 && q <= 12) return Math.min(1, Math.max(0, estimate));
  const tol = 1e-10 * estimate;
  let sum = 0;
  for (let i = 0; i < panels; i++) sum += refine(integrand, lo + i * h, lo + (i + 1) * h, coarse[i]!, tol, 0);
  return Math.min(1, Math.max(0, sum));
}

function gauss(f: (x: number) => number, a: number, b: number): number {
  const mid = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  let s = 0;
  for (let i = 0; i < GL.x.length; i++) s += GL.w[i]! * f(mid + half * GL.x[i]!);
  return s * half;
}

function refine(f: (x: number) => number, a: number, b: number, whole: number, tol: number, depth: number): number {
  const mid = 0.5 * (a + b);
  const left = gauss(f, a, mid);
  const right = gauss(f, mid, b);
  if (Math.abs(left + right - whole) <= tol || depth >= 10) return left + right;
  return refine(f, a, mid, left, tol / 2, depth + 1) + refine(f, mid, b, right, tol / 2, depth + 1);
}

/**
 * The upper quantile: q with P(Q_{k,ν} > q) = alpha (e.g. alpha = 0.05 for the 95%
 * critical value). Bracketed, then solved by the Illinois variant of regula falsi on
 * ln P, which converges superlinearly because ln P is nearly linear in q².
 */
export function studentizedRangeQuantile(alpha: number, k: number, df: number): number {
  if (!(alpha > 0 && alpha < 1) || !(k >= 2) || !(df > 0)) return NaN;
  const target = Math.log(alpha);
  const g = (q: number) => Math.log(studentizedRangeUpperTail(q, k, df)) - target;
  let a = 0.5;
  let ga = g(a);
  let b = 4;
  let gb = g(b);
  while (gb > 0) {
    a = b;
    ga = gb;
    b *= 2;
    gb = g(b);
    if (b > 1e6) return NaN;
  }
  while (ga < 0) {
    b = a;
    gb = ga;
    a /= 2;
    ga = g(a);
    if (a < 1e-8) return NaN;
  }
  let side = 0;
  for (let it = 0; it < 100; it++) {
    const c = (a * gb - b * ga) / (gb - ga);
    const gc = g(c);
    if (Math.abs(gc) < 1e-13 || Math.abs(b - a) < 1e-12 * c) return c;
    if (gc > 0) {
      a = c;
      ga = gc;
      if (side === 1) gb /= 2;
      side = 1;
    } else {
      b = c;
      gb = gc;
      if (side === -1) ga /= 2;
      side = -1;
    }
  }
  return (a + b) / 2;
}
