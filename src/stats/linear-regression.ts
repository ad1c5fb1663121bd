/**
 * Multiple linear regression by ordinary least squares (R: lm, summary, confint,
 * car::vif, car::durbinWatsonTest; SPSS REGRESSION): listwise over the outcome and all
 * predictors. A predictor whose values in the rows used are all numbers enters as a
 * number; any other is categorical and enters as 0/1 columns `<var>=<level>` for every
 * level but the first (the reference, in level order), where the variable stands.
 * Per column: b, se, t = b/se on n − p − 1 df, two-sided p, 95% CI, standardised
 * β = b·sd(x)/sd(y), tolerance = 1 − R² of the column on the other columns, VIF = 1/tolerance.
 * Model: R, R², adjusted R², F, the standard error of the estimate, Durbin–Watson over the
 * residuals in row order, and the normality of the residuals (Shapiro–Wilk up to 5000
 * cases, Lilliefors up to 100 000).
 */
import { fUpperTail, tQuantile, tTwoSided } from './distributions.ts';
import { isMissingLevel, isNumericColumn, observedLevels, sameLevel } from './levels.ts';
import { lilliefors } from './lilliefors.ts';
import { fitLinear, type LinearFit } from './linear-model.ts';
import { shapiroWilk } from './shapiro-wilk.ts';
import { failure, joinNotes, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface RegressionCoefficient {
  term: string;
  b: number;
  se: number;
  beta: number | null;
  t: number;
  p: number;
  ciLower: number;
  ciUpper: number;
  tolerance: number | null;
  vif: number | null;
}

export interface LinearRegressionResult {
  n: number;
  missing: number;
  coefficients: RegressionCoefficient[];
  /** The reference level of every categorical predictor. */
  references: { variable: string; reference: Level; levels: Level[] }[];
  dfModel: number;
  dfResidual: number;
  ssRegression: number;
  ssResidual: number;
  ssTotal: number;
  r: number;
  r2: number;
  adjR2: number;
  sigma: number;
  f: number;
  fP: number;
  durbinWatson: number;
  residualNormality: { test: 'shapiro-wilk' | 'lilliefors'; statistic: number; p: number } | null;
  residuals?: number[];
  fitted?: number[];
  note?: string;
}

/**
 * Above this many cases the residuals' normality is not tested: the test would reject
 * trivial departures, and the regression's inference does not need it at that size.
 */
const MAX_NORMALITY_N = 100_000;

export interface RegressionPredictor {
  name: string;
  values: GroupInput;
}

export interface LinearRegressionOptions {
  /** Return the residuals and fitted values (row order of the cases used), e.g. for a plot. */
  residuals?: boolean;
}

/** A design column: its name, the variable it comes from, and its values in the rows used. */
interface DesignColumn {
  term: string;
  variable: string;
  values: Float64Array;
}

export function linearRegression(
  outcome: NumericInput,
  predictors: readonly RegressionPredictor[],
  options: LinearRegressionOptions = {},
): LinearRegressionResult | StatFailure {
  if (predictors.length === 0) return failure('invalid-argument', 'a regression needs at least one predictor');
  const names = predictors.map((p) => p.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) return failure('invalid-argument', `the predictor "${dup}" is listed twice`);
  const total = outcome.length;
  for (const p of predictors)
    if (p.values.length !== total) throw new Error(`predictor ${p.name} has ${p.values.length} rows, outcome ${total}`);
  // Listwise, one column at a time (a tight loop per column beats a loop over rows that
  // visits every column): the outcome must be a number, each predictor non-missing.
  const keep = new Uint8Array(total).fill(1);
  dropMissingNumbers(outcome, keep);
  const numericInput = predictors.map((p) => isNumericArray(p.values));
  predictors.forEach((p, j) => {
    const values = p.values;
    if (numericInput[j]) dropMissingNumbers(values, keep);
    else for (let i = 0; i < total; i++) if (keep[i] && isMissingLevel(values[i])) keep[i] = 0;
  });
  let n = 0;
  for (let i = 0; i < total; i++) n += keep[i]!;
  const missing = total - n;
  // Typed columns of numbers (what naskah stat reads) enter the fit as they are, with the
  // kept rows' indices, instead of one copy per column.
  const direct = outcome instanceof Float64Array && predictors.every((p) => p.values instanceof Float64Array);
  const rows = direct && n < total ? keptRows(keep, n) : undefined;
  const y = direct ? outcome : keptNumbers(outcome, keep, n);
  const design: DesignColumn[] = [];
  const references: LinearRegressionResult['references'] = [];
  for (const [j, p] of predictors.entries()) {
    const used: (Level | null | undefined)[] = [];
    if (direct && p.values instanceof Float64Array) {
      design.push({ term: p.name, variable: p.name, values: p.values });
      continue;
    }
    if (numericInput[j]) {
      design.push({ term: p.name, variable: p.name, values: keptNumbers(p.values, keep, n) });
      continue;
    }
    for (let i = 0; i < total; i++) if (keep[i]) used.push(p.values[i]);
    if (isNumericColumn(used)) {
      design.push({ term: p.name, variable: p.name, values: Float64Array.from(used, (v) => Number(v)) });
      continue;
    }
    const levels = observedLevels(used);
    if (levels.length < 2)
      return failure(
        'group-levels',
        `the categorical predictor "${p.name}" has only one level (${String(levels[0])}) in the cases used; it cannot be a predictor`,
        { n, missing },
      );
    references.push({ variable: p.name, reference: levels[0]!, levels });
    for (const level of levels.slice(1)) {
      const col = Float64Array.from(used, (v) => (sameLevel(v as Level, level) ? 1 : 0));
      design.push({ term: `${p.name}=${String(level)}`, variable: p.name, values: col });
    }
  }
  const pCols = design.length;
  if (n - pCols - 1 < 1)
    return failure(
      'too-few-observations',
      `the model has ${pCols} predictor column(s) and an intercept but only ${n} complete case(s); it needs at least ${pCols + 2} (more cases than predictors)`,
      { n, missing },
    );
  const fit = fitLinear(
    design.map((d) => d.values),
    y,
    { residuals: true, rows },
  );
  if ('aliased' in fit) {
    const d = design[fit.aliased]!;
    const constant = fitLinear([d.values], y, { rows });
    const message =
      'aliased' in constant
        ? `the predictor "${d.term}" has the same value in every case used, so its effect cannot be estimated; remove it`
        : `the predictor "${d.term}" is a perfect linear combination of the other predictors${d.term === d.variable ? '' : ` (a level of "${d.variable}")`}; remove it or one of the predictors it duplicates`;
    return failure('collinearity', message, { n, missing });
  }
  if (!(fit.tss > 0))
    return failure('zero-variance', 'the outcome has the same value in every case used', { n, missing });
  const dfResidual = fit.dfResidual;
  const mse = fit.rss / dfResidual;
  const tCrit = tQuantile(0.975, dfResidual);
  const sdY = Math.sqrt(fit.tss / (n - 1));
  const full = fullCovarianceDiagonal(fit);
  const coefficients: RegressionCoefficient[] = [];
  for (let j = 0; j <= pCols; j++) {
    const b = fit.coef[j]!;
    const se = Math.sqrt(mse * full[j]!);
    const t = b / se;
    const isSlope = j > 0;
    // Tolerance from S⁻¹: 1 − R²ⱼ = 1/(sxxⱼ·(S⁻¹)ⱼⱼ).
    const tolerance = isSlope ? 1 / (fit.sxx[j - 1]! * fit.sInverse[(j - 1) * pCols + (j - 1)]!) : null;
    coefficients.push({
      term: isSlope ? design[j - 1]!.term : '(Intercept)',
      b,
      se,
      beta: isSlope ? (b * Math.sqrt(fit.sxx[j - 1]! / (n - 1))) / sdY : null,
      t,
      p: tTwoSided(t, dfResidual),
      ciLower: b - tCrit * se,
      ciUpper: b + tCrit * se,
      tolerance: tolerance === null ? null : pCols === 1 ? 1 : Math.min(1, tolerance),
      vif: tolerance === null ? null : pCols === 1 ? 1 : Math.max(1, 1 / tolerance),
    });
  }
  const ssResidual = fit.rss;
  const ssRegression = Math.max(0, fit.tss - ssResidual);
  const r2 = ssRegression / fit.tss;
  const f = ssRegression / pCols / mse;
  const e = fit.residuals!;
  let dwNum = 0;
  for (let i = 1; i < n; i++) {
    const d = e[i]! - e[i - 1]!;
    dwNum += d * d;
  }
  const notes: string[] = [];
  let residualNormality: LinearRegressionResult['residualNormality'] = null;
  if (n > MAX_NORMALITY_N)
    notes.push(
      `normality of the residuals not tested: with ${n} cases any test rejects departures too small to matter; judge the residual plot`,
    );
  else {
    const normality = n <= 5000 ? shapiroWilk(e) : lilliefors(e);
    if ('error' in normality) notes.push(`normality of the residuals not tested: ${normality.error.message}`);
    else if ('w' in normality) residualNormality = { test: 'shapiro-wilk', statistic: normality.w, p: normality.p };
    else residualNormality = { test: 'lilliefors', statistic: normality.d, p: normality.p };
  }
  const out: LinearRegressionResult = {
    n,
    missing,
    coefficients,
    references,
    dfModel: pCols,
    dfResidual,
    ssRegression,
    ssResidual,
    ssTotal: fit.tss,
    r: Math.sqrt(r2),
    r2,
    adjR2: 1 - ((1 - r2) * (n - 1)) / dfResidual,
    sigma: Math.sqrt(mse),
    f,
    fP: fUpperTail(f, pCols, dfResidual),
    durbinWatson: dwNum / ssResidual,
    residualNormality,
  };
  if (options.residuals) {
    out.residuals = Array.from(e);
    out.fitted = Array.from(e, (r, i) => y[rows ? rows[i]! : i]! - r);
  }
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}

/*
 * The row loops over a million-row column live in small functions of their own: each is
 * optimised once and serves every column, where a loop in the body of linearRegression
 * would have the whole function compiled again (on-stack replacement) for each loop.
 */

/** Clears keep[i] where values[i] is not a finite number (listwise deletion). */
function dropMissingNumbers(values: ArrayLike<unknown>, keep: Uint8Array): void {
  for (let i = 0; i < keep.length; i++) {
    const v = values[i];
    if (keep[i] && (typeof v !== 'number' || !Number.isFinite(v))) keep[i] = 0;
  }
}

/** The indices of the kept rows (`n` of them), in row order. */
function keptRows(keep: Uint8Array, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0, k = 0; i < keep.length; i++) if (keep[i]) out[k++] = i;
  return out;
}

/** The numbers of the kept rows (`n` of them), in row order. */
function keptNumbers(values: ArrayLike<unknown>, keep: Uint8Array, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0, k = 0; i < keep.length; i++) if (keep[i]) out[k++] = values[i] as number;
  return out;
}

/** True when every entry is a number (missing values being null or non-finite numbers). */
function isNumericArray(values: GroupInput): boolean {
  if (values instanceof Float64Array) return true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && typeof v !== 'number') return false;
  }
  return true;
}

/** Diagonal of (XᵀX)⁻¹, intercept first, without forming the whole matrix. */
function fullCovarianceDiagonal(fit: LinearFit): Float64Array {
  const { p, sInverse, means, n } = fit;
  const d = new Float64Array(p + 1);
  let c00 = 1 / n;
  for (let j = 0; j < p; j++) {
    let acc = 0;
    for (let k = 0; k < p; k++) acc += sInverse[j * p + k]! * means[k]!;
    c00 += means[j]! * acc;
    d[j + 1] = sInverse[j * p + j]!;
  }
  d[0] = c00;
  return d;
}
