/**
 * Cross tables whose rows print each group's count with its share of the row, then the row's
 * total: "Male | 129(76.3) | 40(23.7) | 169" (a web table stored one cell per line, or a row on
 * one line). A row is two or more "count (share)" cells followed by a whole number that is the
 * sum of their counts; its shares are read against that total. The sum alone does not say the
 * shares are of the row (column shares beside a Total column have the same counts), so the rows
 * are read only as a table: two rows or more within a few lines of each other, each but one
 * (and at least two thirds of them) with every share fitting its row's total. A row whose shares
 * do not add up to 100 within a point is none of them: its shares are of more people than its
 * printed counts.
 */
import { matches } from '../checks/percentages.ts';
import type { CountPct, Lang, PercentGroup } from '../types.ts';
import { parseCount, parseNum } from './numbers.ts';

/** A count and its share in brackets (a % sign allowed), then what separates cells. */
const PAIR = String.raw`\d{1,3}(?:,\d{3})*\s*\(\s*\d{1,3}(?:[.,]\d{1,2})?\s*%?\s*\)`;
const SEP = String.raw`[ \t|]*\n?[ \t|]*`;
/** Two or more pairs, then the row's total: a whole number standing alone as a cell. */
const ROW = new RegExp(
  String.raw`(?<![\d.,(])((?:${PAIR}${SEP}(?=\d)){2,})(\d{1,3}(?:,\d{3})*|\d+)(?=[ \t]*(?:\||\n|$))`,
  'gu',
);
const ONE_PAIR = /(\d{1,3}(?:,\d{3})*)\s*\(\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%?\s*\)/gu;
/** Characters between two rows of one table (the next row's labels, the p of a variable). */
const NEAR = 200;

interface Row {
  pairs: CountPct[];
  total: number;
  start: number;
  end: number;
}

export function readSharesBeforeRowTotal(text: string, lang: Lang, taken: Set<number>): PercentGroup[] {
  const rows: Row[] = [];
  for (const m of text.matchAll(ROW)) {
    const pairs: CountPct[] = [];
    for (const p of m[1]!.matchAll(ONE_PAIR)) {
      const at = m.index! + p.index!;
      const count = parseCount(p[1]!, lang);
      const pct = parseNum(p[2]!, at + p[0].indexOf(p[2]!, p[1]!.length));
      if (count === null || !pct || pct.value > 100) break;
      pairs.push({ count, countStart: at, pct, ownTotal: null });
    }
    const total = parseCount(m[2]!, lang);
    if (total === null || total === 0 || pairs.length < 2) continue;
    if (pairs.reduce((s, p) => s + p.count, 0) !== total) continue;
    if (pairs.some((p) => taken.has(p.pct.start))) continue;
    // Shares of the row add up to 100; shares that do not are of more than the printed counts
    // (a category not shown, answers missing), whose total the row does not give.
    const sum = pairs.reduce((s, p) => s + p.pct.value, 0);
    if (Math.abs(sum - 100) > 1 + pairs.reduce((s, p) => s + p.pct.half, 0)) continue;
    rows.push({ pairs, total, start: m.index!, end: m.index! + m[0].length });
  }
  const groups: PercentGroup[] = [];
  let table: Row[] = [];
  const close = () => {
    const fitting = table.filter((r) => r.pairs.every((p) => matches(p.count, r.total, p.pct))).length;
    if (table.length >= 2 && fitting >= table.length - 1 && 3 * fitting >= 2 * table.length)
      for (const r of table)
        groups.push({
          pairs: r.pairs,
          statedTotals: [r.total],
          totalSource: 'row',
          place: { start: r.start, end: r.end, quoteStart: r.start, quoteEnd: r.end },
          para: -1,
        });
    table = [];
  };
  for (const r of rows) {
    const prev = table[table.length - 1];
    if (prev && r.start - prev.end > NEAR) close();
    table.push(r);
  }
  close();
  return groups;
}
