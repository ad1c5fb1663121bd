/**
 * Cronbach's alpha (Cronbach 1951) with the item statistics of SPSS RELIABILITY
 * (= psych::alpha): α = k/(k − 1)·(1 − Σ var(itemᵢ)/var(total)); standardised
 * α = k·r̄/(1 + (k − 1)·r̄) with r̄ the mean inter-item Pearson r; per item: scale mean
 * and variance if deleted, corrected item–total r = r(item, total − item), and α if
 * deleted (undefined for k = 2). Rows with any item missing are dropped; items are
 * used as given (reverse-keyed items must be reversed before).
 */
import { completeCases } from './missing.ts';
import { mean, pearsonR, sd, variance } from './summary.ts';
import { failure, joinNotes, type NumericInput, type StatFailure } from './types.ts';

export interface CronbachItem {
  item: string;
  mean: number;
  sd: number;
  scaleMeanIfDeleted: number;
  scaleVarianceIfDeleted: number;
  correctedItemTotal: number | null;
  alphaIfDeleted: number | null;
}

export interface CronbachAlphaResult {
  n: number;
  missing: number;
  nItems: number;
  alpha: number;
  standardizedAlpha: number | null;
  meanInterItemR: number | null;
  scaleMean: number;
  scaleVariance: number;
  items: CronbachItem[];
  note?: string;
}

/** One entry per item, in scale order: its name (for the item table) and its column. */
export function cronbachAlpha(items: { name: string; values: NumericInput }[]): CronbachAlphaResult | StatFailure {
  const k = items.length;
  if (k < 2) return failure('invalid-argument', `Cronbach's alpha needs at least 2 items; ${k} given`);
  const { data, missing } = completeCases(items.map((i) => i.values));
  const n = data[0]!.length;
  if (n < 2) return failure('too-few-observations', `${n} complete rows; at least 2 are needed`, { n, missing });
  const total = new Float64Array(n);
  for (const col of data) for (let i = 0; i < n; i++) total[i]! += col[i]!;
  const scaleMean = mean(total);
  const scaleVariance = variance(total, scaleMean);
  if (!(scaleVariance > 0))
    return failure('zero-variance', 'the total score has the same value in every row, so alpha is undefined', {
      n,
      missing,
    });
  const vars = data.map((col) => variance(col));
  const sumVars = vars.reduce((a, b) => a + b, 0);
  const notes: string[] = [];
  const alpha = (k / (k - 1)) * (1 - sumVars / scaleVariance);
  let rSum = 0;
  let rUndefined = false;
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const r = pearsonR(data[a]!, data[b]!);
      if (Number.isNaN(r)) rUndefined = true;
      rSum += r;
    }
  }
  const meanInterItemR = rUndefined ? null : rSum / ((k * (k - 1)) / 2);
  if (rUndefined)
    notes.push(
      'an item has the same value in every row, so inter-item correlations and the standardised alpha are undefined',
    );
  const rest = new Float64Array(n);
  const itemStats = items.map(({ name }, j) => {
    const col = data[j]!;
    for (let i = 0; i < n; i++) rest[i] = total[i]! - col[i]!;
    const m = mean(col);
    const restVar = variance(rest);
    const r = pearsonR(col, rest);
    let alphaIfDeleted: number | null = null;
    if (k > 2 && restVar > 0) alphaIfDeleted = ((k - 1) / (k - 2)) * (1 - (sumVars - vars[j]!) / restVar);
    return {
      item: name,
      mean: m,
      sd: sd(col, m),
      scaleMeanIfDeleted: scaleMean - m,
      scaleVarianceIfDeleted: restVar,
      correctedItemTotal: Number.isNaN(r) ? null : r,
      alphaIfDeleted,
    };
  });
  if (k === 2) notes.push('alpha if item deleted is undefined for a 2-item scale');
  const out: CronbachAlphaResult = {
    n,
    missing,
    nItems: k,
    alpha,
    standardizedAlpha: meanInterItemR === null ? null : (k * meanInterItemR) / (1 + (k - 1) * meanInterItemR),
    meanInterItemR,
    scaleMean,
    scaleVariance,
    items: itemStats,
  };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}
