/**
 * F's two degrees of freedom joined by a dash instead of a comma: `F (2–42) = 7.16` in a table
 * of repeated-measures results. Only whole numbers on both sides: a dash between decimals
 * could be a range of values, and F's df after a correction (`F(1.6, 72.3)`) are printed
 * with a comma.
 */
const DASH_DF = /^(\d{1,5})\s*[-–‐‑]\s*(\d{1,6})$/u;

/** The two df of a dash-joined parenthesis as text, or null when it is not one. */
export function dashJoinedDf(paren: string): string[] | null {
  const m = DASH_DF.exec(paren.trim());
  return m ? [m[1]!, m[2]!] : null;
}
