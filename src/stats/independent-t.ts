/**
 * Independent-samples t test, group 1 − group 2 (R: t.test(x1, x2, var.equal = TRUE) and
 * t.test(x1, x2)).
 * Student: pooled s_p² = ((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2), SE = s_p√(1/n₁ + 1/n₂).
 * Welch: SE = √(s₁²/n₁ + s₂²/n₂), Welch–Satterthwaite df = SE⁴/Σ((sᵢ²/nᵢ)²/(nᵢ−1)).
 * Levene (mean-centred, SPSS) and Brown–Forsythe (median-centred, car's default).
 * Cohen's d = (x̄₁ − x̄₂)/s_p; Hedges' g = d·J with the exact
 * J = Γ(df/2)/(√(df/2)·Γ((df−1)/2)) (Hedges 1981; effectsize::hedges_g) and the usual
 * approximation J ≈ 1 − 3/(4df − 1) (SPSS).
 */
import { tQuantile, tTwoSided } from './distributions.ts';
import { summarizeGroup, twoGroups, type GroupSummary } from './groups.ts';
import { leveneTest, type FTest } from './oneway.ts';
import { logGamma } from './special.ts';
import { mean, variance } from './summary.ts';
import { failure, joinNotes, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface IndependentTResult {
  groups: GroupSummary[];
  n: number;
  missing: number;
  student: { t: number; df: number; p: number; meanDiff: number; seDiff: number; ciLower: number; ciUpper: number };
  welch: { t: number; df: number; p: number; seDiff: number; ciLower: number; ciUpper: number };
  levene: FTest | null;
  brownForsythe: FTest | null;
  cohensD: number;
  hedgesG: number;
  hedgesGApprox: number;
  note?: string;
}

/** Exact small-sample correction J(df) of Hedges (1981). */
export function hedgesJ(df: number): number {
  return Math.exp(logGamma(df / 2) - logGamma((df - 1) / 2)) / Math.sqrt(df / 2);
}

export function independentT(
  value: NumericInput,
  group: GroupInput,
  options: { levels?: readonly Level[] } = {},
): IndependentTResult | StatFailure {
  const g = twoGroups(value, group, options.levels, 2);
  if ('error' in g) return g;
  const [x1, x2] = g.groups as [Float64Array, Float64Array];
  const n1 = x1.length;
  const n2 = x2.length;
  const m1 = mean(x1);
  const m2 = mean(x2);
  const v1 = variance(x1, m1);
  const v2 = variance(x2, m2);
  const df = n1 + n2 - 2;
  const pooledVar = ((n1 - 1) * v1 + (n2 - 1) * v2) / df;
  if (!(pooledVar > 0)) {
    return failure('zero-variance', 'every value within each group is the same, so the t statistic is undefined', {
      n: g.n,
      missing: g.missing,
    });
  }
  const notes: string[] = [];
  const meanDiff = m1 - m2;
  const sp = Math.sqrt(pooledVar);
  const seStudent = sp * Math.sqrt(1 / n1 + 1 / n2);
  const tStudent = meanDiff / seStudent;
  const halfStudent = tQuantile(0.975, df) * seStudent;

  const a1 = v1 / n1;
  const a2 = v2 / n2;
  // Positive because the pooled variance is: at least one group varies.
  const seWelch = Math.sqrt(a1 + a2);
  const dfWelch = ((a1 + a2) * (a1 + a2)) / ((a1 * a1) / (n1 - 1) + (a2 * a2) / (n2 - 1));
  const tWelch = meanDiff / seWelch;
  const halfWelch = tQuantile(0.975, dfWelch) * seWelch;
  const welch = {
    t: tWelch,
    df: dfWelch,
    p: tTwoSided(tWelch, dfWelch),
    seDiff: seWelch,
    ciLower: meanDiff - halfWelch,
    ciUpper: meanDiff + halfWelch,
  };
  const levene = leveneTest(g.groups, 'mean');
  const brownForsythe = leveneTest(g.groups, 'median');
  if (!levene) notes.push("Levene's test is undefined: the absolute deviations from the group means do not vary");
  if (!brownForsythe)
    notes.push('the Brown–Forsythe test is undefined: the absolute deviations from the group medians do not vary');
  const cohensD = meanDiff / sp;
  const out: IndependentTResult = {
    groups: g.levels.map((l, i) => summarizeGroup(l, g.groups[i]!)),
    n: g.n,
    missing: g.missing,
    student: {
      t: tStudent,
      df,
      p: tTwoSided(tStudent, df),
      meanDiff,
      seDiff: seStudent,
      ciLower: meanDiff - halfStudent,
      ciUpper: meanDiff + halfStudent,
    },
    welch,
    levene,
    brownForsythe,
    cohensD,
    hedgesG: cohensD * hedgesJ(df),
    hedgesGApprox: cohensD * (1 - 3 / (4 * df - 1)),
  };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}
