/**
 * The Games–Howell pairwise test (Games & Howell 1976) for unequal variances, as SPSS
 * ONEWAY /POSTHOC=GH and rstatix::games_howell_test: for each pair, se = √(sᵢ²/nᵢ + sⱼ²/nⱼ)
 * with the Welch–Satterthwaite df, t = (x̄ᵢ − x̄ⱼ)/se, p = P(Q_{k,df} > √2·|t|), and
 * CI = (x̄ᵢ − x̄ⱼ) ∓ q₀.₉₅;k,df/√2 · se with the pair's own df.
 */
import { forEachPair, postHocGroups } from './pairwise.ts';
import { studentizedRangeQuantile, studentizedRangeUpperTail } from './studentized-range.ts';
import { mean, variance } from './summary.ts';
import { failure, joinNotes, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface GamesHowellPair {
  group1: Level;
  group2: Level;
  meanDiff: number;
  se: number;
  df: number;
  t: number;
  p: number;
  ciLower: number;
  ciUpper: number;
}

export interface GamesHowellResult {
  n: number;
  missing: number;
  pairs: GamesHowellPair[];
  note?: string;
}

export function gamesHowell(
  value: NumericInput,
  group: GroupInput,
  options: { levels?: readonly Level[] } = {},
): GamesHowellResult | StatFailure {
  const g = postHocGroups(value, group, options.levels, 'the Games–Howell test', 2);
  if ('error' in g) return g;
  const k = g.groups.length;
  const means = g.groups.map((x) => mean(x));
  const vars = g.groups.map((x, i) => variance(x, means[i]!));
  const zero = vars.findIndex((v) => !(v > 0));
  if (zero >= 0 && vars.filter((v) => !(v > 0)).length > 1)
    return failure(
      'zero-variance',
      `the values in group "${String(g.levels[zero])}" and at least one other group are all the same, so a pair has no standard error`,
      { n: g.n, missing: g.missing },
    );
  const pairs = forEachPair(k, (i, j) => {
    const ni = g.groups[i]!.length;
    const nj = g.groups[j]!.length;
    const vi = vars[i]! / ni;
    const vj = vars[j]! / nj;
    const se = Math.sqrt(vi + vj);
    const df = (vi + vj) ** 2 / ((vi * vi) / (ni - 1) + (vj * vj) / (nj - 1));
    const meanDiff = means[i]! - means[j]!;
    const t = meanDiff / se;
    const half = (studentizedRangeQuantile(0.05, k, df) / Math.SQRT2) * se;
    return {
      group1: g.levels[i]!,
      group2: g.levels[j]!,
      meanDiff,
      se,
      df,
      t,
      p: studentizedRangeUpperTail(Math.SQRT2 * Math.abs(t), k, df),
      ciLower: meanDiff - half,
      ciUpper: meanDiff + half,
    };
  });
  const out: GamesHowellResult = { n: g.n, missing: g.missing, pairs };
  const note = joinNotes(g.notes);
  if (note) out.note = note;
  return out;
}
