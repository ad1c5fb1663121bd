/**
 * Tables of categorical variables whose test stands in a row of its own, its statistic, df and p
 * in three cells ("| 6.76 | 2 | 0.034 |"), above (or below) the category rows it tests, with no
 * header left to say which test it is (web pages drop a table's header rows, and the statistic's
 * name with them). The layout names it instead: a χ² test of a block of r category rows counted
 * in g groups has (r − 1)(g − 1) df, and a table whose printed df are that for at least two
 * blocks, and for more than half of the blocks, is a table of χ² tests. Every statistic row of
 * it is then a χ² with its printed df (a block whose df misses the layout keeps its printed df:
 * "1.37 | 4 | 0.242" under two rows is checked as χ²(4), whose p is 0.85, not 0.242).
 *
 * Category rows are those ./total-first-share-rows.ts reads (the category's total and share,
 * then each group's count and row share: g groups) and rows of count (share) cells alone (g
 * cells, less one when the first is the sum of the others: a Total column). A variable's name
 * may stand between rows; any other row ends the table. A table that names another test of
 * counts (exact, Fisher's, trend, likelihood ratio) or of means (t, F, ANOVA, Kruskal–Wallis)
 * in the rows read or the few lines above them is left unread.
 */
import type { Extraction, PReport, TestReport } from '../types.ts';
import { addTestsNotYetRead } from './chi-square-blocks.ts';
import { isProse, type PublishedRow, type RowToken } from './published-rows.ts';
import { isStatDfPRow, totalFirstRow } from './total-first-share-rows.ts';

const OTHER_TEST =
  /\bexact\b|\bFisher|\btrend\b|likelihood|\bt[-\s]?tests?\b|\bANOVA\b|\bF[-\s]?tests?\b|Kruskal|Mann|Wilcoxon|\bMcNemar/iu;
/** How far above the table's first row a caption or note naming another test is looked for. */
const ABOVE = 600;

type NumToken = Extract<RowToken, { kind: 'num' }>;

/** The groups' counts of a category row (empty when it is no category row). */
function groupCountsOf(row: PublishedRow): number[] {
  const read = totalFirstRow(row);
  if (read) return read.groups.map((g) => g.count.value);
  const t = row.tokens;
  if (t.length < 2 || isProse(row) || !t.every((x) => x.kind === 'pair')) return [];
  const counts = t.map((x) => (x.kind === 'pair' ? x.count : 0));
  const [first, ...rest] = counts;
  return rest.length >= 2 && rest.reduce((s, c) => s + c, 0) === first ? rest : counts;
}

interface Item {
  row: PublishedRow;
  /** Groups of a category row; 0 for a statistic row. */
  groups: number;
  counts: number[];
}

/** The block of category rows a statistic row tests (those after it, or before it), when it is one. */
function blockOf(items: Item[], at: number, step: 1 | -1): Item[] | null {
  const block: Item[] = [];
  for (let k = at + step; k >= 0 && k < items.length && items[k]!.groups > 0; k += step) block.push(items[k]!);
  if (block.length < 2 || block.some((b) => b.groups !== block[0]!.groups)) return null;
  return block;
}

/** The df a statistic row's block gives, or null. */
function layoutDf(items: Item[], at: number, step: 1 | -1): number | null {
  const block = blockOf(items, at, step);
  return block ? (block.length - 1) * (block[0]!.groups - 1) : null;
}

function confirms(items: Item[], stats: number[], step: 1 | -1): boolean {
  let fit = 0;
  let blocks = 0;
  for (const at of stats) {
    const df = layoutDf(items, at, step);
    if (df === null) continue;
    blocks++;
    if ((items[at]!.row.tokens[1] as NumToken).num.value === df) fit++;
  }
  return fit >= 2 && 2 * fit > blocks;
}

function testOf(row: PublishedRow): TestReport {
  const [stat, df, p] = row.tokens as [NumToken, NumToken, NumToken];
  const pReport: PReport = { op: p.op, num: p.num, oneTailedLabel: false, start: p.start, end: p.end };
  return {
    kind: 'chi2',
    label: 'χ²',
    op: '=',
    value: stat.num,
    df: [df.num.value],
    p: pReport,
    tails: 'unstated',
    place: { start: stat.start, end: p.end, quoteStart: row.start, quoteEnd: row.end },
    origin: 'table',
  };
}

export function readStatDfPRows(text: string, rows: PublishedRow[], extraction: Extraction): void {
  let items: Item[] = [];
  const close = () => {
    const stats = items.flatMap((it, k) => (it.groups === 0 ? [k] : []));
    const from = items[0]?.row.start ?? 0;
    const to = items[items.length - 1]?.row.end ?? 0;
    const seen = text.slice(Math.max(0, from - ABOVE), to);
    const step = confirms(items, stats, 1) ? 1 : confirms(items, stats, -1) ? -1 : 0;
    if (stats.length >= 2 && !OTHER_TEST.test(seen) && step !== 0) {
      const tests = stats.map((k) => testOf(items[k]!.row));
      addTestsNotYetRead(extraction, tests);
      // Each test whose block gives its printed df, with the block's counts (checks/counts-chi-square.ts).
      stats.forEach((k, j) => {
        const block = blockOf(items, k, step);
        if (block && (block.length - 1) * (block[0]!.groups - 1) === tests[j]!.df![0])
          (extraction.countsChiSquares ??= []).push({ test: tests[j]!, table: block.map((b) => b.counts) });
      });
    }
    items = [];
  };
  for (const row of rows) {
    if (isStatDfPRow(row)) {
      items.push({ row, groups: 0, counts: [] });
      continue;
    }
    const counts = groupCountsOf(row);
    if (counts.length >= 2) items.push({ row, groups: counts.length, counts });
    else if (!row.labelOnly) close();
  }
  close();
}
