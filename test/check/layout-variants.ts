/**
 * One table, every layout text extraction gives it (issue #14). Held-out recall stays low
 * because a kind of table naskah reads in the layout a reader was tuned on arrives, in the next
 * corpus, in another: tab-separated (a spreadsheet or HTML copy), Markdown pipes (converted
 * pages), space-aligned columns (pdftotext -layout), one cell per line (HTML tables read as
 * text), each row on one line with single spaces (PDF text layers), a row's label on its own
 * line followed by its numbers (PDF cells that wrap), and the whole table run into one paragraph
 * (PDF text read as flowing text). Pure: a table as rows of cells in, text and the offsets of
 * every body cell out, so a test can place each annotated error in every rendering.
 */

export const LAYOUTS = ['tab', 'pipe', 'aligned', 'cell-lines', 'row-lines', 'label-lines', 'paragraph'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** An error in a table: which body row, and which of its cells (inclusive) hold the wrong statistic. */
export interface TableError {
  check: string;
  row: number;
  from: number;
  to?: number;
}

export interface TableSpec {
  id: string;
  lang: 'id' | 'en';
  /** Where the table was taken from (corpus file and item id) and what was left out. */
  source: string;
  caption: string;
  header: string[][];
  rows: string[][];
  errors: TableError[];
}

export interface CellPlace {
  row: number;
  col: number;
  start: number;
  end: number;
}

export interface Rendered {
  text: string;
  /** Body cells only (header rows carry no annotated errors); empty cells are not placed. */
  cells: CellPlace[];
}

class Writer {
  text = '';
  cells: CellPlace[] = [];
  put(s: string) {
    this.text += s;
  }
  cell(s: string, row: number, col: number) {
    if (row >= 0) this.cells.push({ row, col, start: this.text.length, end: this.text.length + s.length });
    this.text += s;
  }
}

type Row = { cells: string[]; row: number };

/** Cells joined by `sep`, empty cells kept when `keepEmpty` (tab and pipe rows keep their columns). */
function writeJoined(w: Writer, r: Row, sep: string, keepEmpty: boolean) {
  let first = true;
  r.cells.forEach((c, col) => {
    if (!keepEmpty && c === '') return;
    if (!first) w.put(sep);
    first = false;
    w.cell(c, r.row, col);
  });
}

export function render(t: TableSpec, layout: Layout): Rendered {
  const w = new Writer();
  const rows: Row[] = [
    ...t.header.map((cells) => ({ cells, row: -1 })),
    ...t.rows.map((cells, row) => ({ cells, row })),
  ];
  const width = Math.max(...rows.map((r) => r.cells.length));
  const padded = rows.map((r) => ({ ...r, cells: [...r.cells, ...Array(width - r.cells.length).fill('')] }));
  switch (layout) {
    case 'tab':
      w.put(`${t.caption}\n`);
      padded.forEach((r, i) => {
        if (i) w.put('\n');
        writeJoined(w, r, '\t', true);
      });
      break;
    case 'pipe':
      w.put(`${t.caption}\n`);
      padded.forEach((r, i) => {
        if (i) w.put('\n');
        if (i === t.header.length && i > 0) w.put(`${Array(width).fill('|---').join('')}|\n`);
        w.put('| ');
        writeJoined(w, r, ' | ', true);
        w.put(' |');
      });
      break;
    case 'aligned': {
      const widths = Array.from({ length: width }, (_, col) => Math.max(...padded.map((r) => r.cells[col]!.length)));
      w.put(`${t.caption}\n`);
      padded.forEach((r, i) => {
        if (i) w.put('\n');
        const last = r.cells.reduce((k, c, col) => (c === '' ? k : col), -1);
        for (let col = 0; col <= last; col++) {
          const c = r.cells[col]!;
          if (c !== '') w.cell(c, r.row, col);
          if (col < last) w.put(' '.repeat(widths[col]! - c.length + 3));
        }
      });
      break;
    }
    case 'cell-lines':
      w.put(t.caption);
      for (const r of rows) {
        r.cells.forEach((c, col) => {
          if (c === '') return;
          w.put('\n');
          w.cell(c, r.row, col);
        });
      }
      break;
    case 'row-lines':
      w.put(t.caption);
      for (const r of rows) {
        if (r.cells.every((c) => c === '')) continue;
        w.put('\n');
        writeJoined(w, r, ' ', false);
      }
      break;
    case 'label-lines':
      w.put(t.caption);
      for (const r of rows) {
        if (r.cells.every((c) => c === '')) continue;
        w.put('\n');
        // The label is the row's first filled cell (a group column may leave the first empty).
        const label = r.cells.findIndex((c) => c !== '');
        if (r.row < 0 || label === r.cells.length - 1) {
          writeJoined(w, r, ' ', false);
          continue;
        }
        writeJoined(w, { row: r.row, cells: r.cells.map((c, col) => (col <= label ? c : '')) }, ' ', false);
        const rest = { row: r.row, cells: r.cells.map((c, col) => (col > label ? c : '')) };
        if (rest.cells.some((c) => c !== '')) {
          w.put('\n');
          writeJoined(w, rest, ' ', false);
        }
      }
      break;
    case 'paragraph':
      w.put(t.caption);
      for (const r of rows) {
        if (r.cells.every((c) => c === '')) continue;
        w.put(' ');
        writeJoined(w, r, ' ', false);
      }
      break;
  }
  return { text: w.text, cells: w.cells };
}

/** The span of an annotated error in a rendering: from its first cell to its last. */
export function errorSpan(r: Rendered, e: TableError): { check: string; start: number; end: number } {
  const to = e.to ?? e.from;
  const cells = r.cells.filter((c) => c.row === e.row && c.col >= e.from && c.col <= to);
  if (!cells.length) throw new Error(`no cell at row ${e.row}, columns ${e.from}..${to}`);
  return {
    check: e.check,
    start: Math.min(...cells.map((c) => c.start)),
    end: Math.max(...cells.map((c) => c.end)),
  };
}
