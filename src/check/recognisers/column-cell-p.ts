/**
 * Tables kept column by column, each cell holding a column's values one per line, then a cell
 * border ("0.94 (0.56-1.60)\n0.45 (0.27-0.76) |\n0.83\n0.003 |"): the number after the border
 * is the first row's value of the next column, not the row of the interval before the border.
 * So a ratio whose interval ends a cell under another interval of the same cell gets no p from
 * across the border: its own p is further down the next cell, in an order that cannot be told
 * from the text alone when reference rows ("1.00") have none. A cell holding one interval (after
 * a reference "1.00") meets the next cell's one p, and keeps it.
 */

/** A ratio with its interval: "0.94 (0.56-1.60)", "2.44 (1.14 – 5.21)". */
const INTERVAL = /\d\s*[([]\s*\d*[.,]?\d+\s*(?:[-–—]|to)\s*\d*[.,]?\d+\s*[)\]]/;

/** Whether the p after a ratio's interval is across a cell border from a cell of several intervals. */
export function pAcrossColumnCell(text: string, valueStart: number, intervalEnd: number, pStart: number): boolean {
  const between = text.slice(intervalEnd, pStart);
  if (!/\|/.test(between) || !/\n/.test(between)) return false;
  const cellStart = text.lastIndexOf('|', valueStart - 1) + 1;
  return INTERVAL.test(text.slice(cellStart, valueStart));
}
