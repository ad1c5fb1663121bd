/**
 * The df of a χ² printed without them inside a 2 × 2 block of a baseline table: two groups'
 * columns of two categories each, the χ² cell between their rows ("| Gender | Male | 5 | 16.70 |
 * 5 | 16.70 | χ2 = 0.003 P = 0.99 | Female | 25 | 83.30 | 25 | 83.30 |"). Any χ² of a 2 × 2
 * table (Pearson's, with Yates's correction, or a trend test) has 1 df. The block is recognised
 * from the share groups already read: the χ² lies inside exactly two groups' spans (a column's
 * pairs run down the block's rows, so its span takes in the cell between them) and each group
 * has exactly two pairs. Rows of row shares end before the χ² cell of their row, so they never
 * contain it; a third column (a total, a third group) makes a third group and the χ² is left
 * without df. Wald statistics are left alone.
 */
import type { Extraction } from '../types.ts';

export function giveTwoByTwoChiSquareDf(extraction: Extraction): void {
  const groups = extraction.percentGroups;
  for (const t of extraction.tests) {
    if (t.kind !== 'chi2' || (t.df !== null && t.df.length > 0) || !t.p || /^wald/i.test(t.label)) continue;
    const at = t.value.start;
    const around = groups.filter((g) => g.place.start < at && at < g.place.end);
    if (around.length === 2 && around.every((g) => g.pairs.length === 2)) {
      t.df = [1];
      t.dfFromTwoByTwo = true;
    }
  }
}
