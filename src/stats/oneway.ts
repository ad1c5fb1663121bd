/**
 * The one-way ANOVA decomposition shared by anova-oneway and Levene's test:
 * SSB = Σnᵢ(x̄ᵢ − x̄)², SSW = ΣΣ(x − x̄ᵢ)², F = (SSB/(k − 1))/(SSW/(N − k)).
 * Empty groups take no part (k counts non-empty groups).
 */
import { fUpperTail } from './distributions.ts';
import { medianSorted, sortedCopy } from './summary.ts';

export interface OnewayDecomposition {
  k: number;
  n: number;
  ssBetween: number;
  ssWithin: number;
  ssTotal: number;
  df1: number;
  df2: number;
}

export function onewayDecomposition(groups: ArrayLike<number>[]): OnewayDecomposition {
  let n = 0;
  let total = 0;
  let k = 0;
  for (const g of groups) {
    if (g.length === 0) continue;
    k++;
    n += g.length;
    for (let i = 0; i < g.length; i++) total += g[i]!;
  }
  const grand = total / n;
  let ssBetween = 0;
  let ssWithin = 0;
  let ssTotal = 0;
  for (const g of groups) {
    if (g.length === 0) continue;
    let s = 0;
    for (let i = 0; i < g.length; i++) s += g[i]!;
    const m = s / g.length;
    ssBetween += g.length * (m - grand) * (m - grand);
    for (let i = 0; i < g.length; i++) {
      const d = g[i]! - m;
      const e = g[i]! - grand;
      ssWithin += d * d;
      ssTotal += e * e;
    }
  }
  return { k, n, ssBetween, ssWithin, ssTotal, df1: k - 1, df2: n - k };
}

export interface FTest {
  f: number;
  df1: number;
  df2: number;
  p: number;
}

/** F test of equal means; null when it is undefined (fewer than 2 groups, no residual df, SSW = 0). */
export function onewayF(groups: ArrayLike<number>[]): FTest | null {
  const d = onewayDecomposition(groups);
  if (d.df1 < 1 || d.df2 < 1 || !(d.ssWithin > 0)) return null;
  const f = d.ssBetween / d.df1 / (d.ssWithin / d.df2);
  return { f, df1: d.df1, df2: d.df2, p: fUpperTail(f, d.df1, d.df2) };
}

/**
 * Levene's test of equal variances: the one-way ANOVA F of |x − centre of its group|
 * (Levene 1960 with the mean; Brown & Forsythe 1974 with the median).
 * R: car::leveneTest(value, group, center = mean | median).
 */
export function leveneTest(groups: ArrayLike<number>[], center: 'mean' | 'median'): FTest | null {
  const deviations = groups.map((g) => {
    const out = new Float64Array(g.length);
    if (g.length === 0) return out;
    let c: number;
    if (center === 'mean') {
      let s = 0;
      for (let i = 0; i < g.length; i++) s += g[i]!;
      c = s / g.length;
    } else {
      c = medianSorted(sortedCopy(g));
    }
    for (let i = 0; i < g.length; i++) out[i] = Math.abs(g[i]! - c);
    return out;
  });
  return onewayF(deviations);
}
