/**
 * Cross tables of published articles whose rows print the category's total first, with its
 * share of the whole, then each group's count with its share of the row: "| 933 | 62.2 | 672 |
 * 72.0 | 261 | 28.0 |" (933 of 1500 people; 672 and 261 of the 933). The mirror of
 * ./row-total-share-rows.ts, whose Total column comes last, and read on the same evidence:
 * every row's group counts add up exactly to its first count and its group shares to 100 within
 * a point; three rows or more with as many groups, at least two thirds of them with every group
 * share fitting the row's total; the total's shares held to the sum of a block of rows whose
 * total shares add up to 100 (one variable's categories), when all but one of them fit it or two
 * blocks share that sum. Rows come from ./published-rows.ts (pipe cells, space-separated
 * columns, one cell per line); a row of a test's statistic, df and p ("| 6.76 | 2 | 0.034 |") or
 * a variable's name may stand between a table's rows, anything else ends the table.
 */
import type { Num, PercentGroup } from '../types.ts';
import { isProse, type PublishedRow, type RowToken } from './published-rows.ts';
import { groupsOf, rowFits, type Row } from './row-total-share-rows.ts';

const MAX_GROUPS = 4;
const MIN_ROWS = 3;

type NumToken = Extract<RowToken, { kind: 'num' }>;
const isNum = (t: RowToken): t is NumToken => t.kind === 'num' && t.op === '=';
const isCount = (t: NumToken) => t.num.decimals === 0;
/** A share carries decimals: a bare whole number beside a count may be another count. */
const isShare = (t: NumToken) => t.num.decimals > 0 && t.num.value <= 100;

/** A row of k groups' pairs after its total's pair, or null. */
export function totalFirstRow(row: PublishedRow): Row | null {
  const t = row.tokens;
  if (t.length < 6 || t.length % 2 !== 0 || t.length > 2 * (MAX_GROUPS + 1) || isProse(row)) return null;
  if (!t.every(isNum)) return null;
  const pairs: { count: Num; pct: Num }[] = [];
  for (let i = 0; i < t.length; i += 2) {
    const c = t[i] as NumToken;
    const p = t[i + 1] as NumToken;
    if (!isCount(c) || !isShare(p)) return null;
    pairs.push({ count: c.num, pct: p.num });
  }
  const total = pairs.shift()!;
  if (total.count.value <= 0 || total.pct.value >= 100) return null;
  if (pairs.reduce((s, p) => s + p.count.value, 0) !== total.count.value) return null;
  if (Math.abs(pairs.reduce((s, p) => s + p.pct.value, 0) - 100) > 1 + 1e-9) return null;
  return { groups: pairs, total, lineStart: row.start, lineEnd: row.end };
}

/** A row of a test between the table's rows: a statistic, a whole df and a p. */
export function isStatDfPRow(row: PublishedRow): boolean {
  const t = row.tokens;
  if (t.length !== 3 || !t.every((x) => x.kind === 'num')) return false;
  const [stat, df, p] = t as [NumToken, NumToken, NumToken];
  return (
    stat.op === '=' &&
    stat.num.decimals > 0 &&
    df.op === '=' &&
    df.num.decimals === 0 &&
    df.num.value >= 1 &&
    p.num.value <= 1 &&
    (p.num.decimals > 0 || p.op !== '=')
  );
}

export function readTotalFirstShareRows(rows: PublishedRow[], taken: Set<number>): PercentGroup[] {
  const out: PercentGroup[] = [];
  let table: Row[] = [];
  const close = () => {
    if (table.length >= MIN_ROWS) {
      const fitting = table.filter(rowFits).length;
      if (fitting >= MIN_ROWS && 3 * fitting >= 2 * table.length) out.push(...groupsOf(table));
    }
    table = [];
  };
  for (const row of rows) {
    const read = totalFirstRow(row);
    if (!read) {
      if (!row.labelOnly && !isStatDfPRow(row)) close();
      continue;
    }
    if ([read.total, ...read.groups].some((p) => taken.has(p.pct.start))) {
      close();
      continue;
    }
    if (table.length > 0 && table[0]!.groups.length !== read.groups.length) close();
    table.push(read);
  }
  close();
  return out;
}
