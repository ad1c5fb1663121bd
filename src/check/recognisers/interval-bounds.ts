/**
 * The upper limit of an interval printed as "lower to upper" or "lower – upper". In a table row
 * flattened to text, "Asian 0.849 0.810 to 0.890 <0.001", the 0.890 closes the 95% CI and
 * "<0.001" is the next cell (the p-value): the two are no comparison of a p with a level.
 */
const CLOSES_INTERVAL = /\d\s*(?:to|–|—|-|sampai|hingga|s\.?\s?d\.?|s\/d)\s*$/iu;

/** Does the number starting at `at` follow "lower to", "lower –" (so it is an interval's upper limit)? */
export function closesInterval(text: string, at: number): boolean {
  return CLOSES_INTERVAL.test(text.slice(Math.max(0, at - 24), at));
}
