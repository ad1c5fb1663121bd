/**
 * Group sizes a table states in a Total row above its first row of shares: "Total | 5,086 |
 * 4,120 | |" over "Male | 3,063 (60.2) | 2,527 (61.3) |", one bare count per group. A
 * variable's block of shares that adds up to 100 is read against the sum of its counts; when a
 * few answers are missing (the table's note: "education 10/7") that sum is short of the group's
 * size and the shares, taken of the stated size, are printed right: 3325/5086 = 65.38 printed
 * 65.4, where 3325/5076 = 65.50. So a block whose shares do not all fit its sum, but all fit the
 * size the Total row states for its column, is of that size.
 */

const TOTAL_LABEL = /^\s*\|?\s*(?:total|jumlah|all|overall|semua)\s*(?:\||\s)/iu;
const COUNT = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,])|(?<![\d.,])\d+(?![\d.,])/gu;

/**
 * The sizes (one per group, `width` of them) a Total row of bare counts states within the eight
 * lines above `firstRow`; null when there is none.
 */
export function totalRowSizes(lines: string[], firstRow: number, width: number): number[] | null {
  if (width === 0) return null;
  for (let i = firstRow - 1; i >= Math.max(0, firstRow - 8); i--) {
    const line = lines[i]!;
    if (!TOTAL_LABEL.test(line)) continue;
    // A row of bare counts only: no share, mean or interval in it.
    if (/[()%±]/u.test(line)) continue;
    const sizes = [...line.matchAll(COUNT)].map((m) => Number(m[0].replace(/,/g, '')));
    return sizes.length === width && sizes.every((n) => n > 0) ? sizes : null;
  }
  return null;
}
