/**
 * A table's caption or notes saying its p's are one-tailed ("Table 5. Results of the one-tailed t
 * tests", "Note. All tests were one-sided."): the tests read from its rows are then one-tailed,
 * whatever their header says, unless the same text also names two-tailed tests (then which row is
 * which is not known, and the rows keep what they had). The caption is looked for in the text
 * before the header within its paragraph, the notes in the text after the last row up to the
 * next blank line.
 */

import type { Extraction, TableBlock } from '../types.ts';

const ONE = /\b(?:one[\s-](?:tailed|sided)|1[\s-]tailed)\b/iu;
const TWO = /\b(?:two[\s-](?:tailed|sided)|2[\s-]tailed)\b/iu;
/** A paragraph of notes under a table: "Note.", "Notes:", a footnote mark. */
const NOTE_START = /^[ \t]*(?:[Nn]otes?\b|NOTES?\b|[*†‡§]|[a-d][ \t.)])/u;
/** How far before the header a caption, and after the rows a note, is looked for. */
const REACH = 300;

/** Does the caption before `headerStart` or the notes after `rowsEnd` say the table's tests are one-tailed? */
export function tableSaysOneTailed(text: string, headerStart: number, rowsEnd: number): boolean {
  let from = Math.max(0, headerStart - REACH);
  const paragraph = text.lastIndexOf('\n\n', headerStart);
  if (paragraph >= from) from = paragraph;
  let to = Math.min(text.length, rowsEnd + REACH);
  const blank = text.slice(rowsEnd, to).search(/\n[ \t]*\n/u);
  if (blank >= 0) to = rowsEnd + blank;
  const around = text.slice(from, headerStart) + text.slice(rowsEnd, to);
  return ONE.test(around) && !TWO.test(around);
}

/**
 * A pipe table's tests whose notes say they are one-tailed: the notes are the paragraph right
 * under the table, after a blank line, when it starts as notes do ("Note.", a footnote mark).
 * Its tests of unstated tails become one-tailed, unless the notes or the caption also name
 * two-tailed tests.
 */
export function markOneTailedTables(text: string, tables: TableBlock[], extraction: Extraction): void {
  for (const b of tables) {
    const rest = text.slice(b.end, b.end + REACH + 2);
    const lead = /^[^\n]*\n(?:[ \t]*\n)+/u.exec(rest);
    if (!lead) continue;
    const paragraph = rest.slice(lead[0].length).split(/\n[ \t]*\n/u)[0]!;
    if (!NOTE_START.test(paragraph) || !ONE.test(paragraph) || TWO.test(paragraph) || TWO.test(b.title)) continue;
    for (const t of extraction.tests)
      if (t.origin === 'table' && t.tails === 'unstated' && t.place.start >= b.start && t.place.end <= b.end)
        t.tails = 'one';
  }
}
