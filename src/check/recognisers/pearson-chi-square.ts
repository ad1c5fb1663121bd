/**
 * Pearson's χ² recomputed from a table of printed counts: what a χ² table's own counts say its
 * statistic is (./chi-square-count-blocks.ts, ../checks/counts-chi-square.ts).
 */

/** Pearson's χ² of a table of counts (no continuity correction), null when a row or column is empty. */
export function pearsonChiSquare(table: number[][]): number | null {
  const rows = table.map((r) => r.reduce((s, c) => s + c, 0));
  const cols = table[0]!.map((_, k) => table.reduce((s, r) => s + r[k]!, 0));
  const n = rows.reduce((s, c) => s + c, 0);
  if (rows.some((r) => r === 0) || cols.some((c) => c === 0)) return null;
  let chi = 0;
  table.forEach((r, i) => {
    r.forEach((c, k) => {
      const e = (rows[i]! * cols[k]!) / n;
      chi += (c - e) ** 2 / e;
    });
  });
  return chi;
}
