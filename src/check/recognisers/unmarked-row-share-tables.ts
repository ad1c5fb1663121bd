/**
 * Tables of row percentages whose header does not say its cells are n (%): "Stunted | Not
 * stunted" over rows "101 (46.3) | 117 (53.7)", the odds ratios after them. ./row-shares.ts reads
 * a bare "count (share)" cell only under such a header, since "35 (10)" may as well be a mean and
 * its SD; but a row whose every share is its count's share of the row's sum, the shares adding up
 * to 100, says what its cells are, and a table of such rows is one of row percentages.
 *
 * - A table (rows with two pairs or more, fewer than ten rows apart) is taken when at least three
 *   of its rows, and two thirds of them, are such rows.
 * - In a table of row percentages, a row whose shares miss 100 by two points at most, each share
 *   but one being its count's share of the row's sum, is a row of it with one share misprinted
 *   ("299 (57.8) | 218 (41.2)": 299/517 = 57.83, 218/517 = 42.17), read against that sum too.
 */
import { addsTo100, matches } from '../checks/percentages.ts';
import type { PublishedRow, PairToken as Pair } from './published-rows.ts';

const MIN_ROWS = 3;
const TABLE_GAP = 10;
const MISPRINT_POINTS = 2;

const sumOf = (pairs: Pair[]) => pairs.reduce((s, p) => s + p.count, 0);

/** Each share its count's share of the row's sum, the shares adding up to 100. */
export function isRowShareRow(pairs: Pair[]): boolean {
  if (pairs.length < 2 || !addsTo100(pairs.map((p) => p.pct))) return false;
  const n = sumOf(pairs);
  return pairs.every((p) => matches(p.count, n, p.pct));
}

/** Of the rows whose bare pairs no header calls n (%), those of tables of row percentages, with their pairs. */
export function unmarkedRowShareRows(
  rows: PublishedRow[],
  candidates: Map<PublishedRow, Pair[]>,
): Map<PublishedRow, Pair[]> {
  const out = new Map<PublishedRow, Pair[]>();
  let table: PublishedRow[] = [];
  let last = -Infinity;
  const close = () => {
    const fitting = table.filter((r) => isRowShareRow(candidates.get(r)!)).length;
    if (fitting >= MIN_ROWS && 3 * fitting >= 2 * table.length) for (const r of table) out.set(r, candidates.get(r)!);
    table = [];
  };
  rows.forEach((row, i) => {
    if ((candidates.get(row)?.length ?? 0) < 2) return;
    if (i - last >= TABLE_GAP) close();
    table.push(row);
    last = i;
  });
  close();
  return out;
}

/** A row of a table of row percentages with one share misprinted (see the file comment). */
export function isMisprintedRowShareRow(pairs: Pair[]): boolean {
  if (pairs.length < 2) return false;
  const total = pairs.reduce((s, p) => s + p.pct.value, 0);
  if (Math.abs(total - 100) > MISPRINT_POINTS) return false;
  const n = sumOf(pairs);
  return pairs.filter((p) => !matches(p.count, n, p.pct)).length === 1;
}
