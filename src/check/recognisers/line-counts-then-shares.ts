/**
 * Tables stored one cell per line whose rows print their counts first and then their shares,
 * each share with its % sign (a questionnaire's "Response | % Response" columns):
 *
 *     Boys are more interested in Biology than girls
 *     49
 *     51
 *     49%
 *     51%
 *
 * A row is a line with a letter, then two or more lines of one whole number each, then as many
 * lines of one percentage each, and no further percentage line. Its shares are of the sum of its
 * counts when they add up to 100 within their rounding. Two such shares could add up to 100 and
 * still be of other totals, so the rows are read only as a table: two rows or more within a few
 * lines of each other whose shares add up to 100, each fitting its counts but one row at most.
 */
import { matches } from '../checks/percentages.ts';
import type { CountPct, Lang, Num, PercentGroup } from '../types.ts';
import { parseCount, parseNum } from './numbers.ts';

const SHARE_LINE = /^(\d{1,3}(?:[.,]\d{1,2})?)\s*%$/u;
const LETTER = /\p{L}/u;
/** Lines between two rows of one table (an item number, a blank line). */
const NEAR = 4;

interface Row {
  pairs: CountPct[];
  start: number;
  end: number;
  first: number;
  last: number;
}

export function readLineCountsThenShares(text: string, lang: Lang, taken: Set<number>): PercentGroup[] {
  const lines: { text: string; start: number }[] = [];
  let base = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    lines.push({ text: raw.trim(), start: base + lead });
    base += raw.length + 1;
  }
  const rows: Row[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!LETTER.test(lines[i]!.text)) continue;
    const counts: { value: number; start: number }[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const value = parseCount(lines[j]!.text, lang);
      if (value === null) break;
      counts.push({ value, start: lines[j]!.start });
    }
    const shares: Num[] = [];
    for (; j < lines.length && shares.length <= counts.length; j++) {
      const m = SHARE_LINE.exec(lines[j]!.text);
      if (!m) break;
      const pct = parseNum(m[1]!, lines[j]!.start);
      if (!pct || pct.value > 100) break;
      shares.push(pct);
    }
    if (counts.length < 2 || shares.length !== counts.length) continue;
    const sum = shares.reduce((s, p) => s + p.value, 0);
    const slack = shares.reduce((s, p) => s + p.half, 0);
    if (Math.abs(sum - 100) > slack + 1e-9 || shares.some((p) => taken.has(p.start))) continue;
    const pairs = counts.map((c, k) => ({
      count: c.value,
      countStart: c.start,
      pct: shares[k]!,
      ownTotal: null,
      apart: true,
    }));
    rows.push({ pairs, start: lines[i]!.start, end: shares[shares.length - 1]!.end, first: i, last: j - 1 });
    i = j - 1;
  }
  const groups: PercentGroup[] = [];
  let table: Row[] = [];
  const close = () => {
    const fitting = table.filter((r) => {
      const total = r.pairs.reduce((s, p) => s + p.count, 0);
      return r.pairs.every((p) => matches(p.count, total, p.pct));
    }).length;
    if (table.length >= 2 && fitting >= 2 && fitting >= table.length - 1)
      for (const r of table)
        groups.push({
          pairs: r.pairs,
          statedTotals: [r.pairs.reduce((s, p) => s + p.count, 0)],
          totalSource: 'inferred',
          place: { start: r.pairs[0]!.countStart, end: r.end, quoteStart: r.start, quoteEnd: r.end },
          para: -1,
        });
    table = [];
  };
  for (const r of rows) {
    const prev = table[table.length - 1];
    if (prev && r.first - prev.last > NEAR + 1) close();
    table.push(r);
  }
  close();
  return groups;
}
