/**
 * What may stand between a closing decision on H0 and the one p before it and make the decision
 * not that p's (./closing-decisions.ts): a statistic compared with its critical value that points
 * the other way ("sig. 0,000. Nilai t hitung 1,20 < t tabel 2,02. Dengan demikian Ho diterima":
 * the p may be another test's, an F test's, and the decision follows the t), or one whose side
 * cannot be read; or another hypothesis named ("Hipotesis kedua diuji dengan uji korelasi. Dengan
 * demikian H0 diterima" after the first one's p), or a partial test decided after a simultaneous
 * one's p ("uji F … 0,000 … Secara parsial … Jadi H0 diterima") or the other way round. A
 * comparison on the p's side ("thitung > ttabel" after a sig. of 0,000) leaves the decision to be
 * read against both.
 */

const CRITICAL_VALUE = /(?<![\p{L}])(?:hitung|tabel|kritis|critical)(?![\p{L}])/iu;
/** "t hitung 1,20 < t tabel 2,02", "thitung > ttabel", "r hitung lebih besar dari r tabel". */
const COMPARISON =
  /hitung[^.<>]{0,40}?(>|<|≥|≤|lebih\s+(?:besar|kecil))[^.<>]{0,40}?tabel|tabel[^.<>]{0,40}?(>|<|≥|≤|lebih\s+(?:besar|kecil))[^.<>]{0,40}?hitung/giu;
const ANOTHER_HYPOTHESIS =
  /(?<![\p{L}])(?:hipotesis\s+(?:kedua|ketiga|keempat|kelima|keenam|ke-?\s*\d+|\d+)|H[a]?[2-9])(?![\p{L}\p{N}])/iu;

/** A simultaneous (F) test and a partial (t) one: a p of one is no evidence for a decision on the other. */
const SIMULTANEOUS = /(?<![\p{L}])(?:uji\s+F|F\s*hitung|simultan\w*|serentak|bersama-sama)(?![\p{L}])/iu;
const PARTIAL = /(?<![\p{L}])(?:uji\s+t|t\s*hitung|parsial|partial|secara\s+individu(?:al)?)(?![\p{L}])/iu;

/** The side a comparison of a statistic with its critical value puts the test on: significant when hitung exceeds tabel. */
function comparisonSide(m: RegExpMatchArray): boolean {
  const sign = (m[1] ?? m[2]!).toLowerCase();
  const greater = sign === '>' || sign === '≥' || sign.endsWith('besar');
  // "t tabel < t hitung": the sign reads the other way round.
  return m[1] !== undefined ? greater : !greater;
}

/**
 * Does the text from the p to the end of the closing sentence decide by another statistic (one on
 * the other side of α from the p, or of unknown side) or about another hypothesis?
 */
export function decidedOtherwise(between: string, pSignificant: boolean, beforeP = ''): boolean {
  if (ANOTHER_HYPOTHESIS.test(between)) return true;
  // "uji F … 0,000 … Secara parsial … Jadi H0 diterima": the F's p, a decision on a partial test.
  if (SIMULTANEOUS.test(beforeP) && !PARTIAL.test(beforeP) && PARTIAL.test(between)) return true;
  if (PARTIAL.test(beforeP) && !SIMULTANEOUS.test(beforeP) && SIMULTANEOUS.test(between)) return true;
  if (!CRITICAL_VALUE.test(between)) return false;
  const comparisons = [...between.matchAll(COMPARISON)];
  return comparisons.length === 0 || comparisons.some((m) => comparisonSide(m) !== pSignificant);
}
