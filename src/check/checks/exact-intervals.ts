/**
 * A ratio's interval that the text says is exact or paired: McNemar's test of matched pairs
 * (the paired odds ratio b/c with an exact binomial interval), a conditional or Clopper–Pearson
 * interval. Such an interval is not a Wald interval: it need not be symmetric around the ratio
 * on the log scale (15 and 5 discordant pairs give OR 3.00, exact 95% CI 1.04–10.55, centre
 * 3.31), and its p is no Wald p. Only that the ratio lies inside it is checked.
 */
const EXACT =
  /McNemar|\bmatched\b|\bpaired\b|berpasangan|\bconditional\b|Clopper|\bmid-?p\b|\bexact\s+(?:\d{2}\s*%\s*)?(?:CI|confidence|interval)|(?:selang|interval)\s+(?:kepercayaan\s+)?eksak/iu;

/** Does the sentence (or table) holding a ratio say its interval is exact or paired? */
export function namesExactInterval(text: string, quoteStart: number, quoteEnd: number): boolean {
  return EXACT.test(text.slice(quoteStart, quoteEnd));
}
