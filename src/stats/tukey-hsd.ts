/**
 * Tukey's honestly significant difference test (Tukey 1953), with Kramer's (1956)
 * standard error for unequal group sizes, as SPSS ONEWAY /POSTHOC=TUKEY and R's
 * TukeyHSD(aov(value ~ group)) (which reports j − i where this reports i − j):
 * MSE = Σ(x − x̄ᵢ)²/(N − k), se = √(MSE(1/nᵢ + 1/nⱼ)), p = P(Q_{k,N−k} > √2·|x̄ᵢ − x̄ⱼ|/se),
 * CI = (x̄ᵢ − x̄ⱼ) ∓ q₀.₉₅/√2 · se.
 */
import { onewayDecomposition } from './oneway.ts';
import { forEachPair, postHocGroups } from './pairwise.ts';
import { studentizedRangeQuantile, studentizedRangeUpperTail } from './studentized-range.ts';
import { mean } from './summary.ts';
import { failure, joinNotes, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface TukeyPair {
  group1: Level;
  group2: Level;
  meanDiff: number;
  se: number;
  p: number;
  ciLower: number;
  ciUpper: number;
}

export interface TukeyHsdResult {
  n: number;
  missing: number;
  dfError: number;
  msError: number;
  qCritical: number;
  pairs: TukeyPair[];
  note?: string;
}

export function tukeyHsd(
  value: NumericInput,
  group: GroupInput,
  options: { levels?: readonly Level[] } = {},
): TukeyHsdResult | StatFailure {
  // SPSS performs no post hoc test when a group has fewer than two cases.
  const g = postHocGroups(value, group, options.levels, 'Tukey’s HSD', 2);
  if ('error' in g) return g;
  const k = g.groups.length;
  const d = onewayDecomposition(g.groups);
  const msError = d.ssWithin / d.df2;
  if (!(msError > 0))
    return failure('zero-variance', 'every value within each group is the same, so the error variance is 0', {
      n: g.n,
      missing: g.missing,
    });
  const qCritical = studentizedRangeQuantile(0.05, k, d.df2);
  const means = g.groups.map((x) => mean(x));
  const pairs = forEachPair(k, (i, j) => {
    const meanDiff = means[i]! - means[j]!;
    const se = Math.sqrt(msError * (1 / g.groups[i]!.length + 1 / g.groups[j]!.length));
    const half = (qCritical / Math.SQRT2) * se;
    return {
      group1: g.levels[i]!,
      group2: g.levels[j]!,
      meanDiff,
      se,
      p: studentizedRangeUpperTail((Math.SQRT2 * Math.abs(meanDiff)) / se, k, d.df2),
      ciLower: meanDiff - half,
      ciUpper: meanDiff + half,
    };
  });
  const out: TukeyHsdResult = { n: g.n, missing: g.missing, dfError: d.df2, msError, qCritical, pairs };
  const note = joinNotes(g.notes);
  if (note) out.note = note;
  return out;
}
