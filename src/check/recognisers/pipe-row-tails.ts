/**
 * What ./pipe-share-blocks.ts accepts at the edges of a pipe row besides its label and pairs.
 *
 * - A row kept without its leading "|" ("≤ 40 | 27 | 8.1 | 32 | 8.4 | |", as PubMed Central
 *   tables reach page text once their header broke over lines): three "|" or more make it a row,
 *   which prose does not have.
 * - The row's p in a cell of its own after its pairs ("Ever | 240 | 71.6 | 84 | 22.1 | 0.054 |"):
 *   a number of at most 1 printed with decimals (or "<0.001"), never a count or a share, so a
 *   row of means or of a statistic still does not have the header's shape.
 */
const MIN_PIPES = 3;
const P_CELL = /^[<>≤]?\s?(?:0?[.,]\d+|1[.,]0+)$/u;

export const isPipeRow = (trimmed: string) =>
  trimmed.startsWith('|') || (trimmed.match(/\|/g)?.length ?? 0) >= MIN_PIPES;

export const isPCell = (text: string) => P_CELL.test(text);
