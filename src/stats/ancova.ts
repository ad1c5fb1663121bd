/**
 * One-way analysis of covariance (SPSS UNIANOVA value BY group WITH covariates; R:
 * car::Anova(lm(value ~ covariates + group, contrasts = list(group = contr.sum)), type = 3),
 * emmeans(fit, "group")): the group effect-coded, no interaction, Type III SS for each
 * covariate and for the group. Adjusted means are the model's predictions for each group
 * with every covariate at its mean, se = √(x₀ᵀVx₀) with V the covariance of the
 * coefficients. Homogeneity of regression slopes: the F test of this model against the
 * one that adds every group × covariate interaction, on ((k − 1)q, its residual df).
 */
import { fUpperTail, tQuantile } from './distributions.ts';
import { codeFactor, completeRows, effectColumns, gather, productColumns, type EffectRow } from './factor-design.ts';
import { fitLinear, fullCovariance, typeThreeSS } from './linear-model.ts';
import type { FTest } from './oneway.ts';
import { failure, joinNotes, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface AdjustedMean {
  level: Level;
  mean: number;
  se: number;
  ciLower: number;
  ciUpper: number;
}

export interface AncovaResult {
  n: number;
  missing: number;
  levels: Level[];
  effects: EffectRow[];
  residual: { ss: number; df: number; ms: number };
  correctedModel: Omit<EffectRow, 'term'>;
  correctedTotal: { ss: number; df: number };
  covariateMeans: { covariate: string; mean: number }[];
  adjustedMeans: AdjustedMean[];
  slopesHomogeneity: FTest | null;
  note?: string;
}

export function ancova(
  value: NumericInput,
  group: { name: string; values: GroupInput },
  covariates: readonly { name: string; values: GroupInput }[],
): AncovaResult | StatFailure {
  if (covariates.length === 0) return failure('invalid-argument', 'an ANCOVA needs at least one covariate');
  for (const c of covariates) {
    const text = firstText(c.values);
    if (text !== undefined)
      return failure(
        'invalid-values',
        `the covariate "${c.name}" is categorical (it holds text such as "${text}"); a covariate must be numeric — enter a categorical variable as a factor instead`,
      );
    if (c.name === group.name) return failure('invalid-argument', `"${c.name}" is both the group and a covariate`);
  }
  const covInputs = covariates.map((c) => c.values as NumericInput);
  const rows = completeRows([value, ...covInputs], [group.values], value.length);
  const n = rows.length;
  const missing = value.length - n;
  const counts = { n, missing };
  const g = codeFactor(group.name, group.values, rows);
  const k = g.levels.length;
  if (k < 2)
    return failure(
      'group-levels',
      `the group variable "${group.name}" has ${k === 0 ? 'no levels' : `only one level (${String(g.levels[0])})`} in the complete rows; ANCOVA compares at least 2 groups`,
      counts,
    );
  const q = covariates.length;
  const dfResidual = n - q - k;
  if (dfResidual < 1)
    return failure('too-few-observations', `${n} complete cases leave no degrees of freedom for error`, counts);
  const y = gather(value, rows);
  const cov = covInputs.map((c) => gather(c, rows));
  const groupCols = effectColumns(g);
  const fit = fitLinear([...cov, ...groupCols], y);
  if ('aliased' in fit) {
    if (fit.aliased < q) {
      const name = covariates[fit.aliased]!.name;
      const constant = 'aliased' in fitLinear([cov[fit.aliased]!], y);
      return failure(
        'collinearity',
        constant
          ? `the covariate "${name}" has the same value in every case used, so it cannot adjust anything`
          : `the covariate "${name}" is a perfect linear combination of the other covariates and the groups; remove it`,
        counts,
      );
    }
    return failure(
      'collinearity',
      `the groups of "${group.name}" are perfectly predicted by the covariates, so the group effect cannot be separated from them`,
      counts,
    );
  }
  const ssResidual = fit.rss;
  if (!(ssResidual > 0))
    return failure('zero-variance', 'the model fits every value exactly, so the F statistics are undefined', counts);
  const msResidual = ssResidual / dfResidual;
  const row = (term: string, ss: number, df: number): EffectRow => {
    const ms = ss / df;
    const f = ms / msResidual;
    return { term, ss, df, ms, f, p: fUpperTail(f, df, dfResidual), partialEta2: ss / (ss + ssResidual) };
  };
  const effects = covariates.map((c, j) => row(c.name, typeThreeSS(fit, [j]), 1));
  effects.push(
    row(
      group.name,
      typeThreeSS(
        fit,
        groupCols.map((_, j) => q + j),
      ),
      k - 1,
    ),
  );
  const modelSS = fit.tss - ssResidual;
  const { term: _term, ...model } = row('corrected model', modelSS, q + k - 1);
  const correctedModel = { ...model, partialEta2: modelSS / fit.tss };
  const covariateMeans = covariates.map((c, j) => ({ covariate: c.name, mean: fit.means[j]! }));
  const v = fullCovariance(fit);
  const width = fit.p + 1;
  const tCrit = tQuantile(0.975, dfResidual);
  const adjustedMeans = g.levels.map((level, l) => {
    // x₀ = (1, covariate means, effect coding of level l).
    const x0 = new Float64Array(width);
    x0[0] = 1;
    for (let j = 0; j < q; j++) x0[j + 1] = fit.means[j]!;
    for (let j = 0; j < k - 1; j++) x0[q + 1 + j] = l === j ? 1 : l === k - 1 ? -1 : 0;
    let mean = 0;
    for (let j = 0; j < width; j++) mean += x0[j]! * fit.coef[j]!;
    let quad = 0;
    for (let j = 0; j < width; j++) for (let m = 0; m < width; m++) quad += x0[j]! * v[j * width + m]! * x0[m]!;
    const se = Math.sqrt(msResidual * quad);
    return { level, mean, se, ciLower: mean - tCrit * se, ciUpper: mean + tCrit * se };
  });
  const notes: string[] = [];
  let slopesHomogeneity: FTest | null = null;
  const interaction = productColumns(groupCols, cov);
  const full = fitLinear([...cov, ...groupCols, ...interaction], y);
  const df1 = (k - 1) * q;
  if ('aliased' in full || full.dfResidual < 1 || !(full.rss > 0))
    notes.push('the homogeneity of regression slopes cannot be tested: a covariate does not vary within some group');
  else {
    const df2 = full.dfResidual;
    const f = (ssResidual - full.rss) / df1 / (full.rss / df2);
    slopesHomogeneity = { f, df1, df2, p: fUpperTail(f, df1, df2) };
  }
  const out: AncovaResult = {
    n,
    missing,
    levels: g.levels,
    effects,
    residual: { ss: ssResidual, df: dfResidual, ms: msResidual },
    correctedModel,
    correctedTotal: { ss: fit.tss, df: n - 1 },
    covariateMeans,
    adjustedMeans,
    slopesHomogeneity,
  };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}

/** The first non-missing value that is text and not a number, if any. */
function firstText(values: GroupInput): string | undefined {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'string' && v.trim() !== '' && !Number.isFinite(Number(v.trim()))) return v;
  }
  return undefined;
}
