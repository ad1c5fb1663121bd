/**
 * Group sizes printed in a table's header and the shares under them: "Variables Intervention
 * (n = 186) Control (n = 276) p", then rows "Male 75 (40.3%) 94 (34.1%) 0.170". The k-th share
 * of each row is of the k-th group's n, not of a single total of the sentence (which made
 * every intervention share read as a share of the control group's 276).
 */
import type { CountPct, Lang } from '../types.ts';
import { parseCount } from './numbers.ts';

const HEADER_N = /\(\s*[nN]\s*=\s*(\d{1,3}(?:[.,]\d{3})+|\d+)\s*\)/gu;

export interface ColumnShares {
  total: number;
  pairs: CountPct[];
}

/**
 * The pairs of `sentence` (offsets from `base`) split by the group sizes of a header line before
 * them, or null when there is no such header (two or more "(n = …)" on one line with no pair on
 * it) or when a row does not have one pair per group, or a count exceeds its group's n; the
 * rows themselves when they are row percentages.
 */
export function columnShares(
  sentence: string,
  base: number,
  pairs: CountPct[],
  lang: Lang,
): ColumnShares[] | { rows: CountPct[][] } | null {
  if (pairs.length < 2) return null;
  let lineStart = 0;
  const lines: { start: number; end: number }[] = [];
  for (const line of sentence.split('\n')) {
    lines.push({ start: base + lineStart, end: base + lineStart + line.length });
    lineStart += line.length + 1;
  }
  const firstPair = Math.min(...pairs.map((p) => p.countStart));
  const header = lines.find(
    (l) => l.end <= firstPair && [...sentence.slice(l.start - base, l.end - base).matchAll(HEADER_N)].length >= 2,
  );
  if (!header) return null;
  const totals: number[] = [];
  for (const m of sentence.slice(header.start - base, header.end - base).matchAll(HEADER_N)) {
    const n = parseCount(m[1]!, lang);
    if (n === null || n <= 0) return null;
    totals.push(n);
  }
  const columns: ColumnShares[] = totals.map((total) => ({ total, pairs: [] }));
  const rows: CountPct[][] = [];
  for (const l of lines) {
    const row = pairs
      .filter((p) => p.countStart >= l.start && p.countStart < l.end)
      .sort((a, b) => a.countStart - b.countStart);
    if (row.length === 0) continue;
    if (row.length === totals.length) row.forEach((p, k) => columns[k]!.pairs.push(p));
    else {
      // "Missing (%) | 0 | 28 (16%) |": a group's cell holds a bare count with no share; the
      // pairs take their columns from the cells, when the row has one filled cell per group.
      const at = pipeColumns(sentence.slice(l.start - base, l.end - base), l.start, row, totals.length);
      if (!at) return null;
      row.forEach((p, k) => columns[at[k]!]!.pairs.push(p));
    }
    rows.push(row);
  }
  // Row percentages under a header of group sizes ("DM (n=112) | Non-DM (n=1022)", rows
  // "70(11.5%) | 538(88.5%)"): when at least two thirds of the rows give each count's share of
  // the row's own sum, the header's n is not their denominator: each row is read on its own.
  if (rows.filter(sharesOfRowSum).length * 3 >= rows.length * 2) return { rows };
  if (columns.some((c) => c.pairs.some((p) => p.count > c.total))) return null;
  return columns;
}

/** Each share is its count over the sum of the row's counts, at the share's printed precision. */
function sharesOfRowSum(row: CountPct[]): boolean {
  const sum = row.reduce((a, p) => a + p.count, 0);
  return (
    sum > 0 && row.every((p) => Math.abs((100 * p.count) / sum - p.pct.value) <= 0.5 * 10 ** -p.pct.decimals + 1e-9)
  );
}

/**
 * The group column of each pair of a pipe-table row whose cells after the label are one per
 * group ("Missing (%) | 0 | 28 (16%) |" → the pair is the second group's), or null.
 */
function pipeColumns(line: string, lineStart: number, row: CountPct[], groups: number): number[] | null {
  if (!line.includes('|')) return null;
  const cells: { start: number; end: number }[] = [];
  let from = 0;
  for (const part of line.split('|')) {
    if (part.trim() !== '') cells.push({ start: lineStart + from, end: lineStart + from + part.length });
    from += part.length + 1;
  }
  const data = cells.slice(1);
  if (data.length !== groups) return null;
  const at = row.map((p) => data.findIndex((c) => p.countStart >= c.start && p.countStart < c.end));
  return at.every((k) => k >= 0) && new Set(at).size === at.length ? at : null;
}
