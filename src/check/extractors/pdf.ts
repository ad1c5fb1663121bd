/**
 * PDF through pdf.js (its legacy build, which runs in Node). Text items carry positions:
 * items on one baseline (within half a font size, so superscripts such as χ² stay on
 * their line) make one line, ordered left to right; a wide horizontal gap between items
 * is a table column and becomes a tab, a narrow one a space. Each line keeps its page
 * and its line number on that page.
 */
import type { Extracted, Extractor } from './extractor.ts';
import { readMessages as M } from './messages.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Gap (in font sizes) above which two items on a line are surely in different table columns. */
const COLUMN_GAP = 1.6;
/** On a line that has such a gap (a table row), a gap this wide also separates columns. */
const ROW_COLUMN_GAP = 0.9;
/** Gap below which two items are one word (a change of font inside `t(95)`). */
const JOIN_GAP = 0.12;

/**
 * Lines from positioned text items. Chromium writes justified prose word by word with
 * space items between, and table cells as separate items, so whitespace items are
 * ignored and only the gaps between visible items count: a gap wider than 1.6 font sizes
 * makes the line a table row, and on a table row gaps wider than 0.9 font sizes separate
 * cells (a right-aligned p after a CI can be that close); elsewhere a gap is a space.
 */
interface PdfCell {
  text: string;
  left: number;
  right: number;
}

export function linesFromItems(items: Item[]): string[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line) {
      const ref = line[0]!;
      const tol = 0.5 * Math.max(ref.size, it.size);
      if (Math.abs(ref.y - it.y) <= tol) {
        line.push(it);
        continue;
      }
    }
    lines.push([it]);
  }
  const rows = lines.map(cellsOfLine);
  alignTableBlocks(rows);
  return rows.map((r) => (r.cells ? r.cells.map((c) => c?.text ?? '').join('\t') : r.text));
}

/** A line as text, or, for a table row, as cells with their horizontal extent. */
function cellsOfLine(line: Item[]): { text: string; cells: (PdfCell | null)[] | null } {
  line.sort((a, b) => a.x - b.x);
  const gaps = line.map((it, i) => (i === 0 ? 0 : it.x - (line[i - 1]!.x + line[i - 1]!.width)));
  const size = (i: number) => line[i]!.size || 10;
  const tableRow = gaps.some((g, i) => i > 0 && g > COLUMN_GAP * size(i));
  const cells: PdfCell[] = [];
  let cur: PdfCell | null = null;
  line.forEach((it, i) => {
    const str = it.str.replace(/\s+$/, '');
    if (!cur) {
      cur = { text: str.replace(/^\s+/, ''), left: it.x, right: it.x + it.width };
      return;
    }
    const g = gaps[i]!;
    if (g > (tableRow ? ROW_COLUMN_GAP : COLUMN_GAP) * size(i)) {
      cells.push(cur);
      cur = { text: str.replace(/^\s+/, ''), left: it.x, right: it.x + it.width };
      return;
    }
    const space =
      (g > JOIN_GAP * size(i) || /\s$/.test(line[i - 1]!.str)) && !cur.text.endsWith(' ') && !it.str.startsWith(' ');
    cur.text += (space ? ' ' : '') + str;
    cur.right = Math.max(cur.right, it.x + it.width);
  });
  if (cur) cells.push(cur);
  const text = cells.map((c) => c.text).join('\t');
  return { text, cells: cells.length > 1 ? cells : null };
}

/**
 * PDF text has no empty cells, so rows that lack a cell (a label spanning several rows,
 * an empty cell) would not line up with the header. Within a run of table rows, columns
 * are found from the horizontal extents of the cells of rows with numbers (cells in one
 * column overlap), and every row's cells are put in their column, with empty cells between.
 */
function alignTableBlocks(rows: { text: string; cells: (PdfCell | null)[] | null }[]): void {
  let i = 0;
  while (i < rows.length) {
    if (!rows[i]!.cells) {
      i++;
      continue;
    }
    let j = i;
    // A wrapped cell (a short line without columns) inside a table does not end it.
    while (j + 1 < rows.length && (rows[j + 1]!.cells || (rows[j + 2]?.cells && rows[j + 1]!.text.length <= 40))) j++;
    const block = rows.slice(i, j + 1).filter((r) => r.cells);
    if (block.length >= 2)
      alignBlock(
        block.map((r) => r.cells as PdfCell[]),
        block,
      );
    i = j + 1;
  }
}

function alignBlock(cellRows: PdfCell[][], block: { cells: (PdfCell | null)[] | null }[]): void {
  const numeric = cellRows.filter((cells) => cells.some((c) => /\d/.test(c.text)));
  const spans: [number, number][] = [];
  for (const cells of numeric) for (const c of cells) spans.push([c.left, c.right]);
  spans.sort((a, b) => a[0] - b[0]);
  const columns: [number, number][] = [];
  for (const sp of spans) {
    const last = columns[columns.length - 1];
    if (last && sp[0] <= last[1] + 1) last[1] = Math.max(last[1], sp[1]);
    else columns.push([sp[0], sp[1]]);
  }
  if (columns.length < 2) return;
  const overlap = (c: PdfCell, col: [number, number]) => Math.min(c.right, col[1]) - Math.max(c.left, col[0]);
  block.forEach((row, k) => {
    const cells = cellRows[k]!;
    const placed: (PdfCell | null)[] = Array.from({ length: columns.length }, () => null);
    for (const c of cells) {
      let best = 0;
      let bestScore = -Infinity;
      columns.forEach((col, ci) => {
        const o = overlap(c, col);
        const score = o > 0 ? o : -Math.min(Math.abs(c.left - col[1]), Math.abs(col[0] - c.right));
        if (score > bestScore) [best, bestScore] = [ci, score];
      });
      // Two cells in one column: the columns were not found right for this row; keep it as it is.
      if (placed[best]) return;
      placed[best] = c;
    }
    // Every row gets every column, so that a header row spanning from the left stays in place.
    row.cells = placed;
  });
}

/** A header or footer line with its page number taken out. */
function runningKey(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Lines that open or close most pages (at least two) are running headers and footers. */
function runningLines(pages: string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const pl of pages) {
    const edge = new Set([...pl.slice(0, 2), ...pl.slice(-2)].map(runningKey));
    for (const k of edge) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [k, n] of counts) if (n >= 2 && n >= pages.length / 2 && k !== '') out.add(k);
  // A bare page number ("2", "- 2 -", "Page 2") at the edge of a page is one too.
  for (const k of ['#', '- # -', 'Page #', 'Halaman #', 'Hlm. #', '# of #', '# dari #']) out.add(k);
  return out;
}

export async function pdfToText(data: Uint8Array): Promise<Extracted> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const text: string[] = [];
  const pages: number[] = [];
  const lines: number[] = [];
  const pageLines = async (p: number): Promise<string[]> => {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const [a, b, c, d, e, f] = raw.transform as number[];
      const size = Math.hypot(c!, d!) || Math.hypot(a!, b!) || raw.height;
      items.push({ str: raw.str, x: e!, y: f!, width: raw.width, size });
    }
    page.cleanup();
    return linesFromItems(items);
  };
  const all: string[][] = [];
  try {
    // Several pages in flight at once: pdf.js answers each request through its message
    // queue, and keeping that queue busy is markedly faster than one page at a time.
    const WINDOW = 8;
    for (let first = 1; first <= doc.numPages; first += WINDOW) {
      const batch = [];
      for (let p = first; p < first + WINDOW && p <= doc.numPages; p++) batch.push(pageLines(p));
      all.push(...(await Promise.all(batch)));
    }
  } finally {
    await doc.destroy();
  }
  // A PDF without pages (a failed export) has nothing to check; passing it would say all is well.
  if (all.length === 0) throw new Error(M.pdfNoPages);
  // A scanned manuscript has pages but no text to check; saying so beats reporting nothing found.
  if (all.every((pl) => pl.every((l) => l.trim() === ''))) {
    throw new Error(M.pdfNoText);
  }
  const running = runningLines(all);
  all.forEach((pl, k) => {
    pl.forEach((l, i) => {
      // Running headers and footers (title and page number) would otherwise join the table or
      // sentence they follow; the line numbers of the other lines stay those on the page.
      if ((i < 2 || i >= pl.length - 2) && running.has(runningKey(l))) return;
      text.push(l);
      pages.push(k + 1);
      lines.push(i + 1);
    });
  });
  return { text: text.join('\n'), pages, lines };
}

export const pdfExtractor: Extractor = {
  name: 'PDF',
  extensions: ['.pdf'],
  async extract(data) {
    return pdfToText(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  },
};
