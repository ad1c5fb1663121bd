/**
 * A statistics column whose name leaves the statistic open: "χ2/t", "χ² or t", "Chi-square/t",
 * "X2 atau t", "F/t" — one column of a characteristics table that serves χ² for the categorical
 * rows and t for the means, with no df. Which statistic a row's number is the column does not
 * say (a χ² of 1.800 with p = 0.407 is no t of 1.800 at any df), so a reader that takes such a
 * column for t would flag every χ² row; it must not read the column as t.
 */

/** Another statistic's name, then a joiner ("/", "or", "atau"), just before the column's "t". */
const ANOTHER_STATISTIC_BEFORE =
  /(?<![\p{L}\p{N}])(?:[χΧ]\s*[2²]|X\s*[2²]|[Cc]hi[\s-]*(?:[Ss]quared?|[Kk]uadrat|2|²)|[FZUH])(?:\s*\/\s*|\s+(?:or|atau|and\/or)\s+)$/u;

/** Whether the "t" of a column header starting at `at` is the second name of an open statistics column. */
export function leftOpenBefore(text: string, at: number): boolean {
  return ANOTHER_STATISTIC_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}
