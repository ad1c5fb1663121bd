/**
 * A lettered-option block that is one column group of a cross table, not a questionnaire item:
 * "3 Merokok dekat anak a. Ya b. Tidak 25 5 80,6 19,4 6 25 19,4 80,6 Jumlah 31 100 31 100" (cases
 * 25 and 5, then controls 6 and 25, each group of 31). Its counts' sum is no evidence of its total
 * there: the total row that closes the run of numbers states it, the N before the group's first
 * 100. Read against their sum (30), the group's one misprinted share (5 printed 19,4, which fits
 * 6/31) would make both its shares look wrong. A total row of one "N 100" after other groups'
 * numbers states the whole table's N, not the group's, and is not taken.
 */

/** Numbers only (the other groups' counts and shares), then the total row "Jumlah N 100 …". */
const REST_THEN_TOTAL_ROW =
  /^((?:\s+\d{1,5}(?:[.,]\d{1,2})?(?![\d.,]*\d)){0,40})\s+(?:jumlah|total)\s+(\d{1,5})\s+100(?:[.,]0+)?(?![\d.,]*\d)/iu;

/** The next group's "N 100" in the total row, right after the first's. */
const SECOND_GROUP_TOTAL = /^\s+\d{1,5}\s+100(?:[.,]0+)?(?![\d.,]*\d)/u;

/** The N the total row closing the numbers after `end` states for the first group, or null. */
export function totalRowAfter(text: string, end: number): number | null {
  const window = text.slice(end, end + 400);
  const m = REST_THEN_TOTAL_ROW.exec(window);
  if (!m) return null;
  // Other groups' numbers before a total row of one "N 100" only: that N is the whole table's
  // ("… 12 28 30,0 70,0 Jumlah 80 100"), not the first group's.
  const otherGroups = m[1]!.trim() !== '';
  if (otherGroups && !SECOND_GROUP_TOTAL.test(window.slice(m[0].length))) return null;
  const n = Number(m[2]);
  return n > 0 ? n : null;
}
