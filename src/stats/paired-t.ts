/**
 * Paired-samples t test on d = x − y over complete pairs (R: t.test(x, y, paired = TRUE)):
 * t = d̄/(s_d/√n), df = n − 1, CI d̄ ∓ t₀.₉₇₅,ₙ₋₁·s_d/√n, Cohen's d_z = d̄/s_d (Cohen 1988).
 * Also the Pearson correlation of x and y with its t-test p (cor.test), as SPSS prints.
 */
import { tQuantile, tTwoSided } from './distributions.ts';
import { completePairs } from './missing.ts';
import { failure, joinNotes, type NumericInput, type StatFailure } from './types.ts';

export interface PairedTResult {
  n: number;
  missing: number;
  t: number;
  df: number;
  p: number;
  meanDiff: number;
  sdDiff: number;
  seDiff: number;
  ciLower: number;
  ciUpper: number;
  cohensDz: number;
  correlation: number | null;
  correlationP: number | null;
  meanX: number;
  meanY: number;
  sdX: number;
  sdY: number;
  note?: string;
}

export function pairedT(x: NumericInput, y: NumericInput): PairedTResult | StatFailure {
  const pairs = completePairs(x, y);
  const n = pairs.x.length;
  const missing = pairs.missing;
  if (n < 2)
    return failure('too-few-observations', `the paired t test needs at least 2 complete pairs; there are ${n}`, {
      n,
      missing,
    });
  // Two passes over the pairs give every moment (means, then centred sums of squares and
  // products), instead of one pass per statistic: this runs on million-row files.
  const px = pairs.x;
  const py = pairs.y;
  let sx = 0;
  let sy = 0;
  let sdiff = 0;
  for (let i = 0; i < n; i++) {
    sx += px[i]!;
    sy += py[i]!;
    sdiff += px[i]! - py[i]!;
  }
  const meanX = sx / n;
  const meanY = sy / n;
  const meanDiff = sdiff / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let sdd = 0;
  for (let i = 0; i < n; i++) {
    const dx = px[i]! - meanX;
    const dy = py[i]! - meanY;
    const dd = px[i]! - py[i]! - meanDiff;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
    sdd += dd * dd;
  }
  const sdDiff = Math.sqrt(sdd / (n - 1));
  if (!(sdDiff > 0)) {
    return failure(
      'zero-variance',
      `every pair has the same difference (${meanDiff}), so the t statistic is undefined`,
      { n, missing },
    );
  }
  const df = n - 1;
  const seDiff = sdDiff / Math.sqrt(n);
  const t = meanDiff / seDiff;
  const half = tQuantile(0.975, df) * seDiff;
  const notes: string[] = [];
  const r = sxx === 0 || syy === 0 ? NaN : Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  let correlation: number | null = null;
  let correlationP: number | null = null;
  if (Number.isNaN(r)) {
    notes.push('the correlation is undefined because x or y is constant');
  } else {
    correlation = r;
    if (n < 3) notes.push('the correlation test needs at least 3 pairs');
    // |r| = 1 makes t infinite; its p is exactly 0.
    else correlationP = Math.abs(r) >= 1 ? 0 : tTwoSided(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
  }
  const out: PairedTResult = {
    n,
    missing,
    t,
    df,
    p: tTwoSided(t, df),
    meanDiff,
    sdDiff,
    seDiff,
    ciLower: meanDiff - half,
    ciUpper: meanDiff + half,
    cohensDz: meanDiff / sdDiff,
    correlation,
    correlationP,
    meanX,
    meanY,
    sdX: Math.sqrt(sxx / (n - 1)),
    sdY: Math.sqrt(syy / (n - 1)),
  };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}
