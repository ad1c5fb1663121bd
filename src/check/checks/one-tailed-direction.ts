/**
 * A negative t (or r) beyond a positive critical value, read as not significant: "t hitung =
 * -2,150 dan t tabel = 1,684, maka H0 diterima". If the critical value is one-tailed, for a test
 * of the positive direction (1,684 is t(0,05; 40) one-tailed), a negative t is not significant
 * however large, and the decision is right; only a stated two-tailed test makes it a
 * contradiction. Without that, the decision cannot be checked.
 */
const TWO_TAILED = /\b(?:two|2)[-\s]?(?:tailed|sided)\b|\bdua\s+(?:pihak|arah|sisi|ekor)\b|\b(?:2|two)[-\s]tail\b/iu;

export function statesTwoTailed(text: string): boolean {
  return TWO_TAILED.test(text);
}

/** Is this a negative statistic beyond a positive critical value that the text reads as not significant? */
export function directionUnknown(
  kind: string,
  stat: number,
  critical: number,
  claimsSignificant: boolean,
  text: string,
): boolean {
  return (
    (kind === 't' || kind === 'r') &&
    stat < 0 &&
    critical > 0 &&
    -stat > critical &&
    !claimsSignificant &&
    !statesTwoTailed(text)
  );
}
