/**
 * Cross tables pasted flat with row percentages and no Total column: each row a label, then its
 * categories' count–percentage pairs whose percentages add up to 100, perhaps followed by the
 * row's odds ratio, interval and p ("Tidak Bekerja 22 31,0 49 69,0 1,782 0,619 – 5,128 0,403
 * Bekerja 8 44,4 10 55,6"). Indonesian bivariate tables print them so (the outcome's categories
 * side by side, "n % n %"); the row's total is the sum of its counts.
 *
 * Two shares of different totals add up to 100 only by chance, so the reading needs a table of
 * such rows: at least two rows, each within 300 characters of the one before, whose shares
 * (one printed with decimals at least) add up to 100 within their rounding, all of them fitting
 * their row's sum but one row at most (the misprint the check is there to find), and that only
 * when two rows or more fit.
 * Rows another reader took (a row ending in its total and 100, a table block) are left to it.
 */
import type { PercentGroup, TableBlock } from '../types.ts';
import { EPS } from '../rounding.ts';
import { matches } from '../checks/percentages.ts';
import { isHundred, type Pair, pairsAt, sum, tokenize } from './flat-cross-tables.ts';

const MAX_PAIRS = 4;
const ROW_GAP = 300;
/** A letter, then two count–percentage pairs: [whole, the first count onwards]. */
const CANDIDATE = /\p{L}\s+(\d{1,6}\s+\d{1,3}(?:[.,]\d+)?\s+\d{1,6}\s+\d{1,3}(?:[.,]\d+)?)(?![\d.,]*\d)/gu;

interface ShareRow {
  pairs: Pair[];
  start: number;
  end: number;
}

/** The first m ≥ 2 pairs from token i whose shares add up to 100 within their rounding. */
function rowAt(toks: ReturnType<typeof tokenize>, i: number): ShareRow | null {
  for (let m = 2; m <= MAX_PAIRS; m++) {
    const pairs = pairsAt(toks, i, m);
    if (!pairs) return null;
    const pcts = pairs.map((p) => p.pct);
    if (pcts.some((n) => isHundred(n))) return null;
    const total = sum(pcts.map((n) => n.value));
    const slack = sum(pcts.map((n) => n.half)) + EPS;
    if (total > 100 + slack) return null;
    if (Math.abs(total - 100) > slack) continue;
    if (!pcts.some((n) => n.decimals > 0)) return null;
    // A row that goes on with a total and 100 has a Total column: its reader's, or (a total its
    // counts miss) no one's.
    const next = pairsAt(toks, i + 2 * m, 1)?.[0];
    if (next && isHundred(next.pct)) return null;
    return { pairs, start: pairs[0]!.count.start, end: pairs[m - 1]!.pct.end };
  }
  return null;
}

const fits = (row: ShareRow) => {
  const n = sum(row.pairs.map((p) => p.count.value));
  return row.pairs.every((p) => matches(p.count.value, n, p.pct));
};

export function readRowSharePairs(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const rows: ShareRow[] = [];
  let readTo = 0;
  // Only where a label meets two count–percentage pairs (tokenizing the whole text cost 0.1 s a MB).
  for (const m of text.matchAll(CANDIDATE)) {
    const at = m.index! + m[0].length - m[1]!.length;
    if (at < readTo) continue;
    const toks = tokenize(text, Math.max(0, at - 40), Math.min(text.length, at + 20 * (2 * MAX_PAIRS + 1)));
    const i = toks.findIndex((t) => t.kind === 'num' && t.num.start === at);
    if (i < 1 || toks[i - 1]!.kind !== 'word') continue;
    const row = rowAt(toks, i);
    if (!row || inTable(row.start) || row.pairs.some((p) => taken.has(p.pct.start))) continue;
    rows.push(row);
    readTo = row.end;
  }
  const groups: PercentGroup[] = [];
  let table: ShareRow[] = [];
  const close = () => {
    const fitting = table.filter(fits).length;
    if (table.length >= 2 && fitting >= table.length - 1 && fitting >= 2)
      for (const r of table) groups.push(groupOf(r));
    table = [];
  };
  for (const r of rows) {
    const prev = table[table.length - 1];
    if (prev && r.start - prev.end > ROW_GAP) close();
    table.push(r);
  }
  close();
  return groups;
}

function groupOf(row: ShareRow): PercentGroup {
  return {
    pairs: row.pairs.map((p) => ({ count: p.count.value, countStart: p.count.start, pct: p.pct, ownTotal: null })),
    statedTotals: [sum(row.pairs.map((p) => p.count.value))],
    totalSource: 'rowSum',
    place: { start: row.start, end: row.end, quoteStart: row.start, quoteEnd: row.end },
    para: -1,
  };
}
