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
 * it) or when a row does not have one pair per group, or a count exceeds its group's n.
 */
export function columnShares(sentence: string, base: number, pairs: CountPct[], lang: Lang): ColumnShares[] | null {
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
  for (const l of lines) {
    const row = pairs
      .filter((p) => p.countStart >= l.start && p.countStart < l.end)
      .sort((a, b) => a.countStart - b.countStart);
    if (row.length === 0) continue;
    if (row.length !== totals.length) return null;
    row.forEach((p, k) => columns[k]!.pairs.push(p));
  }
  if (columns.some((c) => c.pairs.some((p) => p.count > c.total))) return null;
  return columns;
}
