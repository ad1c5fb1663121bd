/**
 * A p printed above 1 with no statistic of its own, its decimal point lost ("using the Wilcoxon
 * test (p=156)"), is judged as a p only when it is written "(p = n)" in brackets, n a whole
 * number of two or three digits, after a clause that names a test or a significance: there it
 * can be nothing but the test's p. Elsewhere a number above 1 read as a p is more often a
 * probability, a parameter or a misread label ("Sig. (2-tailed)").
 */

const NAMES_A_TEST =
  /\b(?:test|tests|uji|Wilcoxon|Mann[\s–-]*Whitney|Kruskal|ANOVA|chi[\s-]*square|t[\s-]*test|signific\w*|signifikan\w*)\b|χ\s*2|χ²/iu;
/** "(p=156)": the letter p, a whole number, the bracket closed. */
const BRACKETED_WHOLE_P = /^p\s*=\s*\d{2,3}\s*\)/iu;
/** How far back the clause may name the test; a sentence end stops it. */
const REACH = 120;

/** Whether the p that starts at `start` is "(p = n)" after the name of a test or of significance in its sentence. */
export function pAboveOneNamesTest(text: string, start: number): boolean {
  if (!BRACKETED_WHOLE_P.test(text.slice(start, start + 12))) return false;
  const before = text.slice(Math.max(0, start - REACH), start);
  if (!/\(\s*$/u.test(before)) return false;
  const clause = before.split(/[.!?]\s+(?=\p{Lu})|\n/u).pop() ?? '';
  return NAMES_A_TEST.test(clause);
}
