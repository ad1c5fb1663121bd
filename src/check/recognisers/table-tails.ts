/**
 * A table's caption or notes saying its p's are one-tailed ("Table 5. Results of the one-tailed t
 * tests", "Note. All tests were one-sided."): the tests read from its rows are then one-tailed,
 * whatever their header says, unless the same text also names two-tailed tests (then which row is
 * which is not known, and the rows keep what they had). The caption is looked for in the text
 * before the header within its paragraph, the notes in the text after the last row up to the
 * next blank line.
 */

const ONE = /\b(?:one[\s-](?:tailed|sided)|1[\s-]tailed)\b/iu;
const TWO = /\b(?:two[\s-](?:tailed|sided)|2[\s-]tailed)\b/iu;
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
