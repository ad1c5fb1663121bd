/**
 * A matrix of Pearson or Spearman correlations over several variables with pairwise
 * deletion (SPSS CORRELATIONS and NONPAR CORR): each pair uses the rows where both of its
 * variables are present, Spearman ranks are taken within those rows. p from t on n − 2
 * df; 95% CI tanh(atanh r ∓ z₀.₉₇₅·√(v/(n − 3))) with v = 1 for Pearson (Fisher) and
 * v = 1.06 for Spearman (Fieller, Hartley & Pearson 1957; SPSS's default); Holm-adjusted
 * p over the pairs that have a p-value. R: cor.test per pair, p.adjust(p, "holm").
 */
import { Z_975 } from './distributions.ts';
import { completePairs } from './missing.ts';
import { adjustPValues } from './p-adjust.ts';
import { correlationT } from './pearson.ts';
import { averageRanks } from './ranks.ts';
import { pearsonR } from './summary.ts';
import { failure, joinNotes, type NumericInput, type StatFailure } from './types.ts';

export type CorrelationMethod = 'pearson' | 'spearman';

export interface CorrelationPair {
  var1: string;
  var2: string;
  n: number;
  r?: number | null;
  rho?: number | null;
  p: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  pHolm: number | null;
}

export interface CorrelationMatrixResult {
  method: CorrelationMethod;
  variables: string[];
  pairs: CorrelationPair[];
  note?: string;
}

export function correlationMatrix(
  variables: { name: string; values: NumericInput }[],
  method: CorrelationMethod = 'pearson',
): CorrelationMatrixResult | StatFailure {
  if (variables.length < 2)
    return failure('invalid-argument', `a correlation matrix needs at least 2 variables (got ${variables.length})`);
  const names = variables.map((v) => v.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) return failure('invalid-argument', `the variable "${dup}" is listed twice`);
  const notes: string[] = [];
  const variance = method === 'spearman' ? 1.06 : 1;
  const pairs: CorrelationPair[] = [];
  for (let i = 0; i < variables.length; i++) {
    for (let j = i + 1; j < variables.length; j++) {
      const cp = completePairs(variables[i]!.values, variables[j]!.values);
      const n = cp.x.length;
      let r: number | null = null;
      let p: number | null = null;
      let ciLower: number | null = null;
      let ciUpper: number | null = null;
      const pairName = `${names[i]}–${names[j]}`;
      if (n < 3) notes.push(`${pairName}: fewer than 3 complete pairs`);
      else {
        const v =
          method === 'spearman' ? pearsonR(averageRanks(cp.x).ranks, averageRanks(cp.y).ranks) : pearsonR(cp.x, cp.y);
        if (Number.isNaN(v)) notes.push(`${pairName}: a variable is constant in the rows both have`);
        else {
          r = v;
          p = correlationT(v, n, []).p;
          if (n > 3) {
            if (Math.abs(v) >= 1) {
              ciLower = v;
              ciUpper = v;
            } else {
              const half = Z_975 * Math.sqrt(variance / (n - 3));
              ciLower = Math.tanh(Math.atanh(v) - half);
              ciUpper = Math.tanh(Math.atanh(v) + half);
            }
          } else notes.push(`${pairName}: the confidence interval needs at least 4 pairs`);
        }
      }
      const coefficient = method === 'spearman' ? { rho: r } : { r };
      const pair: CorrelationPair = {
        var1: names[i]!,
        var2: names[j]!,
        n,
        ...coefficient,
        p,
        ciLower,
        ciUpper,
        pHolm: null,
      };
      pairs.push(pair);
    }
  }
  const tested = pairs.filter((x) => x.p !== null);
  const holm = adjustPValues(
    tested.map((x) => x.p!),
    'holm',
  );
  tested.forEach((x, i) => {
    x.pHolm = holm[i]!;
  });
  const out: CorrelationMatrixResult = { method, variables: names, pairs };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}
