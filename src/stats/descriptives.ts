/**
 * Descriptive statistics as SPSS DESCRIPTIVES/EXAMINE print them.
 *
 * sd and variance use n − 1; se = sd/√n; CI = mean ∓ t₀.₉₇₅,ₙ₋₁·se.
 * Skewness G1 = n/((n−1)(n−2))·Σ((x−m)/sd)³ with SE √(6n(n−1)/((n−2)(n+1)(n+3))); excess
 * kurtosis G2 = n(n+1)/((n−1)(n−2)(n−3))·Σ((x−m)/sd)⁴ − 3(n−1)²/((n−2)(n−3)) with SE
 * 2·SE_skew·√((n²−1)/((n−3)(n+5))) (Joanes & Gill 1998, type "G"; = e1071 type 2).
 * Quartiles by R's quantile(type = 6) = SPSS "weighted average" (Hyndman & Fan 1996).
 * R: mean, sd, var, median, sum, quantile(x, c(.25, .75), type = 6).
 */
import { tQuantile } from './distributions.ts';
import { presentValues } from './missing.ts';
import { medianSorted, quantileType6, sortedCopy, sum } from './summary.ts';
import { failure, joinNotes, type NumericInput, type StatFailure } from './types.ts';

export interface DescriptivesResult {
  n: number;
  missing: number;
  mean: number;
  sd: number | null;
  variance: number | null;
  se: number | null;
  median: number;
  min: number;
  max: number;
  range: number;
  sum: number;
  skewness: number | null;
  skewnessSe: number | null;
  kurtosis: number | null;
  kurtosisSe: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  q1: number;
  q3: number;
  iqr: number;
  note?: string;
}

export function descriptives(x: NumericInput): DescriptivesResult | StatFailure {
  const { values, missing } = presentValues(x);
  const n = values.length;
  if (n === 0) return failure('too-few-observations', 'there are no non-missing values', { n, missing });
  const notes: string[] = [];
  const total = sum(values);
  const m = total / n;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - m;
    const d2 = d * d;
    s2 += d2;
    s3 += d2 * d;
    s4 += d2 * d2;
  }
  const sorted = sortedCopy(values);
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  const q1 = quantileType6(sorted, 0.25);
  const q3 = quantileType6(sorted, 0.75);
  const out: DescriptivesResult = {
    n,
    missing,
    mean: m,
    sd: null,
    variance: null,
    se: null,
    median: medianSorted(sorted),
    min,
    max,
    range: max - min,
    sum: total,
    skewness: null,
    skewnessSe: null,
    kurtosis: null,
    kurtosisSe: null,
    ciLower: null,
    ciUpper: null,
    q1,
    q3,
    iqr: q3 - q1,
  };
  if (n < 2) {
    notes.push('sd, se and the confidence interval need at least 2 values');
  } else {
    const variance = s2 / (n - 1);
    const sdv = Math.sqrt(variance);
    const se = sdv / Math.sqrt(n);
    const half = tQuantile(0.975, n - 1) * se;
    Object.assign(out, { sd: sdv, variance, se, ciLower: m - half, ciUpper: m + half });
    if (n >= 3) {
      out.skewnessSe = Math.sqrt((6 * n * (n - 1)) / ((n - 2) * (n + 1) * (n + 3)));
      if (n >= 4) out.kurtosisSe = 2 * out.skewnessSe * Math.sqrt((n * n - 1) / ((n - 3) * (n + 5)));
      if (variance > 0) {
        // Σ((x−m)/sd)^k = Σ(x−m)^k / sd^k.
        out.skewness = (n / ((n - 1) * (n - 2))) * (s3 / (variance * sdv));
        if (n >= 4) {
          out.kurtosis =
            ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * (s4 / (variance * variance)) -
            (3 * (n - 1) * (n - 1)) / ((n - 2) * (n - 3));
        }
      } else {
        notes.push('skewness and kurtosis are undefined when all values are equal');
      }
    }
    if (n < 3) notes.push('skewness needs at least 3 values');
    if (n < 4) notes.push('kurtosis needs at least 4 values');
  }
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}
