/**
 * Tables that arrive one cell per paragraph, as journal table pages (BMC, Springer) give them
 * when copied: a caption (`Table 1 …`), an optional `From: <article title>` line, then every
 * header cell and every row's label and values, each followed by a blank line. An empty cell is
 * a paragraph of spaces, one space per empty cell (`0.001`, then `  ` for the χ² and p a count
 * row leaves blank). Such a table is rejoined into tab-separated rows: the blank line inside a
 * row becomes a tab and a space, the one between rows a space and a line break, and a paragraph
 * of k spaces becomes k − 1 tabs and a space, so the text keeps its length and every offset.
 *
 * A table is rejoined only when one column count fits it all: every row is a label, then values
 * and empty cells filling exactly that count (or the label alone: a block heading), at least
 * three rows have values, and the header is rejoined only when it has that many cells too. A
 * run that fits no count (a label where a value should be, a row too long) stays as it was.
 *
 * Several readers are built for cells one per line or per paragraph (a header ending in Z and p,
 * group sizes over stacked rows, frequency and percent columns): they know what each column
 * holds, and they decline a table they cannot read with confidence (groups with no size, means
 * in brackets). Rejoined, such a table is read as plain rows and those readers no longer see it.
 * So each table is rejoined only when `rejoinedReadsMore` says its rows check more numbers than
 * its cells as they came: the rows win where they add something, the cells everywhere else.
 */
import { parseCellNumber, parseCountPctCell } from './numbers.ts';

const CAPTION = /^\s*(?:Tabel|Table)\s+\(?[\dIVX]/;
const SOURCE_LINE = /^\s*From:\s/;
const MAX_CELL = 60;
const MAX_RUN = 5000;
/** How many cells may come before the first row (the header's cells). */
const MAX_HEADER = 60;
/** How many of those row starts are tried: each costs a pass over the run per column count. */
const MAX_STARTS = 6;

type Kind = 'empty' | 'value' | 'label';

interface Token {
  kind: Kind;
  /** Paragraph index this token comes from (an empty paragraph of k spaces gives k tokens). */
  para: number;
}

/** A value cell: a number, a count with its share, an estimate with its interval, a p. */
function isValue(cell: string): boolean {
  const c = cell.trim();
  if (parseCellNumber(c) !== null || parseCountPctCell(c, 0, 'en') !== null) {
    // "< 50", "< 18.5" are the labels of age or BMI bands; a compared value is a p ("<0.001").
    return !/^[<>≤≥]/.test(c) || /^[<>≤≥]\s*0?[.,]\d+$/.test(c);
  }
  // A mean with its SD, a minimum and maximum: values, never a row's label.
  if (/^[-−–]?\d[\d.,]*\s*(?:±|\+\/-|;)\s*[-−–]?\d/.test(c)) return true;
  return /^[-−–]?\d[\d.,]*\s*\(\s*[-−–]?\d[\d.,]*\s*[,;–-]\s*[-−–]?\d[\d.,]*\s*\)\s*\**$/.test(c);
}

function kindOf(paragraph: string): Kind {
  if (paragraph.trim() === '') return 'empty';
  return isValue(paragraph) ? 'value' : 'label';
}

function isCellParagraph(p: string): boolean {
  return p.length > 0 && p.length <= MAX_CELL && !p.includes('\n') && !/[.!?]\s+\p{Lu}/u.test(p.trim());
}

interface Rows {
  /** Token index where each row starts, and the row's token count (1 for a heading). */
  starts: number[];
  sizes: number[];
  end: number;
  valueRows: number;
}

/** The rows a run reads as under `width` cells a row, from `first` on; stops at the first misfit. */
function rowsOf(tokens: Token[], first: number, width: number): Rows {
  const starts: number[] = [];
  const sizes: number[] = [];
  let valueRows = 0;
  let at = first;
  while (at < tokens.length && tokens[at]!.kind === 'label') {
    const next = tokens[at + 1];
    if (!next || next.kind === 'label') {
      // A heading is followed by a row, never ends the table.
      if (!next) break;
      starts.push(at);
      sizes.push(1);
      at++;
      continue;
    }
    if (at + width > tokens.length) break;
    let fits = true;
    let values = false;
    for (let k = at + 1; k < at + width; k++) {
      if (tokens[k]!.kind === 'label') fits = false;
      else if (tokens[k]!.kind === 'value') values = true;
    }
    if (!fits) break;
    // The row must end on a paragraph boundary: an empty paragraph is not split across rows.
    const after = tokens[at + width];
    if (after && after.para === tokens[at + width - 1]!.para) break;
    if (values) valueRows++;
    starts.push(at);
    sizes.push(width);
    at += width;
  }
  // Trailing headings with no row after them are not part of the table.
  while (sizes.length > 0 && sizes[sizes.length - 1] === 1) {
    sizes.pop();
    at = starts.pop()!;
  }
  return { starts, sizes, end: at, valueRows };
}

/**
 * `rejoinedReadsMore(given, rejoined)` is asked once per table with the text from its caption to
 * its last cell, as given and as rejoined (same length); the table is rejoined only when it says so.
 */
export function joinParagraphCells(
  text: string,
  rejoinedReadsMore: (given: string, rejoined: string) => boolean,
): string {
  if (!/(?:Tabel|Table)\s/.test(text) || !text.includes('\n\n')) return text;
  const paragraphs = text.split('\n\n');
  const offsets: number[] = [];
  let o = 0;
  for (const p of paragraphs) {
    offsets.push(o);
    o += p.length + 2;
  }
  const out = text.split('');
  let changed = false;
  for (let i = 0; i < paragraphs.length; i++) {
    if (!CAPTION.test(paragraphs[i]!)) continue;
    let j = i + 1;
    if (j < paragraphs.length && SOURCE_LINE.test(paragraphs[j]!)) j++;
    const start = j;
    const tokens: Token[] = [];
    // A table ends where the next caption begins.
    while (
      j < paragraphs.length &&
      j - start < MAX_RUN &&
      isCellParagraph(paragraphs[j]!) &&
      !CAPTION.test(paragraphs[j]!)
    ) {
      const kind = kindOf(paragraphs[j]!);
      const n = kind === 'empty' ? paragraphs[j]!.length : 1;
      for (let k = 0; k < n; k++) tokens.push({ kind, para: j });
      j++;
    }
    // The first row starts at a label followed by a value or an empty cell; a header cell can
    // look like that too (`P` over an empty cell), so every such start is tried.
    let best: (Rows & { width: number; first: number }) | null = null;
    let tried = 0;
    for (let first = 0; first < Math.min(tokens.length - 1, MAX_HEADER) && tried < MAX_STARTS; first++) {
      if (tokens[first]!.kind !== 'label' || tokens[first + 1]!.kind === 'label') continue;
      tried++;
      for (let width = 3; width <= 12; width++) {
        const r = rowsOf(tokens, first, width);
        if (r.valueRows >= 3 && (!best || r.end > best.end)) best = { ...r, width, first };
      }
    }
    if (!best) continue;
    const { first } = best;
    const lastPara = tokens[best.end - 1]!.para;
    const boundary = (para: number, within: boolean) => {
      const at = offsets[para]! + paragraphs[para]!.length;
      out[at] = within ? '\t' : ' ';
      out[at + 1] = within ? ' ' : '\n';
    };
    const blanks = (para: number) => {
      const p = paragraphs[para]!;
      for (let k = 0; k < p.length; k++) out[offsets[para]! + k] = k < p.length - 1 ? '\t' : ' ';
    };
    // The header: rejoined only when it has as many cells as the rows.
    if (first === best.width && tokens[first]!.para > tokens[first - 1]!.para) {
      for (let k = 0; k < first; k++) if (tokens[k]!.kind === 'empty') blanks(tokens[k]!.para);
      for (let p = tokens[0]!.para; p < tokens[first]!.para; p++) boundary(p, p < tokens[first]!.para - 1);
    }
    best.starts.forEach((s, r) => {
      const size = best.sizes[r]!;
      const firstPara = tokens[s]!.para;
      const last = tokens[s + size - 1]!.para;
      for (let p = firstPara; p <= last; p++) {
        if (paragraphs[p]!.trim() === '') blanks(p);
        if (p < last) boundary(p, true);
        else if (p < lastPara) boundary(p, false);
      }
    });
    const from = offsets[i]!;
    const to = offsets[lastPara]! + paragraphs[lastPara]!.length;
    if (rejoinedReadsMore(text.slice(from, to), out.slice(from, to).join(''))) changed = true;
    else for (let k = from; k < to; k++) out[k] = text[k]!;
    i = lastPara;
  }
  return changed ? out.join('') : text;
}

/** For each line of `joined` (same length as `original`), the line of `original` it starts on. */
export function lineMapOf(original: string, joined: string): number[] {
  const map: number[] = [0];
  let line = 0;
  for (let k = 0; k < original.length; k++) {
    if (original[k] === '\n') line++;
    if (joined[k] === '\n') map.push(line);
  }
  return map;
}
