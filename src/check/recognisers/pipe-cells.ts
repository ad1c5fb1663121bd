/**
 * Rows of tables pasted as text with `|` between the cells (Markdown tables, converted Word
 * tables): the cells' text and where each starts, so a number read from a cell keeps its place.
 */

/** One cell: its text without the spaces around it, and the offset where that text starts. */
export interface PipeCell {
  text: string;
  start: number;
}

/** The non-empty cells of a line; `base` is the line's offset in the text. */
export function pipeCells(line: string, base: number): PipeCell[] {
  const cells: PipeCell[] = [];
  let at = 0;
  for (const part of line.split('|')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text) cells.push({ text, start: base + at + lead });
    at += part.length + 1;
  }
  return cells;
}
