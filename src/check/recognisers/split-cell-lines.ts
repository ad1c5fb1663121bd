/**
 * Cells that web pages store split over two lines in the one-cell-per-line layout: a count on
 * its line and its share in parentheses on the next (`40 |`, `(0.5) |`), a ratio and then its
 * interval (`1.54 |`, `(1.04–2.26) |`). Read line by line, the parenthesised half is no single
 * cell (its parentheses are more than its number), so it would start a row of its own labelled
 * "(" and cut the table's row in two. Such a line continues the row instead: a share after a
 * whole count becomes that count's pair, an interval stays an interval beside its ratio.
 *
 * Only a parenthesised line right after a cell of the row (nothing but pipes and blanks between)
 * is taken; a share needs the whole count of the line before it, and it is at most 100.
 */
import type { Lang } from '../types.ts';
import type { PublishedRow, RowToken } from './published-row-types.ts';

const PAREN_CELL = /^(\s*\(\s*)([^()]*?)\s*(%?)\s*\)[\s*]*$/u;
const BETWEEN_CELLS = /^[\s|*]*$/u;

type Tokenise = (line: string, offset: number, lang: Lang) => { tokens: RowToken[]; firstAt: number };

/** Whether the line (pipes blanked, at `offset`) was the second half of the row's last cell; if so it is added to the row. */
export function continuesSplitCell(
  text: string,
  bare: string,
  offset: number,
  row: PublishedRow,
  lang: Lang,
  tokenise: Tokenise,
): boolean {
  const m = PAREN_CELL.exec(bare);
  const last = row.tokens[row.tokens.length - 1];
  if (!m || !last || m[2] === '') return false;
  const innerAt = offset + m[1]!.length;
  if (!BETWEEN_CELLS.test(text.slice(last.end, offset))) return false;
  const { tokens, firstAt } = tokenise(m[2]!, innerAt, lang);
  const t = tokens[0];
  if (tokens.length !== 1 || firstAt !== 0 || !t || t.end - t.start !== m[2]!.length) return false;
  const end = offset + bare.trimEnd().replace(/[*\s]+$/u, '').length;
  if (t.kind === 'num' && t.op === '=' && t.num.value <= 100) {
    if (last.kind !== 'num' || last.op !== '=' || last.num.decimals !== 0) return false;
    row.tokens[row.tokens.length - 1] = {
      kind: 'pair',
      count: last.num.value,
      countStart: last.start,
      pct: t.num,
      hasSign: m[3] === '%',
      start: last.start,
      end,
    };
  } else if (t.kind === 'interval') row.tokens.push(t);
  else return false;
  row.end = offset + bare.length;
  row.labelOnly = false;
  return true;
}
