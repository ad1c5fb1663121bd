/**
 * The upper limit of an interval printed in parentheses, "estimate (lower, upper)" or with a
 * semicolon, "(0,80; 0,87)". In a table row flattened to text, "0.90 (0.87, 0.94) <0.0001", the
 * 0.94 closes the 95% CI and "<0.0001" is the next cell (a p, or a P for trend): the two are no
 * comparison of a p with a level, though the closing parenthesis between them looks like
 * "(p = 0.21) < 0.05".
 */
const OPENS_WITH_LOWER = /\(\s*[-−]?\d*[.,]?\d+\s*[,;]\s*$/u;

/** Does the number from `start` to `end` close a parenthesised pair "(lower, upper)"? */
export function closesParenInterval(text: string, start: number, end: number): boolean {
  return /^\s*\)/u.test(text.slice(end, end + 3)) && OPENS_WITH_LOWER.test(text.slice(Math.max(0, start - 20), start));
}
