/**
 * A total that most of its shares contradict was misread, not misprinted. When naskah takes one
 * total for many shares of a table (a header's group size, a total row, the row's own sum) and
 * most of them disagree with it, the likelier cause is a layout read wrongly (row percentages
 * under column headers, counts and shares from different columns) than a table of misprints:
 * authors slip on a share or two, not on most of a table. Such shares are not checkable, and
 * the finding says why, instead of a column of false alarms.
 */
import type { CheckContext, Located, ShareBasis } from './check.ts';
import { blockOf, blockStarts } from '../blocks.ts';

/**
 * Sources whose total differs from row to row: the shares of one table are judged together
 * whatever their totals. Other shares are grouped by the total's value, whichever way it was
 * found: one total read for a whole column is doubtful only when most of its shares disagree.
 */
const PER_ROW = new Set<ShareBasis['source']>(['row', 'rowSum', 'rowImplied', 'rowCounts', 'rowSumInTable']);

/** At least this many contradicted shares, and more contradicted than confirmed, make a total doubtful. */
const MIN_CONTRADICTED = 3;

export function withoutDoubtfulTotals(ctx: CheckContext, located: Located[]): Located[] {
  const judged = located.filter(
    (l) =>
      l.share &&
      l.share.source !== 'own' &&
      (l.finding.verdict === 'consistent' || l.finding.verdict === 'inconsistent'),
  );
  if (judged.length < MIN_CONTRADICTED) return located;
  const starts = blockStarts(ctx.source.text);
  const groups = new Map<string, Located[]>();
  const columns = new Map<object, number>();
  for (const l of judged) {
    const s = l.share!;
    const block = blockOf(starts, l.finding.start);
    // Two columns under the same group size are two totals: one may be misread, the other not.
    let column = '';
    if (s.column) {
      if (!columns.has(s.column)) columns.set(s.column, columns.size);
      column = `|c${columns.get(s.column)}`;
    }
    const key = PER_ROW.has(s.source) ? `${block}|row` : `${block}|${s.total}${column}`;
    const g = groups.get(key);
    if (g) g.push(l);
    else groups.set(key, [l]);
  }
  const doubtful = new Map<Located, { bad: number; all: number; total: number | null }>();
  for (const g of groups.values()) {
    // A share cut instead of rounded confirms its total as much as a share that fits.
    const bad = g.filter((l) => l.finding.verdict === 'inconsistent' && !l.share!.nearMiss).length;
    if (bad < MIN_CONTRADICTED || bad <= g.length - bad) continue;
    const total = PER_ROW.has(g[0]!.share!.source) ? null : g[0]!.share!.total;
    for (const l of g) doubtful.set(l, { bad, all: g.length, total });
  }
  if (doubtful.size === 0) return located;
  return located.map((l) => {
    const d = doubtful.get(l);
    if (!d) return l;
    return {
      ...l,
      finding: {
        ...l.finding,
        verdict: 'not-checkable',
        explanation: ctx.m.pctDoubtfulTotal(d.bad, d.all, d.total),
      },
    };
  });
}
