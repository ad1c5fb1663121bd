/**
 * One-way repeated-measures ANOVA on k wide columns (one row per subject; listwise), as
 * SPSS GLM with one within-subject factor and R's afex::aov_car(y ~ Error(id/cond)):
 * SS_effect = nΣ(x̄ⱼ − x̄)², SS_error = ΣΣ(xᵢⱼ − x̄ᵢ − x̄ⱼ + x̄)², F on (k − 1, (k − 1)(n − 1)).
 *
 * Sphericity (Mauchly 1940) from S, the covariance matrix of the data times orthonormal
 * contrasts (p = k − 1 of them): W = det S/(tr S/p)^p, χ² = −(n − 1)ρ ln W with
 * ρ = 1 − (2p² + p + 2)/(6p(n − 1)) on p(p + 1)/2 − 1 df, and Box's second-order p
 * (SPSS). Corrections: Greenhouse–Geisser (1959) ε = (tr S)²/(p·tr S²), Huynh–Feldt (1976)
 * ε = min(1, (n·p·ε_GG − 2)/(p(n − 1 − p·ε_GG))), and the lower bound 1/p.
 * Pairwise comparisons as SPSS's (Bonferroni): paired t of each pair of columns, p × m,
 * CI with t_{1 − 0.025/m} (m = k(k − 1)/2).
 */
import { chiSquareUpperTail, fUpperTail, tQuantile, tTwoSided } from './distributions.ts';
import { completeCases } from './missing.ts';
import { failure, joinNotes, type NumericInput, type StatFailure } from './types.ts';

export interface CorrectedF {
  df1: number;
  df2: number;
  p: number;
}

export interface RepeatedPair {
  var1: string;
  var2: string;
  meanDiff: number;
  se: number;
  t: number;
  df: number;
  p: number;
  pBonferroni: number;
  ciLower: number;
  ciUpper: number;
}

export interface RepeatedAnovaResult {
  n: number;
  missing: number;
  levels: { variable: string; mean: number; sd: number }[];
  ssEffect: number;
  ssError: number;
  msEffect: number;
  msError: number;
  f: number;
  df1: number;
  df2: number;
  p: number;
  partialEta2: number;
  mauchlyW: number;
  mauchlyChi2: number | null;
  mauchlyDf: number;
  mauchlyP: number | null;
  ggEpsilon: number;
  hfEpsilon: number;
  lowerBoundEpsilon: number;
  gg: CorrectedF;
  hf: CorrectedF;
  lowerBound: CorrectedF;
  pairwise: RepeatedPair[];
  note?: string;
}

export function repeatedAnova(
  variables: readonly { name: string; values: NumericInput }[],
): RepeatedAnovaResult | StatFailure {
  const k = variables.length;
  if (k < 2)
    return failure(
      'invalid-argument',
      `a repeated-measures ANOVA needs at least 2 measurements (columns); got ${k}${k === 1 ? ` ("${variables[0]!.name}")` : ''}`,
    );
  const names = variables.map((v) => v.name);
  const dup = names.find((x, i) => names.indexOf(x) !== i);
  if (dup !== undefined) return failure('invalid-argument', `the measurement "${dup}" is listed twice`);
  const cc = completeCases(variables.map((v) => v.values));
  const X = cc.data;
  const n = cc.rows.length;
  const counts = { n, missing: cc.missing };
  if (n < 2)
    return failure(
      'too-few-observations',
      `a repeated-measures ANOVA needs at least 2 complete rows; there are ${n}`,
      counts,
    );
  const colMeans = X.map((c) => meanOf(c));
  const grand = colMeans.reduce((a, b) => a + b, 0) / k;
  const rowMeans = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += X[j]![i]!;
    rowMeans[i] = s / k;
  }
  let ssEffect = 0;
  for (const m of colMeans) ssEffect += n * (m - grand) ** 2;
  let ssError = 0;
  for (let j = 0; j < k; j++)
    for (let i = 0; i < n; i++) ssError += (X[j]![i]! - rowMeans[i]! - colMeans[j]! + grand) ** 2;
  // Rounding leaves ~1e-28 where the error is exactly 0; such data have no error term.
  if (!(ssError > 1e-12 * (ssEffect + ssError)))
    return failure(
      'zero-variance',
      'every subject changes by exactly the same amounts between the measurements, so the error term is 0 and F is undefined',
      counts,
    );
  const p = k - 1;
  const df1 = p;
  const df2 = p * (n - 1);
  const msEffect = ssEffect / df1;
  const msError = ssError / df2;
  const f = msEffect / msError;
  // S = Cᵀ Σ C with Helmert contrasts normalised to length 1 (any orthonormal set gives the same W and ε).
  const cov = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let b = 0; b <= a; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += (X[a]![i]! - colMeans[a]!) * (X[b]![i]! - colMeans[b]!);
      cov[a * k + b] = s / (n - 1);
      cov[b * k + a] = s / (n - 1);
    }
  const C = helmert(k);
  const S = new Float64Array(p * p);
  for (let u = 0; u < p; u++)
    for (let v = 0; v < p; v++) {
      let s = 0;
      for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) s += C[u]![a]! * cov[a * k + b]! * C[v]![b]!;
      S[u * p + v] = s;
    }
  let trace = 0;
  let trace2 = 0;
  for (let u = 0; u < p; u++) {
    trace += S[u * p + u]!;
    for (let v = 0; v < p; v++) trace2 += S[u * p + v]! ** 2;
  }
  const notes: string[] = [];
  let mauchlyW = 1;
  let mauchlyChi2: number | null = 0;
  let mauchlyP: number | null = null;
  const mauchlyDf = (p * (p + 1)) / 2 - 1;
  let ggEpsilon = 1;
  let hfEpsilon = 1;
  if (p > 1) {
    ggEpsilon = (trace * trace) / (p * trace2);
    hfEpsilon = Math.min(1, (n * p * ggEpsilon - 2) / (p * (n - 1 - p * ggEpsilon)));
    if (!(hfEpsilon > 0)) hfEpsilon = ggEpsilon;
    mauchlyW = determinant(S, p) / (trace / p) ** p;
    const rho = 1 - (2 * p * p + p + 2) / (6 * p * (n - 1));
    if (mauchlyW > 0 && n - 1 > p) {
      mauchlyChi2 = -(n - 1) * rho * Math.log(mauchlyW);
      const w2 =
        ((p + 2) * (p - 1) * (p - 2) * (2 * p ** 3 + 6 * p * p + 3 * p + 2)) / (288 * (n - 1) ** 2 * p * p * rho * rho);
      const p1 = chiSquareUpperTail(mauchlyChi2, mauchlyDf);
      const p2 = chiSquareUpperTail(mauchlyChi2, mauchlyDf + 4);
      mauchlyP = Math.min(1, Math.max(0, p1 + w2 * (p2 - p1)));
    } else {
      mauchlyW = Math.max(0, mauchlyW);
      mauchlyChi2 = null;
      notes.push(
        `Mauchly's test needs more subjects than measurements minus one and a non-singular covariance matrix (n = ${n}, k = ${k})`,
      );
    }
  }
  const corrected = (eps: number): CorrectedF => ({
    df1: eps * df1,
    df2: eps * df2,
    p: fUpperTail(f, eps * df1, eps * df2),
  });
  const m = (k * (k - 1)) / 2;
  const tBonf = tQuantile(1 - 0.025 / m, n - 1);
  const pairwise: RepeatedPair[] = [];
  for (let a = 0; a < k; a++)
    for (let b = a + 1; b < k; b++) {
      const d = new Float64Array(n);
      for (let i = 0; i < n; i++) d[i] = X[a]![i]! - X[b]![i]!;
      const md = meanOf(d);
      let ss = 0;
      for (let i = 0; i < n; i++) ss += (d[i]! - md) ** 2;
      const se = Math.sqrt(ss / (n - 1) / n);
      const t = md / se;
      const pv = se > 0 ? tTwoSided(t, n - 1) : md === 0 ? 1 : 0;
      pairwise.push({
        var1: names[a]!,
        var2: names[b]!,
        meanDiff: md,
        se,
        t,
        df: n - 1,
        p: pv,
        pBonferroni: Math.min(1, m * pv),
        ciLower: md - tBonf * se,
        ciUpper: md + tBonf * se,
      });
    }
  const out: RepeatedAnovaResult = {
    n,
    missing: cc.missing,
    levels: variables.map((v, j) => {
      let ss = 0;
      for (let i = 0; i < n; i++) ss += (X[j]![i]! - colMeans[j]!) ** 2;
      return { variable: v.name, mean: colMeans[j]!, sd: Math.sqrt(ss / (n - 1)) };
    }),
    ssEffect,
    ssError,
    msEffect,
    msError,
    f,
    df1,
    df2,
    p: fUpperTail(f, df1, df2),
    partialEta2: ssEffect / (ssEffect + ssError),
    mauchlyW,
    mauchlyChi2,
    mauchlyDf,
    mauchlyP,
    ggEpsilon,
    hfEpsilon,
    lowerBoundEpsilon: 1 / p,
    gg: corrected(ggEpsilon),
    hf: corrected(hfEpsilon),
    lowerBound: corrected(1 / p),
    pairwise,
  };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}

/** k − 1 orthonormal contrasts: Helmert vectors (1, …, 1, −j, 0, …)/√(j(j + 1)). */
function helmert(k: number): Float64Array[] {
  const out: Float64Array[] = [];
  for (let j = 1; j < k; j++) {
    const c = new Float64Array(k);
    const norm = Math.sqrt(j * (j + 1));
    for (let i = 0; i < j; i++) c[i] = 1 / norm;
    c[j] = -j / norm;
    out.push(c);
  }
  return out;
}

/** Determinant by Gaussian elimination with partial pivoting. */
function determinant(a: Float64Array, p: number): number {
  const m = Float64Array.from(a);
  let det = 1;
  for (let c = 0; c < p; c++) {
    let piv = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(m[r * p + c]!) > Math.abs(m[piv * p + c]!)) piv = r;
    const v = m[piv * p + c]!;
    if (v === 0) return 0;
    if (piv !== c) {
      for (let j = 0; j < p; j++) {
        const t = m[c * p + j]!;
        m[c * p + j] = m[piv * p + j]!;
        m[piv * p + j] = t;
      }
      det = -det;
    }
    det *= v;
    for (let r = c + 1; r < p; r++) {
      const f = m[r * p + c]! / v;
      for (let j = c; j < p; j++) m[r * p + j]! -= f * m[c * p + j]!;
    }
  }
  return det;
}

function meanOf(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s / x.length;
}
