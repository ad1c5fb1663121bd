/**
 * Rows of a flattened cross table whose labels hold numbers: age ranges "41 ≤ x ≤ 50 15 33,33
 * 11 24,44 51 ≤ x ≤ 60 …", a school level "Tamat D 3 S 1 4 8,89 1 2,22". A label's numbers run
 * straight into the row's count–percentage pairs, and the next row's label may run on after
 * them, so the pairs cannot be read from where the label's words end (the "50" would be taken
 * for a count). They are read where they are the only place in the run of numbers at which m
 * pairs read as pairs (whole counts, each followed by a share of at most 100): "50 15 33,33 11
 * 24,44 51" reads only from its 15. Used by ./flat-cross-tables.ts's `rowsAbove`, whose sums
 * against the total row are the proof that each row was read right.
 */
/** What this needs of ./flat-cross-tables.ts's tokens (imported from there, it would be a circle). */
type Token = { kind: 'num' | 'word' | 'break' };

/**
 * Where the pairs start in the run of numbers that starts at token `j` (after a word or a sign
 * such as "≤" or "-") when the run holds more than the row's 2m numbers: the one token after
 * `j` at which `readsAsPairs` holds. Null when the run is no longer than 2m, or when no place
 * or more than one does.
 */
export function pairsAfterNumberedLabel(
  toks: readonly Token[],
  j: number,
  m: number,
  readsAsPairs: (at: number) => boolean,
): number | null {
  if (toks[j]?.kind !== 'num' || (toks[j - 1]?.kind ?? 'num') === 'num') return null;
  let end = j;
  while (toks[end]?.kind === 'num') end++;
  let found: number | null = null;
  for (let at = j + 1; at <= end - 2 * m; at++) {
    if (!readsAsPairs(at)) continue;
    if (found !== null) return null;
    found = at;
  }
  return found;
}
