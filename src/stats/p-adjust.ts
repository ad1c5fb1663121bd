/**
 * Adjusted p-values for a family of m tests, as R's p.adjust: Holm's step-down (Holm
 * 1979), Bonferroni, Hochberg's step-up (Hochberg 1988) and Benjamini–Hochberg's false
 * discovery rate (Benjamini & Hochberg 1995). With p₍₁₎ ≤ … ≤ p₍ₘ₎:
 *   Holm       p̃₍ᵢ₎ = min(1, max_{j≤i} (m − j + 1)·p₍ⱼ₎)
 *   Bonferroni p̃ᵢ   = min(1, m·pᵢ)
 *   Hochberg   p̃₍ᵢ₎ = min(1, min_{j≥i} (m − j + 1)·p₍ⱼ₎)
 *   BH         p̃₍ᵢ₎ = min(1, min_{j≥i} m·p₍ⱼ₎/j)
 * The `p-adjust` statistic applies all four to a column of p-values (missing ones stay
 * missing and are not counted).
 */
import { isPresent } from './missing.ts';
import { failure, type NumericInput, type StatFailure } from './types.ts';

export type PAdjustMethod = 'holm' | 'bonferroni' | 'hochberg' | 'bh';

/** Indices of p in ascending order of p (stable, so ties keep their input order). */
function ascending(p: readonly number[]): number[] {
  return p.map((_, i) => i).sort((a, b) => p[a]! - p[b]! || a - b);
}

export function adjustPValues(p: readonly number[], method: PAdjustMethod): number[] {
  const m = p.length;
  const out = new Array<number>(m);
  if (m === 0) return out;
  if (method === 'bonferroni') return p.map((v) => Math.min(1, m * v));
  const o = ascending(p);
  if (method === 'holm') {
    let run = 0;
    for (let i = 0; i < m; i++) {
      run = Math.max(run, (m - i) * p[o[i]!]!);
      out[o[i]!] = Math.min(1, run);
    }
    return out;
  }
  let run = Infinity;
  for (let i = m - 1; i >= 0; i--) {
    const v = method === 'hochberg' ? (m - i) * p[o[i]!]! : (m / (i + 1)) * p[o[i]!]!;
    run = Math.min(run, v);
    out[o[i]!] = Math.min(1, run);
  }
  return out;
}

export interface PAdjustResult {
  n: number;
  missing: number;
  holm: (number | null)[];
  bonferroni: (number | null)[];
  hochberg: (number | null)[];
  bh: (number | null)[];
}

export function pAdjust(p: NumericInput): PAdjustResult | StatFailure {
  const rows: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (!isPresent(v)) continue;
    if (v < 0 || v > 1)
      return failure('invalid-values', `row ${i + 1} holds ${v}, which is not a p-value (0 ≤ p ≤ 1)`, {
        n: values.length,
      });
    rows.push(i);
    values.push(v);
  }
  if (values.length === 0) return failure('too-few-observations', 'the column holds no p-values', { n: 0 });
  const spread = (adj: number[]) => {
    const out = new Array<number | null>(p.length).fill(null);
    rows.forEach((r, i) => {
      out[r] = adj[i]!;
    });
    return out;
  };
  return {
    n: values.length,
    missing: p.length - values.length,
    holm: spread(adjustPValues(values, 'holm')),
    bonferroni: spread(adjustPValues(values, 'bonferroni')),
    hochberg: spread(adjustPValues(values, 'hochberg')),
    bh: spread(adjustPValues(values, 'bh')),
  };
}
