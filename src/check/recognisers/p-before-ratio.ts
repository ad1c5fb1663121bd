/**
 * A p printed right before its ratio, "p = 0.000; OR = 0.050; (CI: 0.010-0.263), or … p =
 * 0.003; OR = 0.126 (CI: 0.030-0.538)". A p before its ratio is not paired with it (in tables
 * it is often the χ² p of the counts), but where the text prints each p before its ratio, the p
 * before the next ratio is not the previous ratio's either: the first ratio took the p printed
 * before the second one and was flagged against it.
 */
const ONLY_SEPARATORS = /^[\s;,:(]*$/u;

/** Does the p ending at `pEnd` stand directly before the ratio starting at `ratioAt` (nothing but separators between)? */
export function pLeadsRatio(text: string, pEnd: number, ratioAt: number): boolean {
  return ratioAt >= pEnd && ONLY_SEPARATORS.test(text.slice(pEnd, ratioAt));
}
