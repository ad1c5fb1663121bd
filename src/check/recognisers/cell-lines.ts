/**
 * Tables that arrive one cell per line, as Word tables pasted into .txt and many PDF text
 * layers give them: a caption (`Tabel 4.2 …`), the header cells, then each row's label and
 * numbers, each on its own line. Such a run is rejoined into tab-separated rows by turning
 * the line breaks inside a row into tabs: the text keeps its length, so every offset stays
 * valid, and `lineMap` gives, for each line of the rejoined text, the line it started on.
 *
 * The column count is the one under which the run reads as header cells followed by at
 * least two rows of one label and numbers only; with no such count the lines stay as they are.
 */
import { parseCellNumber, parseCountPctCell } from './numbers.ts';
import { markLabelLines } from './label-lines.ts';

const CAPTION = /^\s*(?:Tabel|Table)\s+\(?[\dIVX]/;
const MAX_CELL = 60;
const MAX_RUN = 5000;
// A mean and its SD in one cell ("9.28 ± 0.88"), as tables comparing two groups print them.
const MEAN_SD_CELL = /^[-−]?\d+(?:[.,]\d+)?\s*±\s*\d+(?:[.,]\d+)?$/;

function isNumber(cell: string): boolean {
  // A minus sign (U+2212), as typeset tables print negative t values, is a number's sign.
  const c = cell.trim().replace(/^−/, '-');
  return (
    parseCellNumber(c) !== null ||
    parseCountPctCell(c, 0, 'id') !== null ||
    parseCountPctCell(c, 0, 'en') !== null ||
    MEAN_SD_CELL.test(c)
  );
}

function isCellLine(line: string): boolean {
  const t = line.trim();
  return t !== '' && t.length <= MAX_CELL && !line.includes('\t') && !/[.!?]\s+\p{Lu}/u.test(t);
}

interface Layout {
  header: number;
  width: number;
  rows: number;
}

/** The best reading of a run of cell lines (header count, width, rows), or null. */
function layoutOf(cells: string[]): Layout | null {
  const numeric = cells.map(isNumber);
  const first = numeric.indexOf(true);
  if (first < 2) return null;
  let best: Layout | null = null;
  for (let width = 2; width <= 12; width++) {
    for (const header of [width, width - 1]) {
      // The first row starts right after the header with exactly one label cell.
      if (first - header !== 1) continue;
      let rows = 0;
      for (let at = header; at + width <= cells.length; at += width) {
        if (numeric[at]) break;
        let ok = true;
        for (let j = 1; j < width; j++) if (!numeric[at + j]) ok = false;
        if (!ok) break;
        rows++;
      }
      if (rows >= 2 && (!best || rows * width > best.rows * best.width)) best = { header, width, rows };
    }
  }
  return best;
}

/**
 * An ANOVA table's error row ("Error", 102, 30.28, .297) prints no F and no p: a label and fewer
 * numbers than the rows above, ending the run. Its cells count (label included) when it is one.
 */
function shortLastRow(rest: string[], width: number): number {
  if (rest.length < 3 || rest.length >= width || isNumber(rest[0]!)) return 0;
  return rest.slice(1).every(isNumber) ? rest.length : 0;
}

export function joinCellLines(text: string): { text: string; lineMap: number[] | null } {
  if (!/(?:Tabel|Table)\s/.test(text)) return { text, lineMap: null };
  const lines = text.split('\n');
  const joinAfter = new Uint8Array(lines.length); // 1: the break after this line becomes a tab; 2: a space
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!CAPTION.test(lines[i]!)) continue;
    let j = i + 1;
    // A caption may run over a second line before the cells start.
    if (j < lines.length && isCellLine(lines[j]!) && !isNumber(lines[j]!) && lines[j]!.trim().length > 30) j++;
    const start = j;
    while (j < lines.length && j - start < MAX_RUN && isCellLine(lines[j]!)) j++;
    const cells = lines.slice(start, j);
    const layout = layoutOf(cells);
    if (!layout) continue;
    const { header, width, rows } = layout;
    for (let k = 0; k < header - 1; k++) joinAfter[start + k] = 1;
    for (let r = 0; r < rows; r++) {
      const rowStart = start + header + r * width;
      for (let k = 0; k < width - 1; k++) joinAfter[rowStart + k] = 1;
    }
    const tail = shortLastRow(lines.slice(start + header + rows * width, j), width);
    for (let k = 0; k < tail - 1; k++) joinAfter[start + header + rows * width + k] = 1;
    changed = true;
    i = start + header + rows * width + tail - 1;
  }
  markLabelLines(lines, joinAfter);
  changed ||= joinAfter.includes(2);
  if (!changed) return { text, lineMap: null };
  const out: string[] = [];
  const lineMap: number[] = [0];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]!);
    if (i < lines.length - 1) {
      if (joinAfter[i] === 2) out.push(' ');
      else if (joinAfter[i]) out.push('\t');
      else {
        out.push('\n');
        lineMap.push(i + 1);
      }
    }
  }
  return { text: out.join(''), lineMap };
}
