/**
 * A p-value whose printed number goes on past where a number can be read: scientific notation
 * written with a times sign (`p = 2 × 10-5`, `p=8× 10−6`, `p = 3 x 10^-4`), or a raised decimal
 * point (the Lancet's `p=0·0425`, or the `0× 0425` a page's encoding makes of it). Read only up
 * to the sign, such a p becomes `p = 2` or `p = 0`: a false "inconsistent" or a false reporting
 * issue. naskah leaves such a p unread rather than guess its value. A power of ten with a
 * negative exponent (`2 × 10-5`, `3 x 10^-4`) is now read whole by ./numbers.ts, so what reaches
 * this test is the rest: a raised decimal point, or a power of ten it cannot read.
 */
const CONTINUES = /^\s{0,2}(?:[·×]\s?\d|[xX]\s?10(?!\d))/;

/** Whether the number that ends at `end` in `text` is only the start of what was printed. */
export const pNumberContinues = (text: string, end: number): boolean => CONTINUES.test(text.slice(end, end + 8));
