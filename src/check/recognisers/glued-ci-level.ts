/**
 * A value glued to the level of the interval after it, as abstracts typeset without spaces print
 * them: "OR=5.035,95%CI:[3.236,7.737]". Read as one number, "5.035,95" is 5035.95 with its
 * thousands grouped by points; followed by "%CI" it is the value 5.035 and the level 95 %. Only
 * that shape is split: digits grouped once by a point, a comma, two digits, then % and the name of
 * a confidence interval.
 */
const GLUED = /^(\d{1,3}\.\d{3}),\d{2}$/;
const CI_AFTER = /^\s*%\s*(?:CI|C\.I\.|Cl|confidence)/i;

/** The value's own digits when `raw` is a value glued to the level of the interval after it, else null. */
export function valueBeforeGluedLevel(raw: string, textAfter: string): string | null {
  const m = GLUED.exec(raw);
  return m && CI_AFTER.test(textAfter.slice(0, 20)) ? m[1]! : null;
}
