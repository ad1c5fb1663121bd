/**
 * Pearson product-moment correlation with its t test and Fisher-z interval
 * (R: cor.test(x, y)): t = r√((n − 2)/(1 − r²)) on n − 2 df;
 * CI = tanh(atanh r ∓ z₀.₉₇₅/√(n − 3)), defined for n > 3.
 */
import { tTwoSided, Z_975 } from './distributions.ts';
import { completePairs } from './missing.ts';
import { pearsonR } from './summary.ts';
import { failure, joinNotes, type NumericInput, type StatFailure } from './types.ts';

export interface CorrelationTest {
  n: number;
  missing: number;
  t: number | null;
  df: number;
  p: number;
  note?: string;
}

export interface PearsonResult extends CorrelationTest {
  r: number;
  ciLower: number | null;
  ciUpper: number | null;
}

/** The t test of a correlation coefficient; shared with Spearman's rho. */
export function correlationT(r: number, n: number, notes: string[]): { t: number | null; p: number } {
  if (Math.abs(r) >= 1) {
    notes.push('the correlation is perfect, so t is infinite and p = 0');
    return { t: null, p: 0 };
  }
  const t = r * Math.sqrt((n - 2) / (1 - r * r));
  return { t, p: tTwoSided(t, n - 2) };
}

export function pearson(x: NumericInput, y: NumericInput): PearsonResult | StatFailure {
  const pairs = completePairs(x, y);
  const n = pairs.x.length;
  if (n < 3)
    return failure('too-few-observations', `a correlation test needs at least 3 complete pairs; there are ${n}`, {
      n,
      missing: pairs.missing,
    });
  const r = pearsonR(pairs.x, pairs.y);
  if (Number.isNaN(r))
    return failure('zero-variance', 'x or y has the same value in every complete pair, so r is undefined', {
      n,
      missing: pairs.missing,
    });
  const notes: string[] = [];
  const { t, p } = correlationT(r, n, notes);
  let ciLower: number | null = null;
  let ciUpper: number | null = null;
  if (n > 3) {
    const z = Math.atanh(r);
    const half = Z_975 / Math.sqrt(n - 3);
    ciLower = Math.abs(r) >= 1 ? r : Math.tanh(z - half);
    ciUpper = Math.abs(r) >= 1 ? r : Math.tanh(z + half);
  } else notes.push('the confidence interval needs at least 4 pairs');
  const out: PearsonResult = { n, missing: pairs.missing, r, t, df: n - 2, p, ciLower, ciUpper };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}
