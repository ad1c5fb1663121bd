/**
 * A ratio's interval that the text says is exact or paired: McNemar's test of matched pairs
 * (the paired odds ratio b/c with an exact binomial interval), a conditional or Clopper–Pearson
 * interval. Such an interval is not a Wald interval: it need not be symmetric around the ratio
 * on the log scale (15 and 5 discordant pairs give OR 3.00, exact 95% CI 1.04–10.55, centre
 * 3.31), and its p is no Wald p. Only that the ratio lies inside it is checked. A table's
 * note below the row may say it ("Exact Poisson confidence interval").
 */
const EXACT =
  /McNemar|\bmatched\b|\bpaired\b|berpasangan|\bconditional\b|Clopper|\bmid-?p\b|\bexact\s+(?:\d{2}\s*%\s*)?(?:(?:binomial|Poisson)\s+)?(?:CI|confidence|interval)|(?:selang|interval)\s+(?:kepercayaan\s+)?eksak/iu;

/** How far below a ratio's row its table's notes are read. */
const NOTES_REACH = 800;

/**
 * Does the sentence (or table row) holding a ratio say its interval is exact or paired? A table
 * says so as often in a note below its rows ("‡ Exact Poisson confidence interval."): the lines
 * after the row up to the next blank line are read too.
 */
export function namesExactInterval(text: string, quoteStart: number, quoteEnd: number): boolean {
  if (EXACT.test(text.slice(quoteStart, quoteEnd))) return true;
  const after = text.slice(quoteEnd, quoteEnd + NOTES_REACH);
  const blank = after.search(/\n[ \t]*\n/u);
  return EXACT.test(blank >= 0 ? after.slice(0, blank) : after);
}
