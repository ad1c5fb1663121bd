/**
 * Row shares a sentence reading left without a total. A published table whose rows the sentence
 * splitter takes for one long sentence ("… Good knowledge Poor knowledge Sex 94(53.7%) … Below 50
 * years 102(68.9%) 46(31.1%) 1 …") is read by the sentence reader first: its pairs, with their %
 * signs, make one list that adds up to no 100 and states no total (or only the caption's n, which
 * most of them contradict), so every share is left not checkable, and the table's row readers
 * leave pairs a sentence took alone.
 *
 * Such pairs are given back to the table's rows only where the rows prove themselves a table of
 * row percentages (./unmarked-row-share-tables.ts: three rows or more, two thirds of them, whose
 * shares add up to 100 and are each its count's share of the row's sum): each such row is read
 * against its sum, and a row of it with one misprinted share too; the list keeps the rest.
 */
import { addsTo100, matches } from '../checks/percentages.ts';
import type { PercentGroup } from '../types.ts';
import type { PairToken as Pair, PublishedRow } from './published-rows.ts';
import { withoutNumericLabel } from './numeric-labels.ts';
import { isMisprintedRowShareRow, isRowShareRow, unmarkedRowShareRows } from './unmarked-row-share-tables.ts';

/**
 * A list with no total: none stated, none printed with a pair, its shares not adding up to 100;
 * or one whose only stated total (a caption's "n = 240" run into the rows) most of its shares,
 * three at least, contradict — the check would leave them not checkable (checks/doubtful-totals.ts).
 */
function hasNoTotal(g: PercentGroup): boolean {
  if (g.paragraphSample !== undefined || g.fewerCasesThan !== undefined || g.pairs.some((p) => p.ownTotal !== null))
    return false;
  if (g.statedTotals.length === 1 && g.totalSource === undefined) {
    const n = g.statedTotals[0]!;
    const bad = g.pairs.filter((p) => !matches(p.count, n, p.pct)).length;
    return bad >= 3 && 2 * bad > g.pairs.length;
  }
  return g.statedTotals.length === 0 && !addsTo100(g.pairs.map((p) => p.pct));
}

/**
 * The row-share groups read from rows whose every pair a list without a total took, and the
 * groups with those pairs taken out of their lists (a list left empty is dropped).
 */
export function rowSharesOfUnresolvedLists(
  text: string,
  rows: PublishedRow[],
  groups: PercentGroup[],
): { read: PercentGroup[]; groups: PercentGroup[] } {
  const unresolved = new Set(groups.filter(hasNoTotal).flatMap((g) => g.pairs.map((p) => p.pct.start)));
  if (unresolved.size === 0) return { read: [], groups };
  const candidates = new Map<PublishedRow, Pair[]>();
  for (const row of rows) {
    const pairs = row.tokens.filter((t): t is Pair => t.kind === 'pair');
    if (pairs.length >= 2 && pairs.every((p) => unresolved.has(p.pct.start)))
      candidates.set(row, withoutNumericLabel(row.label, pairs, text));
  }
  const read: PercentGroup[] = [];
  for (const [row, pairs] of unmarkedRowShareRows(rows, candidates)) {
    const source = isRowShareRow(pairs) ? 'rowSum' : isMisprintedRowShareRow(pairs) ? 'rowSumInTable' : null;
    if (!source) continue;
    const n = pairs.reduce((s, p) => s + p.count, 0);
    const place = { start: row.start, end: row.end, quoteStart: row.start, quoteEnd: row.end };
    for (const p of pairs)
      read.push({
        pairs: [{ count: p.count, countStart: p.countStart, pct: p.pct, ownTotal: null }],
        statedTotals: [n],
        totalSource: source,
        place,
        para: -1,
      });
  }
  const taken = new Set(read.flatMap((g) => g.pairs.map((p) => p.pct.start)));
  const rest = groups
    .map((g) =>
      g.pairs.some((p) => taken.has(p.pct.start)) ? { ...g, pairs: g.pairs.filter((p) => !taken.has(p.pct.start)) } : g,
    )
    .filter((g) => g.pairs.length > 0);
  return { read, groups: rest };
}
