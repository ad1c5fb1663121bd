/**
 * McNemar's test for paired binary data (McNemar 1947; R: mcnemar.test(table(x, y))):
 * b = #(x = 0, y = 1), c = #(x = 1, y = 0); χ² = (|b − c| − 1)²/(b + c) on 1 df, and
 * 0 when b = c (R skips the correction then). exactP is the two-sided binomial p
 * min(1, 2·P(Bin(b + c, ½) ≤ min(b, c))) (binom.test; SPSS CROSSTABS).
 * Without discordant pairs (b + c = 0) the test is undefined: statistic, p and exactP are null.
 */
import { crosstab } from './crosstab.ts';
import { binomialLowerTail, chiSquareUpperTail } from './distributions.ts';
import { failure, type GroupInput, type Level, type StatFailure } from './types.ts';

export interface McnemarResult {
  n: number;
  missing: number;
  levels: Level[];
  table: number[][];
  b: number;
  c: number;
  statistic: number | null;
  df: number;
  p: number | null;
  exactP: number | null;
  note?: string;
}

export function mcnemar(
  x: GroupInput,
  y: GroupInput,
  options: { levels?: readonly [Level, Level] } = {},
): McnemarResult | StatFailure {
  const levels = options.levels ?? [0, 1];
  const tab = crosstab(x, y, levels, levels);
  if ('error' in tab) {
    return failure(
      tab.error.code === 'group-levels' ? 'invalid-values' : tab.error.code,
      `${tab.error.message}; McNemar's test needs two binary (${levels.join('/')}) variables`,
    );
  }
  const table = tab.counts;
  const b = table[0]![1]!;
  const c = table[1]![0]!;
  if (tab.n === 0)
    return failure('too-few-observations', 'there are no complete pairs', { n: 0, missing: tab.missing });
  const out: McnemarResult = {
    n: tab.n,
    missing: tab.missing,
    levels: [...levels],
    table,
    b,
    c,
    statistic: null,
    df: 1,
    p: null,
    exactP: null,
  };
  if (b + c === 0) {
    out.note = 'no discordant pairs: the test is undefined';
    return out;
  }
  const statistic = b === c ? 0 : (Math.abs(b - c) - 1) ** 2 / (b + c);
  out.statistic = statistic;
  out.p = chiSquareUpperTail(statistic, 1);
  out.exactP = Math.min(1, 2 * binomialLowerTail(Math.min(b, c), b + c, 0.5));
  return out;
}
