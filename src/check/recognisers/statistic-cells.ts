/**
 * A test statistic in a table cell with its p in the next cell, as published tables print
 * omnibus tests: `Race/ethnicity | Omnibus: χ2 (21) = 119.09 | <0.001 |`. The statistic
 * (t, F, χ², r, z with their df, as in prose) is read with the number right after its cell
 * when only cell separators stand between them, that number reads as a p (at most 1, with
 * decimals or a bound), and a column headed P (`P`, `p-value`, `Sig.`) is in the 40 rows
 * above. A statistic the sentence reader read without a p gets this p; one it read with its p
 * is left to it.
 */
import type { Extraction, Lang, TestReport } from '../types.ts';
import type { Labelled } from './labels.ts';
import { nearMark, rowIndexer, type PublishedRow } from './published-rows.ts';
import { dfFromParen, TEST_ROLES } from './statements.ts';

const P_HEADER = /(?:^|[|\t]|\s{2,})\s*(?:P|p|P[- ]?value|p[- ]?value|Sig\.?)\s*(?:[|\t]|\s{2,}|$)/m;
const CONTEXT_ROWS = 40;

export function readStatisticCells(
  text: string,
  rows: PublishedRow[],
  labelled: Labelled[],
  lang: Lang,
  out: Extraction,
): void {
  if (rows.length === 0) return;
  const rowOf = rowIndexer(rows);
  const read = new Map(out.tests.map((t) => [t.value.start, t]));
  const headerRows = rows.flatMap((r, i) => (P_HEADER.test(text.slice(r.start, r.end)) ? [i] : []));
  for (const l of labelled) {
    const kind = TEST_ROLES[l.role];
    const known = read.get(l.num.start);
    if (!kind || l.op !== '=' || known?.p) continue;
    const index = rowOf(l.start);
    if (index < 0) continue;
    const row = rows[index]!;
    if (l.end > row.end) continue;
    if (!nearMark(headerRows, index, CONTEXT_ROWS)) continue;
    const df = dfFromParen(kind, l.role, l.paren, lang);
    if (!df) continue;
    const next = row.tokens.find((t) => t.start >= l.end);
    if (!next || next.kind !== 'num' || !/^[\s|\t]*$/.test(text.slice(l.end, next.start))) continue;
    if (next.num.value > 1 || (next.op === '=' && next.num.decimals === 0)) continue;
    const p = { op: next.op, num: next.num, oneTailedLabel: false, start: next.start, end: next.end };
    const place = { start: l.start, end: next.end, quoteStart: row.start, quoteEnd: row.end };
    if (known) {
      known.p = p;
      out.pValues.push({ p, place: known.place, attached: true });
      continue;
    }
    const test: TestReport = {
      kind,
      label: l.label,
      op: '=',
      value: l.num,
      df,
      p,
      tails: 'unstated',
      place,
      origin: 'table',
    };
    out.tests.push(test);
    out.pValues.push({ p, place, attached: true });
    read.set(l.num.start, test);
  }
}
