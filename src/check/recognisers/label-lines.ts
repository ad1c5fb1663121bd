/**
 * Table rows whose label wrapped onto a line of its own, as PDF text layers give a row when its
 * label cell is taller than its numbers: after a caption, `1 Measuring blood pressure` then
 * `9.28 ± 0.88 8.80 ± 0.797 0.775 38 0.079`. Each such pair is rejoined into one row of single
 * spaces (the reading of rows printed one per line), by turning the line break into a space, so
 * that the text keeps its length. A run after a caption is rejoined only when it holds at least
 * two such pairs, so a heading above one line of numbers is left alone.
 */

const CAPTION = /^\s*(?:Tabel|Table)\s+\(?[\dIVX]/;
const MAX_LABEL = 80;
const MAX_RUN = 200;
// Pipe and tab rows already have their cells: they are never such a pair.
const CELLED = /[|\t]/;

/** A label: words, with no digit but a leading row number ("1 ", "6- "). */
function isLabelLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || CELLED.test(t) || t.length > MAX_LABEL || CAPTION.test(t) || !/\p{L}/u.test(t)) return false;
  return !/\d/.test(t.replace(/^\d{1,2}[-.)]?\s+/, ''));
}

/** A row's numbers: no letter, at least two numbers and one with decimals. */
function isValuesLine(line: string): boolean {
  const t = line.trim();
  if (CELLED.test(t) || /\p{L}/u.test(t) || !/\d[.,]\d/.test(t)) return false;
  return (t.match(/\d+(?:[.,]\d+)?/g) ?? []).length >= 2;
}

/**
 * Marks, in `joinAfter` (one entry per line; 0: the break stays), with 2 every break between a
 * label line and the values line below it, in runs after a caption that hold at least two such
 * pairs; lines already joined (a non-zero entry on either side) are left as they are.
 */
export function markLabelLines(lines: string[], joinAfter: Uint8Array): void {
  for (let i = 0; i < lines.length; i++) {
    if (!CAPTION.test(lines[i]!)) continue;
    const pairs: number[] = [];
    let j = i + 1;
    for (; j < lines.length - 1 && j - i < MAX_RUN && lines[j]!.trim() !== ''; j++) {
      if (CAPTION.test(lines[j]!)) break;
      const free = joinAfter[j] === 0 && (j === 0 || joinAfter[j - 1] === 0) && joinAfter[j + 1] === 0;
      if (free && isLabelLine(lines[j]!) && isValuesLine(lines[j + 1]!)) {
        pairs.push(j);
        j++;
      }
    }
    if (pairs.length >= 2) for (const p of pairs) joinAfter[p] = 2;
    i = j - 1;
  }
}
