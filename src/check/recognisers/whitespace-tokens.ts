/**
 * The cells of statistics output pasted as plain text: runs of non-space characters with their
 * offsets. Readers of such output (EViews tables, replicate rows, item–total tables, score sheets)
 * walk these tokens rather than lines, since the pasted columns wrap and split unpredictably.
 */

/** One whitespace-separated run of the text and where it starts. */
export interface Token {
  raw: string;
  start: number;
}

/** The tokens that start in [from, to). */
export function tokensBetween(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push({ raw: m[0], start: m.index });
  return out;
}
