/**
 * A run of statistics followed by a run of p's, nothing else between: "F(2, 18) = 92.07 and
 * F(2, 18) = 4.27, p < .001 and p = .031, respectively", or a table stored one cell a line whose
 * row gives every column's F and then every column's p ("F = 92.066 | F = 43.408 | … | p = 0.001
 * | p = 0.022 | …"). The k-th p belongs to the k-th statistic. Read as prose, the first p went to
 * the last statistic, and a correct F(2, 18) = 4.27 (p = .030) was flagged against p < .001.
 * When the two runs differ in length, which p is whose is not known, and none is given.
 */

interface Taker {
  kind: string;
  at: number;
}

/** For each p in a run of two or more after a run of two or more statistics: its statistic, or null. */
export function pRunsAfterStatistics<T extends Taker, P extends { start: number }>(
  takers: T[],
  ps: P[],
): Map<P, T | null> {
  const events = [
    ...takers.map((t) => ({ at: t.at, taker: t as T | null, p: null as P | null })),
    ...ps.map((p) => ({ at: p.start, taker: null as T | null, p: p as P | null })),
  ].sort((a, b) => a.at - b.at);
  const out = new Map<P, T | null>();
  let i = 0;
  while (i < events.length) {
    const tests: T[] = [];
    let j = i;
    while (j < events.length && events[j]!.taker?.kind === 'test') tests.push(events[j++]!.taker!);
    const run: P[] = [];
    while (j < events.length && events[j]!.p) run.push(events[j++]!.p!);
    if (tests.length >= 2 && run.length >= 2)
      run.forEach((p, k) => out.set(p, tests.length === run.length ? tests[k]! : null));
    i = j > i ? j : i + 1;
  }
  return out;
}
