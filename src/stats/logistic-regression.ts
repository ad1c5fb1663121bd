/**
 * Binary logistic regression by iteratively reweighted least squares (Newton–Raphson on
 * the log-likelihood; McCullagh & Nelder 1989 §4.4), as R's glm(y ~ ..., binomial) with
 * glm.control(epsilon = 1e-14, maxit = 100): start from μ = (y + ½)/2, stop when
 * |dev − dev_old|/(|dev| + 0.1) < 1e-14. Standard errors from the inverse information
 * (XᵀWX)⁻¹ at the estimate; Wald z = b/SE, p = 2Φ(−|z|), OR = e^b with Wald limits
 * e^(b ∓ z₀.₉₇₅·SE) (SPSS's Exp(B) CI). deviance = −2LL, AIC = deviance + 2(k + 1),
 * LR χ² = null deviance − deviance on k df; McFadden R² = 1 − dev/dev₀;
 * Cox & Snell R² = 1 − exp((dev − dev₀)/n); Nagelkerke R² = CS/(1 − exp(−dev₀/n)).
 *
 * The MLE does not exist under complete or quasi-complete separation (Albert & Anderson
 * 1984): the likelihood keeps rising as some coefficient grows without bound. R still
 * returns huge estimates with a warning; here the fit is an error `separation` when any
 * fitted linear predictor exceeds ±20 (odds beyond ~5·10⁸, which no finite-data fit with
 * an existing MLE reaches at convergence in practice), as the separated observations are
 * pushed towards probability 0 or 1.
 */
import { chiSquareUpperTail, normalTwoSided, Z_975 } from './distributions.ts';
import { isMissingLevel, observedLevels, sameLevel } from './levels.ts';
import { cholesky, choleskyInverse, choleskySolve } from './linear-algebra.ts';
import { checkLengths, isPresent } from './missing.ts';
import { failure, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface LogisticCoefficient {
  term: string;
  estimate: number;
  se: number;
  z: number;
  p: number;
  or: number;
  orLower: number;
  orUpper: number;
}

export interface LogisticRegressionResult {
  n: number;
  missing: number;
  coefficients: LogisticCoefficient[];
  deviance: number;
  nullDeviance: number;
  logLik: number;
  aic: number;
  lrChi2: number;
  lrDf: number;
  lrP: number;
  mcfaddenR2: number;
  coxSnellR2: number;
  nagelkerkeR2: number;
  iterations: number;
}

export interface LogisticOptions {
  /** Outcome level that is coded 1 when the outcome is categorical; default 1. */
  caseLevel?: Level;
  maxIterations?: number;
  epsilon?: number;
}

export interface Predictor {
  name: string;
  values: NumericInput;
}

const SEPARATION_ETA = 20;
const DBL_EPSILON = 2.220446049250313e-16;

/** 1/(1 + e^−η), clamped to [ε, 1 − ε] beyond |η| = 30 as R's logit_linkinv. */
function inverseLogit(eta: number): number {
  if (eta < -30) return DBL_EPSILON;
  if (eta > 30) return 1 - DBL_EPSILON;
  return 1 / (1 + Math.exp(-eta));
}

/** ln(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export function logisticRegression(
  outcome: GroupInput,
  predictors: Predictor[],
  options: LogisticOptions = {},
): LogisticRegressionResult | StatFailure {
  checkLengths([outcome, ...predictors.map((p) => p.values)]);
  const caseLevel = options.caseLevel ?? 1;
  const maxIt = options.maxIterations ?? 100;
  const eps = options.epsilon ?? 1e-14;
  const levels = observedLevels(outcome);
  if (
    levels.length > 2 ||
    (options.caseLevel === undefined && levels.some((l) => !sameLevel(l, 0) && !sameLevel(l, 1)))
  ) {
    return failure('invalid-values', `the outcome must be coded 0/1 (found ${levels.join(', ')})`);
  }
  // Listwise over outcome and every predictor.
  const rows: number[] = [];
  for (let i = 0; i < outcome.length; i++) {
    if (isMissingLevel(outcome[i])) continue;
    if (predictors.every((p) => isPresent(p.values[i]))) rows.push(i);
  }
  const n = rows.length;
  const missing = outcome.length - n;
  const p = predictors.length + 1;
  if (n <= p)
    return failure('too-few-observations', `${n} complete rows are too few for ${p} coefficients`, { n, missing });
  const y = new Float64Array(n);
  const x = new Float64Array(n * p);
  let cases = 0;
  rows.forEach((row, i) => {
    y[i] = sameLevel(outcome[row] as Level, caseLevel) ? 1 : 0;
    cases += y[i]!;
    x[i * p] = 1;
    predictors.forEach((pr, j) => (x[i * p + j + 1] = pr.values[row] as number));
  });
  if (cases === 0 || cases === n) {
    return failure(
      'zero-variance',
      `every complete row has outcome ${cases === 0 ? 'non-case (0)' : 'case (1)'}; the model cannot be estimated`,
      { n, missing },
    );
  }
  for (let j = 1; j < p; j++) {
    let same = true;
    for (let i = 1; i < n && same; i++) same = x[i * p + j] === x[j];
    if (same)
      return failure(
        'collinearity',
        `the predictor "${predictors[j - 1]!.name}" has the same value in every complete row`,
        { n, missing },
      );
  }
  // Rank check on XᵀX before fitting: collinear predictors have no unique estimate.
  {
    const xtx = new Float64Array(p * p);
    for (let i = 0; i < n; i++)
      for (let a = 0; a < p; a++) for (let b = 0; b <= a; b++) xtx[a * p + b]! += x[i * p + a]! * x[i * p + b]!;
    for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) xtx[a * p + b] = xtx[b * p + a]!;
    if (!cholesky(xtx, p, 1e-9))
      return failure('collinearity', 'the predictors are linearly dependent (one is a combination of the others)', {
        n,
        missing,
      });
  }

  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const mu0 = (y[i]! + 0.5) / 2;
    eta[i] = Math.log(mu0 / (1 - mu0));
  }
  const deviance = (e: Float64Array) => {
    let d = 0;
    for (let i = 0; i < n; i++) d += 2 * (y[i] ? softplus(-e[i]!) : softplus(e[i]!));
    return d;
  };
  let beta: Float64Array = new Float64Array(p);
  let dev = deviance(eta);
  let converged = false;
  let iterations = 0;
  const info = new Float64Array(p * p);
  const rhs = new Float64Array(p);
  const computeInfo = (e: Float64Array, withRhs: boolean) => {
    info.fill(0);
    rhs.fill(0);
    for (let i = 0; i < n; i++) {
      const mu = inverseLogit(e[i]!);
      // As R's binomial family: μ kept within [ε, 1 − ε] and the weight ≥ ε, so separated
      // observations do not divide by zero on their way to ±∞.
      const w = Math.max(mu * (1 - mu), DBL_EPSILON);
      const z = e[i]! + (y[i]! - mu) / w;
      for (let a = 0; a < p; a++) {
        const xa = x[i * p + a]! * w;
        if (withRhs) rhs[a]! += xa * z;
        for (let b = 0; b <= a; b++) info[a * p + b]! += xa * x[i * p + b]!;
      }
    }
    for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) info[a * p + b] = info[b * p + a]!;
  };
  for (iterations = 1; iterations <= maxIt; iterations++) {
    computeInfo(eta, true);
    const l = cholesky(info, p, 1e-14);
    if (!l) break;
    let next: Float64Array = choleskySolve(l, p, rhs);
    let nextEta = linearPredictor(x, next, n, p);
    let nextDev = deviance(nextEta);
    // Step halving (as glm.fit) if a full Newton step fails to lower the deviance.
    for (let h = 0; h < 30 && !(nextDev <= dev * (1 + 1e-12) + 1e-300); h++) {
      const half = new Float64Array(p);
      for (let j = 0; j < p; j++) half[j] = (beta[j]! + next[j]!) / 2;
      next = half;
      nextEta = linearPredictor(x, next, n, p);
      nextDev = deviance(nextEta);
    }
    const change = Math.abs(nextDev - dev) / (Math.abs(nextDev) + 0.1);
    beta = next;
    eta.set(nextEta);
    dev = nextDev;
    if (change < eps && iterations > 1) {
      converged = true;
      break;
    }
  }
  let extreme = false;
  for (let i = 0; i < n; i++) if (Math.abs(eta[i]!) > SEPARATION_ETA) extreme = true;
  if (extreme) {
    return failure(
      'separation',
      'the outcome is perfectly predicted for some participants (complete or quasi-complete separation), so the maximum-likelihood estimates do not exist',
      { n, missing },
    );
  }
  if (!converged)
    return failure('non-convergence', `the estimates did not converge in ${maxIt} iterations`, { n, missing });
  computeInfo(eta, false);
  const l = cholesky(info, p, 1e-14);
  if (!l) return failure('collinearity', 'the information matrix is singular at the estimates', { n, missing });
  const cov = choleskyInverse(l, p);
  const coefficients: LogisticCoefficient[] = [];
  for (let j = 0; j < p; j++) {
    const b = beta[j]!;
    const se = Math.sqrt(cov[j * p + j]!);
    const z = b / se;
    coefficients.push({
      term: j === 0 ? '(Intercept)' : predictors[j - 1]!.name,
      estimate: b,
      se,
      z,
      p: normalTwoSided(z),
      or: Math.exp(b),
      orLower: Math.exp(b - Z_975 * se),
      orUpper: Math.exp(b + Z_975 * se),
    });
  }
  const pHat = cases / n;
  const nullDeviance = -2 * (cases * Math.log(pHat) + (n - cases) * Math.log(1 - pHat));
  const k = predictors.length;
  const lrChi2 = nullDeviance - dev;
  const coxSnellR2 = 1 - Math.exp((dev - nullDeviance) / n);
  return {
    n,
    missing,
    coefficients,
    deviance: dev,
    nullDeviance,
    logLik: -dev / 2,
    aic: dev + 2 * (k + 1),
    lrChi2,
    lrDf: k,
    lrP: chiSquareUpperTail(lrChi2, k),
    mcfaddenR2: 1 - dev / nullDeviance,
    coxSnellR2,
    nagelkerkeR2: coxSnellR2 / (1 - Math.exp(-nullDeviance / n)),
    iterations,
  };
}

function linearPredictor(x: Float64Array, beta: Float64Array, n: number, p: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < p; j++) s += x[i * p + j]! * beta[j]!;
    out[i] = s;
  }
  return out;
}
