/**
 * The ratio ./ratio-rows.ts pairs with an interval cell is the number in the cell right before it
 * (or two cells before, past a standard error). A cell between them that holds digits but was
 * read as no number — an estimate with a footnote letter (`| .82 | 1.16a | .47 – 2.85 |`: p, then
 * an adjusted OR marked "a") — is that interval's own estimate, unread; the number before it is
 * another column's (here the p). Such an interval is left without a ratio rather than paired
 * with the p: `OR = .82` on .47–2.85 would be flagged off-centre, and `OR = .20` on .89–1.93 as
 * outside its interval, where the table is right.
 */
import type { RowToken } from './published-rows.ts';

/**
 * Whether the text between the token `from` and the token `to` of a row, leaving out the tokens
 * between them that were read, holds a digit: an unread cell.
 */
export function unreadCellBetween(text: string, tokens: RowToken[], from: number, to: number): boolean {
  const a = tokens[from];
  const b = tokens[to];
  if (!a || !b) return false;
  let gap = '';
  let at = a.end;
  for (let k = from + 1; k < to; k++) {
    gap += text.slice(at, tokens[k]!.start);
    at = tokens[k]!.end;
  }
  gap += text.slice(at, b.start);
  return /\d/.test(gap);
}
