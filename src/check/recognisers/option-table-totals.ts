/**
 * A lettered-option block that is one column group of a cross table, not a questionnaire item:
 * "3 Merokok dekat anak a. Ya b. Tidak 25 5 80,6 19,4 6 25 19,4 80,6 Jumlah 31 100 31 100" (cases
 * 25 and 5, then controls 6 and 25, each group of 31). Its counts' sum is no evidence of its total
 * there: the total row that closes the run of numbers states it, the N before the group's first
 * 100. Read against their sum (30), the group's one misprinted share (5 printed 19,4, which fits
 * 6/31) would make both its shares look wrong.
 */

/** Numbers only (the other groups' counts and shares), then the total row "Jumlah N 100 …". */
const REST_THEN_TOTAL_ROW =
  /^((?:\s+\d{1,5}(?:[.,]\d{1,2})?(?![\d.,]*\d)){0,40})\s+(?:jumlah|total)\s+(\d{1,5})\s+100(?:[.,]0+)?(?![\d.,]*\d)/iu;

/** The N the total row closing the numbers after `end` states for the first group, or null. */
export function totalRowAfter(text: string, end: number): number | null {
  const m = REST_THEN_TOTAL_ROW.exec(text.slice(end, end + 400));
  if (!m) return null;
  const n = Number(m[2]);
  return n > 0 ? n : null;
}
