/**
 * Tables whose statistics fill one line and their p's the next line, in the same column order
 * ("F(2,3442) = 19.97 F(1,1720) = 5.71 t(1720) = −4.5\np = 2.4 × 10−9 p = 0.017 p = 7.4 × 10−6",
 * or a pipe row of χ²'s above the row of their p's, other cells between):
 * the k-th p of the lower line belongs to the k-th statistic of the upper line. Read as prose, the
 * first p of the lower line would go to the last statistic of the upper one and the others to
 * nobody. When the two lines do not hold as many p's as statistics, the column order is unknown
 * and the lower line's p's are given to no statistic.
 */

interface At {
  start: number;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/**
 * For each p on a line of p's below a line of statistics: the statistic it belongs to, or null
 * when it cannot be told. p's elsewhere are not in the map.
 */
export function pRowsBelow<T extends At, P extends At>(text: string, tests: T[], ps: P[]): Map<P, T | null> {
  const out = new Map<P, T | null>();
  const testsByLine = new Map<number, T[]>();
  for (const t of tests) {
    const at = lineStart(text, t.start);
    testsByLine.set(at, [...(testsByLine.get(at) ?? []), t]);
  }
  const psByLine = new Map<number, P[]>();
  for (const p of ps) {
    const at = lineStart(text, p.start);
    psByLine.set(at, [...(psByLine.get(at) ?? []), p]);
  }
  for (const [at, lower] of psByLine) {
    if (lower.length < 2 || testsByLine.has(at)) continue;
    // The line starts with its first p, or is a table row ("(n) | 347 | 55 | p < 0.001 | 292 |
    // p = 0.261 |"): a row of p's, not a sentence that cites one.
    const lineEnd = text.indexOf('\n', at);
    const isRow = /[|\t]/.test(text.slice(at, lineEnd < 0 ? text.length : lineEnd));
    if (!isRow && text.slice(at, lower[0]!.start).trim() !== '') continue;
    if (at < 2) continue;
    const upperAt = lineStart(text, at - 1);
    const upper = testsByLine.get(upperAt);
    if (!upper || upper.length < 2 || psByLine.has(upperAt)) continue;
    lower.forEach((p, k) => out.set(p, upper.length === lower.length ? upper[k]! : null));
  }
  return out;
}
