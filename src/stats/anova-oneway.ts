/**
 * One-way ANOVA (R: anova(lm(value ~ group))): SSB = Σnᵢ(x̄ᵢ − x̄)², SSW = ΣΣ(x − x̄ᵢ)²,
 * F = MSB/MSW on (k − 1, N − k) df, η² = SSB/SST.
 * Welch's ANOVA (Welch 1951; R: oneway.test(var.equal = FALSE)): wᵢ = nᵢ/sᵢ²,
 * x̃ = Σwᵢx̄ᵢ/Σwᵢ, A = Σwᵢ(x̄ᵢ − x̃)²/(k − 1), Λ = Σ(1 − wᵢ/Σw)²/(nᵢ − 1),
 * F = A/(1 + 2(k − 2)Λ/(k² − 1)), df2 = (k² − 1)/(3Λ).
 * Levene's test centred on the group means (car::leveneTest(center = mean), SPSS).
 */
import { fUpperTail } from './distributions.ts';
import { groupValues, summarizeGroup, type GroupSummary } from './groups.ts';
import { leveneTest, onewayDecomposition, type FTest } from './oneway.ts';
import { mean, variance } from './summary.ts';
import { failure, joinNotes, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface AnovaOnewayResult {
  groups: GroupSummary[];
  n: number;
  missing: number;
  f: number;
  df1: number;
  df2: number;
  p: number;
  ssBetween: number;
  ssWithin: number;
  ssTotal: number;
  msBetween: number;
  msWithin: number;
  etaSquared: number;
  welch: FTest | null;
  levene: FTest | null;
  note?: string;
}

export function anovaOneway(
  value: NumericInput,
  group: GroupInput,
  options: { levels?: readonly Level[] } = {},
): AnovaOnewayResult | StatFailure {
  const g = groupValues(value, group, options.levels);
  if ('error' in g) return g;
  const nonEmpty = g.groups.filter((x) => x.length > 0);
  const k = nonEmpty.length;
  if (k < 2) {
    return failure(
      'group-levels',
      `the group variable has ${k === 0 ? 'no levels' : 'only one level'} with data; ANOVA needs at least 2`,
      { n: g.n, missing: g.missing },
    );
  }
  const d = onewayDecomposition(nonEmpty);
  if (d.df2 < 1)
    return failure('too-few-observations', `${g.n} values in ${k} groups leave no degrees of freedom for error`, {
      n: g.n,
      missing: g.missing,
    });
  if (!(d.ssWithin > 0)) {
    return failure('zero-variance', 'every value within each group is the same, so the F statistic is undefined', {
      n: g.n,
      missing: g.missing,
    });
  }
  const notes: string[] = [];
  if (nonEmpty.length < g.groups.length) notes.push('declared levels without data take no part in the test');
  const msBetween = d.ssBetween / d.df1;
  const msWithin = d.ssWithin / d.df2;
  const f = msBetween / msWithin;
  const welch = welchAnova(nonEmpty);
  if (!welch) notes.push("Welch's ANOVA needs at least 2 values and a non-zero variance in every group");
  const levene = leveneTest(nonEmpty, 'mean');
  if (!levene) notes.push("Levene's test is undefined: the absolute deviations from the group means do not vary");
  const out: AnovaOnewayResult = {
    groups: g.levels.map((l, i) => summarizeGroup(l, g.groups[i]!)),
    n: g.n,
    missing: g.missing,
    f,
    df1: d.df1,
    df2: d.df2,
    p: fUpperTail(f, d.df1, d.df2),
    ssBetween: d.ssBetween,
    ssWithin: d.ssWithin,
    ssTotal: d.ssTotal,
    msBetween,
    msWithin,
    etaSquared: d.ssBetween / d.ssTotal,
    welch,
    levene,
  };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}

/** Welch's heteroscedastic one-way ANOVA; null when a group has n < 2 or zero variance. */
export function welchAnova(groups: Float64Array[]): FTest | null {
  const k = groups.length;
  const w: number[] = [];
  const m: number[] = [];
  for (const x of groups) {
    if (x.length < 2) return null;
    const mi = mean(x);
    const vi = variance(x, mi);
    if (!(vi > 0)) return null;
    w.push(x.length / vi);
    m.push(mi);
  }
  const sw = w.reduce((a, b) => a + b, 0);
  const mw = w.reduce((a, wi, i) => a + wi * m[i]!, 0) / sw;
  let a = 0;
  let lambda = 0;
  for (let i = 0; i < k; i++) {
    a += w[i]! * (m[i]! - mw) * (m[i]! - mw);
    const t = 1 - w[i]! / sw;
    lambda += (t * t) / (groups[i]!.length - 1);
  }
  a /= k - 1;
  const f = a / (1 + (2 * (k - 2) * lambda) / (k * k - 1));
  const df2 = (k * k - 1) / (3 * lambda);
  return { f, df1: k - 1, df2, p: fUpperTail(f, k - 1, df2) };
}
