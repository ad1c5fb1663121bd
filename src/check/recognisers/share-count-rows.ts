/**
 * Tables that print each outcome as a row of shares and, below it, a row of counts, under a row
 * of group sizes (pipe cells, statistic cells between the groups):
 *
 *     N | 477 | 122 | 17 | 439 | 177 | ||
 *     Depression, % | 72.7% | 45.1% | 94.1% | χ²(2;616) = 39.616; | 66.5% | 71.2% | χ²(1;616) = 1.262; |
 *     (n) | 347 | 55 | 16 | p < 0.001 | 292 | 126 | p = 0.261 |
 *
 * The k-th share of a row is the k-th count of the row beside it (labelled "(n)" or "n") over
 * the k-th group size. A cell with a letter, `=` or `<` is a statistic and holds no place.
 *
 * Rows analysed with fewer cases than the groups' sizes (missing answers: the χ²'s n says 608 of
 * 616) have shares of smaller, unprinted totals. So a share that misses its group size is judged
 * only when no total up to that size gives it (279 of 477 printed 57.0%: 57.0% of anything is 279
 * only for 489 or 490 people, more than the group has); a row with a share that a smaller total
 * could give is not checkable, every share of it (its totals are not printed). The table is read only when at least half of the shares it
 * would judge fit their group sizes, three at least, so the sizes row is the right one.
 */
import { matches } from '../checks/percentages.ts';
import type { CountPct, Lang, Num, PercentGroup } from '../types.ts';
import { parseNum } from './numbers.ts';
import { type PipeCell, pipeCells } from './pipe-cells.ts';
import { aboveSize } from './missing-data-shares.ts';

const SIZES_LABEL = /^(?:n|total\s+n|total|sample\s+size)$/i;
const COUNTS_LABEL = /^\(\s*n\s*\)$|^n$/i;
const SHARES_LABEL = /(?:,\s*%|\(\s*%\s*\)|\s%)$/u;
const WHOLE = /^\d{1,6}$/u;
const SHARE = /^(\d{1,3}(?:\.\d+)?)\s*(%?)$/u;
/** A statistic's cell ("χ²(2;616) = 39.616;", "p < 0.001"): no place among the groups. */
const STATISTIC = /[\p{L}=<>]/u;

interface Line {
  label: string;
  values: PipeCell[];
  start: number;
  end: number;
}

function lineOf(line: string, base: number): Line | null {
  if (!line.includes('|')) return null;
  const cells = pipeCells(line, base);
  if (cells.length < 3) return null;
  const [label, ...rest] = cells;
  return {
    label: label!.text,
    values: rest.filter((c) => !STATISTIC.test(c.text)),
    start: base,
    end: base + line.length,
  };
}

function shares(line: Line): Num[] | null {
  const labelled = SHARES_LABEL.test(line.label);
  const out: Num[] = [];
  for (const c of line.values) {
    const m = SHARE.exec(c.text);
    if (!m || (!m[2] && !labelled)) return null;
    const n = parseNum(m[1]!, c.start);
    if (!n || n.value > 100) return null;
    out.push(n);
  }
  return out;
}

function counts(line: Line): Num[] | null {
  if (!COUNTS_LABEL.test(line.label) || !line.values.every((c) => WHOLE.test(c.text))) return null;
  return line.values.map((c) => parseNum(c.text, c.start)!);
}

export function readShareCountRows(text: string, _lang: Lang, taken: Set<number>): PercentGroup[] {
  const groups: PercentGroup[] = [];
  const lines: (Line | null)[] = [];
  let base = 0;
  for (const raw of text.split('\n')) {
    lines.push(lineOf(raw, base));
    base += raw.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i];
    if (!head || !SIZES_LABEL.test(head.label) || head.values.length < 2) continue;
    if (!head.values.every((c) => WHOLE.test(c.text))) continue;
    const sizes = head.values.map((c) => Number(c.text));
    const width = sizes.length;
    const columns: CountPct[][] = sizes.map(() => []);
    const fewer: { count: number; countStart: number; pct: Num; size: number }[][] = [];
    let judged = 0;
    let fit = 0;
    let j = i + 1;
    for (; j + 1 < lines.length; j++) {
      const a = lines[j];
      const b = lines[j + 1];
      if (!a || !b) break;
      const pcts = shares(a) ?? shares(b);
      const ns = counts(b) ?? counts(a);
      if (!pcts || !ns || pcts.length !== width || ns.length !== width) {
        if (a.values.length === 0) continue;
        break;
      }
      j++;
      const row = pcts.map((pct, k) => ({ count: ns[k]!.value, countStart: ns[k]!.start, pct, size: sizes[k]! }));
      if (row.some((p) => p.count > p.size || taken.has(p.pct.start))) continue;
      const misses = row.filter((p) => !matches(p.count, p.size, p.pct));
      // A share a smaller total could give: the row was analysed with fewer cases, not checkable.
      if (misses.some((p) => !aboveSize(p.count, p.pct, p.size))) {
        fewer.push(row);
        continue;
      }
      judged += row.length;
      fit += row.length - misses.length;
      row.forEach((p, k) =>
        columns[k]!.push({ count: p.count, countStart: p.countStart, pct: p.pct, ownTotal: null, apart: true }),
      );
    }
    if (fit < 3 || 2 * fit < judged) continue;
    for (const row of fewer)
      for (const p of row)
        groups.push({
          pairs: [{ count: p.count, countStart: p.countStart, pct: p.pct, ownTotal: null, apart: true }],
          statedTotals: [p.size],
          fewerCasesThan: p.size,
          place: { start: p.pct.start, end: p.pct.end, quoteStart: head.start, quoteEnd: p.pct.end },
          para: -1,
        });
    columns.forEach((pairs, k) => {
      if (pairs.length === 0) return;
      groups.push({
        pairs,
        statedTotals: [sizes[k]!],
        totalSource: 'column',
        place: {
          start: Math.min(...pairs.map((p) => Math.min(p.countStart, p.pct.start))),
          end: Math.max(...pairs.map((p) => Math.max(p.countStart, p.pct.end))),
          quoteStart: head.start,
          quoteEnd: lines[j - 1]?.end ?? head.end,
        },
        para: -1,
      });
    });
    i = j - 1;
  }
  return groups;
}
