/**
 * Ordinary least squares with an intercept, the engine under linear regression, the
 * factorial ANOVA and ANCOVA. The columns are centred first and the slopes solved from
 * the centred cross-product matrix S = Σ(x − x̄)(x − x̄)ᵀ, which keeps the normal
 * equations well conditioned (raw XᵀX with an intercept is not). The products are taken
 * over blocks of rows that stay in cache, so a million rows with ten predictors cost a
 * few tenths of a second.
 *
 * A column that the intercept and the earlier columns reproduce exactly (tolerance
 * 1 − R² below 1e-10) makes the coefficients non-unique; the fit reports its index
 * instead of picking one solution (R's lm returns NA for it, SPSS drops a variable).
 *
 * Type III sums of squares of a set J of columns are Wald quadratic forms
 * b_Jᵀ(S⁻¹_JJ)⁻¹b_J: the increase of the residual SS when those columns are removed.
 */
import { cholesky, choleskySolve } from './linear-algebra.ts';

export interface LinearFit {
  n: number;
  /** Number of columns besides the intercept. */
  p: number;
  /** Intercept first, then one coefficient per column. */
  coef: Float64Array;
  /** Column means and the outcome mean over the rows used. */
  means: Float64Array;
  yMean: number;
  /** S⁻¹, p × p row-major: the unscaled covariance of the slopes. */
  sInverse: Float64Array;
  /** Σ(x − x̄)² of each column. */
  sxx: Float64Array;
  rss: number;
  tss: number;
  dfResidual: number;
  /** Residuals in row order, when asked for. */
  residuals?: Float64Array;
}

/**
 * Aliased: the index of the first column that is collinear with the intercept and earlier
 * columns. `rows`: fit on these rows of the columns and y only (listwise deletion without
 * copying a million-row column per variable); residuals are then in the order of `rows`.
 */
export function fitLinear(
  columns: readonly Float64Array[],
  y: Float64Array,
  options: { residuals?: boolean; rows?: Int32Array } = {},
): LinearFit | { aliased: number } {
  const rows = options.rows;
  const n = rows ? rows.length : y.length;
  const p = columns.length;
  const means = new Float64Array(p);
  for (let j = 0; j < p; j++) means[j] = meanOf(columns[j]!, rows);
  const yMean = meanOf(y, rows);
  const s = new Float64Array(p * p);
  const sxy = new Float64Array(p);
  let tss = 0;
  // Cross products of the centred columns, a block of rows at a time: the block's centred
  // values stay in cache while all p(p + 1)/2 products are taken, instead of one pass over
  // memory per pair of columns.
  const block = Math.min(n, 2048);
  const cb = Array.from({ length: p }, () => new Float64Array(block));
  const yb = new Float64Array(block);
  for (let start = 0; start < n; start += block) {
    const len = Math.min(block, n - start);
    for (let j = 0; j < p; j++) centred(columns[j]!, rows, start, len, means[j]!, cb[j]!);
    centred(y, rows, start, len, yMean, yb);
    for (let i = 0; i < len; i++) tss += yb[i]! * yb[i]!;
    for (let j = 0; j < p; j++) {
      const a = cb[j]!;
      for (let k = 0; k <= j; k++) {
        const b = cb[k]!;
        let acc = 0;
        for (let i = 0; i < len; i++) acc += a[i]! * b[i]!;
        s[j * p + k]! += acc;
      }
      let acc = 0;
      for (let i = 0; i < len; i++) acc += a[i]! * yb[i]!;
      sxy[j]! += acc;
    }
  }
  for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) s[k * p + j] = s[j * p + k]!;
  const sxx = new Float64Array(p);
  for (let j = 0; j < p; j++) sxx[j] = s[j * p + j]!;
  // Collinearity is judged on the correlation scale, where every diagonal entry is 1 and a
  // Cholesky pivot is exactly the tolerance 1 − R² of that column given the earlier ones.
  const scale = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    if (!(sxx[j]! > 0)) return { aliased: j };
    scale[j] = 1 / Math.sqrt(sxx[j]!);
  }
  const r = new Float64Array(p * p);
  for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) r[j * p + k] = s[j * p + k]! * scale[j]! * scale[k]!;
  const aliased = firstAliased(r, p, 1e-10);
  if (aliased >= 0) return { aliased };
  const l = cholesky(r, p, 0)!;
  const rInverse = inverseFromCholesky(l, p);
  const sInverse = new Float64Array(p * p);
  for (let j = 0; j < p; j++)
    for (let k = 0; k < p; k++) sInverse[j * p + k] = rInverse[j * p + k]! * scale[j]! * scale[k]!;
  const coef = new Float64Array(p + 1);
  let intercept = yMean;
  for (let j = 0; j < p; j++) {
    let b = 0;
    for (let k = 0; k < p; k++) b += sInverse[j * p + k]! * sxy[k]!;
    coef[j + 1] = b;
    intercept -= b * means[j]!;
  }
  coef[0] = intercept;
  // Residuals e = y − b₀ − Σ bⱼxⱼ, row by row (no centred copies are kept).
  const e = new Float64Array(n);
  e.fill(-intercept);
  addScaled(e, y, rows, 1);
  for (let j = 0; j < p; j++) addScaled(e, columns[j]!, rows, -coef[j + 1]!);
  let rss = 0;
  for (let i = 0; i < n; i++) rss += e[i]! * e[i]!;
  const fit: LinearFit = { n, p, coef, means, yMean, sInverse, sxx, rss, tss, dfResidual: n - p - 1 };
  if (options.residuals) fit.residuals = e;
  return fit;
}

/** The unscaled covariance of all coefficients, (XᵀX)⁻¹, (p + 1) × (p + 1), intercept first. */
export function fullCovariance(fit: LinearFit): Float64Array {
  const { p, sInverse, means, n } = fit;
  const q = p + 1;
  const v = new Float64Array(q * q);
  const sm = new Float64Array(p);
  let c00 = 1 / n;
  for (let j = 0; j < p; j++) {
    let acc = 0;
    for (let k = 0; k < p; k++) acc += sInverse[j * p + k]! * means[k]!;
    sm[j] = acc;
    c00 += means[j]! * acc;
  }
  v[0] = c00;
  for (let j = 0; j < p; j++) {
    v[j + 1] = -sm[j]!;
    v[(j + 1) * q] = -sm[j]!;
    for (let k = 0; k < p; k++) v[(j + 1) * q + k + 1] = sInverse[j * p + k]!;
  }
  return v;
}

/** b_Jᵀ(S⁻¹_JJ)⁻¹b_J for the columns J (0-based, intercept excluded). */
export function typeThreeSS(fit: LinearFit, cols: readonly number[]): number {
  const m = cols.length;
  const sub = new Float64Array(m * m);
  const b = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    b[a] = fit.coef[cols[a]! + 1]!;
    for (let c = 0; c < m; c++) sub[a * m + c] = fit.sInverse[cols[a]! * fit.p + cols[c]!]!;
  }
  const l = cholesky(sub, m, 0);
  if (!l) return NaN;
  const x = choleskySolve(l, m, b);
  let ss = 0;
  for (let a = 0; a < m; a++) ss += b[a]! * x[a]!;
  return ss;
}

/** Index of the first pivot of the Cholesky factorisation of `a` at or below `tol`, or −1. */
function firstAliased(a: Float64Array, p: number, tol: number): number {
  const l = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j]!;
    for (let k = 0; k < j; k++) d -= l[j * p + k]! * l[j * p + k]!;
    if (!(d > tol)) return j;
    const ljj = Math.sqrt(d);
    l[j * p + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j]!;
      for (let k = 0; k < j; k++) s -= l[i * p + k]! * l[j * p + k]!;
      l[i * p + j] = s / ljj;
    }
  }
  return -1;
}

function inverseFromCholesky(l: Float64Array, p: number): Float64Array {
  const inv = new Float64Array(p * p);
  const e = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    e.fill(0);
    e[j] = 1;
    const col = choleskySolve(l, p, e);
    for (let i = 0; i < p; i++) inv[i * p + j] = col[i]!;
  }
  return inv;
}

function meanOf(x: Float64Array, rows: Int32Array | undefined): number {
  let s = 0;
  if (rows) {
    for (let i = 0; i < rows.length; i++) s += x[rows[i]!]!;
    return s / rows.length;
  }
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s / x.length;
}

/** dst[i] = x[row of start + i] − m for the `len` rows of a block. */
function centred(
  x: Float64Array,
  rows: Int32Array | undefined,
  start: number,
  len: number,
  m: number,
  dst: Float64Array,
): void {
  if (rows) for (let i = 0; i < len; i++) dst[i] = x[rows[start + i]!]! - m;
  else for (let i = 0; i < len; i++) dst[i] = x[start + i]! - m;
}

/** e[i] += b · x[row i], over all rows of the fit. */
function addScaled(e: Float64Array, x: Float64Array, rows: Int32Array | undefined, b: number): void {
  if (rows) for (let i = 0; i < e.length; i++) e[i]! += b * x[rows[i]!]!;
  else for (let i = 0; i < e.length; i++) e[i]! += b * x[i]!;
}
