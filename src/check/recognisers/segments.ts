/**
 * Splits the text into the units the recognisers read: sentences of prose (a reported
 * p belongs to a statistic of its own sentence) and table blocks (tab-separated rows as
 * pasted from SPSS or Word, Markdown pipe rows, rows extracted from HTML/PDF/DOCX tables,
 * which the extractors write tab-separated, and plain-text columns aligned with spaces).
 */
import type { Cell, TableBlock, TableRow } from '../types.ts';
import type { Source } from '../source.ts';
import { parseCellNumber, parseCountPctCell } from './numbers.ts';
import { headerThroughUnits } from './unit-header-rows.ts';

export interface Span {
  start: number;
  end: number;
  /** Paragraph number, for sentences. */
  para?: number;
}

export interface Segments {
  sentences: Span[];
  tables: TableBlock[];
  /** Table cells that read like prose (`t(95) = 8,62; p < 0,001`), to recognise statements in. */
  cells: Span[];
}

const MD_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const MD_ROW = /^\s*\|.*\|\s*$/;
const LIST_OR_HEADING = /^\s*(#{1,6}\s|[-*•]\s|\d{1,2}[.)]\s|[a-z][.)]\s|(Tabel|Table|Gambar|Figure)\s+\d)/;
const ABBREVIATION =
  /(?:^|[\s(])(Std|Sig|Asymp|dkk|al|vs|No|no|Tab|Fig|Gbr|Dr|dr|Prof|Jl|Hal|hlm|Vol|pp|cf|e\.g|i\.e|St|Mr|Mrs|Ms|Sdr|Bpk|[A-Z])$/;

function splitCells(line: string, lineStart: number, continuing = false): Cell[] | null {
  if (MD_ROW.test(line)) {
    const cells: Cell[] = [];
    let pos = line.indexOf('|') + 1;
    const last = line.lastIndexOf('|');
    while (pos <= last) {
      const next = line.indexOf('|', pos);
      const end = next < 0 ? last : next;
      cells.push(trimCell(line, pos, end, lineStart));
      pos = end + 1;
      if (next < 0 || next === last) break;
    }
    return cells.length >= 2 ? cells : null;
  }
  let sep: RegExp | null = null;
  if (line.includes('\t')) sep = /\t/g;
  else if (/\S {2,}\S/.test(line)) sep = / {2,}/g;
  if (!sep) return null;
  const cells: Cell[] = [];
  let pos = 0;
  for (const m of line.matchAll(sep)) {
    cells.push(trimCell(line, pos, m.index!, lineStart));
    pos = m.index! + m[0].length;
  }
  cells.push(trimCell(line, pos, line.length, lineStart));
  const filled = cells.filter((c) => c.text !== '');
  // Inside a table, a tab-separated line with one filled cell is a group heading (a colspan row).
  if (filled.length < (continuing && sep.source === '\\t' ? 1 : 2)) return null;
  if (sep.source === ' {2,}') {
    // Space-aligned columns are a table only when they look like one: short cells, and numbers.
    const numeric = filled.filter((c) => isNumericCell(c.text)).length;
    if (numeric < 2 || filled.some((c) => c.text.length > 48)) return null;
  }
  return cells;
}

function trimCell(line: string, from: number, to: number, lineStart: number): Cell {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, start: lineStart + from + lead, end: lineStart + from + lead + text.length };
}

export function isNumericCell(text: string): boolean {
  return (
    parseCellNumber(text) !== null ||
    parseCountPctCell(text, 0, 'en') !== null ||
    parseCountPctCell(text, 0, 'id') !== null
  );
}

function makeRow(cells: Cell[], line: number, start: number, end: number): TableRow {
  const label = cells
    .filter((c) => c.text && !isNumericCell(c.text))
    .map((c) => c.text)
    .join(' ');
  return { cells, label, line, start, end };
}

export function segment(source: Source): Segments {
  const sentences: Span[] = [];
  const tables: TableBlock[] = [];
  const cells: Span[] = [];
  const n = source.lineCount;
  let paraStart = -1;
  let paraEnd = -1;
  let para = 0;
  const flush = () => {
    if (paraStart >= 0) splitSentences(source.text, paraStart, paraEnd, para++, sentences);
    paraStart = -1;
  };
  let i = 0;
  while (i < n) {
    const text = source.lineText(i);
    const rowCells = splitCells(text, source.lineStart(i));
    if (rowCells) {
      flush();
      const next = readTable(source, i, tables, cells);
      // A line that looks like cells only to the loose reading (not the strict one) is prose.
      if (next > i) {
        i = next;
        continue;
      }
    }
    if (text.trim() === '' || MD_SEPARATOR.test(text)) {
      flush();
    } else {
      // `36) = 4.03` after a line ending in `F(1,` is the rest of a parenthesis, not a list item.
      if (LIST_OR_HEADING.test(text) && !(i > 0 && unclosedParen(source.lineText(i - 1)))) flush();
      if (paraStart < 0) paraStart = source.lineStart(i);
      paraEnd = source.lineEnd(i);
    }
    i++;
  }
  flush();
  return { sentences, tables, cells };
}

function readTable(source: Source, first: number, tables: TableBlock[], cellSpans: Span[]): number {
  const rows: TableRow[] = [];
  let i = first;
  for (; i < source.lineCount; i++) {
    const text = source.lineText(i);
    if (MD_SEPARATOR.test(text) && text.includes('-')) continue;
    const cells = splitCells(text, source.lineStart(i), true);
    if (!cells) {
      // A cell whose text wrapped onto a line of its own (in PDF text) does not end the table.
      const next = i + 1 < source.lineCount ? source.lineText(i + 1) : '';
      const wrapped =
        rows.length > 0 &&
        text.trim() !== '' &&
        text.length <= 40 &&
        !/\d/.test(text) &&
        splitCells(next, 0, true) !== null;
      if (wrapped) continue;
      break;
    }
    rows.push(makeRow(cells, i, source.lineStart(i), source.lineEnd(i)));
  }
  if (rows.length === 0) return first;
  // Title: the non-table lines just above (table number, caption, SPSS output title).
  const titleLines: string[] = [];
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) {
    const t = source.lineText(j).trim();
    if (t === '') {
      if (titleLines.length) break;
      continue;
    }
    if (splitCells(source.lineText(j), 0)) break;
    titleLines.unshift(t);
  }
  let h = 0;
  while (h < rows.length && !rows[h]!.cells.some((c) => isNumericCell(c.text))) {
    // Below the header, a row with only its first cell filled is a group heading ("Jenis kelamin"), not header.
    const filled = rows[h]!.cells.filter((c) => c.text !== '');
    if (h > 0 && filled.length === 1 && filled[0] === rows[h]!.cells[0]) break;
    h++;
  }
  h = headerThroughUnits(rows, h);
  const header = rows.slice(0, h);
  const body = rows.slice(h);
  tables.push({ title: titleLines.join(' '), header, body, start: rows[0]!.start, end: rows[rows.length - 1]!.end });
  for (const row of rows) {
    for (const c of row.cells)
      if (/[=<>]/.test(c.text) && /\p{L}/u.test(c.text)) cellSpans.push({ start: c.start, end: c.end });
  }
  return i;
}

function unclosedParen(line: string): boolean {
  const open = line.lastIndexOf('(');
  return open >= 0 && !line.includes(')', open) && line.length - open <= 40;
}

function splitSentences(text: string, start: number, end: number, paraNo: number, out: Span[]): void {
  const para = text.slice(start, end);
  // Page text may glue a sentence to the next ("kepuasan pasien.Dan nilai p = 0,007 …"): a full
  // stop after a lowercase word and before a capitalised one ends a sentence too ("Sp.OG",
  // "Kep.Ners" and "www.Kemkes.go.id" do not: the word before or after is not such).
  const re = /[.!?](?=\s+["“'([]?\p{Lu})|(?<=\p{Ll}{3})[.!?](?=\p{Lu}\p{Ll}{2,}\s)/gu;
  let from = 0;
  for (const m of para.matchAll(re)) {
    const before = para.slice(Math.max(0, m.index! - 12), m.index!);
    if (ABBREVIATION.test(before)) continue;
    out.push({ start: start + from, end: start + m.index! + 1, para: paraNo });
    from = m.index! + 1;
    while (from < para.length && /\s/.test(para[from]!)) from++;
  }
  if (from < para.length) out.push({ start: start + from, end, para: paraNo });
}
