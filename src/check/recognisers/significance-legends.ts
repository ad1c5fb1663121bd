/**
 * A legend of significance marks under a table: "NS Not significant, *P < 0.05, **P < 0.01,
 * ***P < 0.001", "* p < .05; ** p < .01". It defines what the marks in the table mean and
 * reports no result: the "Not significant" that defines "NS" is no decision about the p's after
 * it. A p is such a legend entry when the mark (asterisks, daggers) stands right before its "p"
 * and its sign: "*P < 0.05". A p with a mark after it ("0,003*", "p = .02*") is a marked result,
 * not a legend, and is read as ever.
 */

/** The mark, the p and its sign right before the p's number: "*P < ", "** p-value < ", "†p ≤ ". */
const LEGEND_ENTRY_BEFORE = /(?:^|[\s,;:([])[*†‡§]{1,4}\s*[pP]\s*(?:[-\s]?values?)?\s*[<≤=]\s*$/u;

/** How far before a p's number its legend mark may begin. */
const REACH = 20;

/** Whether the p whose number starts at `numberStart` is an entry of a legend of significance marks. */
export function isSignificanceLegendEntry(text: string, numberStart: number): boolean {
  return LEGEND_ENTRY_BEFORE.test(text.slice(Math.max(0, numberStart - REACH), numberStart));
}
