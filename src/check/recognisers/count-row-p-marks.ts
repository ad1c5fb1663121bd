/**
 * Signs on a count row that its p is not from a test of the row's counts (./count-row-p.ts):
 *
 * - a word right before the p and after the row's cells, a test column's entry other than a
 *   test of counts ("Obese 20 (40.0) 12 (24.0) t 0.004": the p of a t test, of BMI, printed
 *   beside the obese counts);
 * - a footnote mark right after the p ("0.004*") in a table whose notes name a test of another
 *   kind ("* t test on BMI", "ᵇ Mann–Whitney U test"): the marked p may be that test's.
 */

/** The last word before the p, when it is one: "t 0.004", "Test: t | 0.004". */
const WORD_BEFORE = /(\p{L}[\p{L}\p{N}²-]*)[\s|:=<>≤]*$/u;
/** Words before a p that are its label or a test of counts. */
const OWN_LABEL = /^(?:p|sig|value|p-value|χ²|χ2|x2|chi|chi-square|chi²|fisher|fisher's|exact|yates|pearson)$/iu;
/** A footnote mark right after the p. */
const MARK_AFTER = /^[ \t]*(?:[*†‡§¶#]+|\^?[a-e]|[ᵃᵇᶜᵈᵉ])(?![\p{L}\p{N}])/u;
/** A test of another kind than of counts, named in the notes. */
const OTHER_KIND =
  /\bt[-\s]?tests?\b|\bstudent|\bmann|\bwhitney|\bwilcoxon|\bkruskal|\banova\b|\bmedian|\brank|\bU[-\s]test|\buji\s+t\b|\bmean\b|\brata-rata/iu;

/** Does the text around the p at [pStart, pEnd), or the table's `notes`, say the p is another test's? */
export function pOfAnotherTest(text: string, pStart: number, pEnd: number, notes: string): boolean {
  const lineStart = text.lastIndexOf('\n', pStart - 1) + 1;
  const from = Math.max(lineStart, pStart - 24);
  const word = WORD_BEFORE.exec(text.slice(from, pStart));
  // A test column's entry stands after the row's cells; a word with no number before it on its
  // line is the row's label ("Sex | 0.091": a variable's p on its name's line).
  const afterCells = word !== null && /\d/u.test(text.slice(lineStart, from + word.index));
  if (word && afterCells && !OWN_LABEL.test(word[1]!)) return true;
  return MARK_AFTER.test(text.slice(pEnd, pEnd + 4)) && OTHER_KIND.test(notes);
}
