/**
 * English tables whose last three columns are a t, its df and its p (`… T test Df Sig`, `| t |
 * df | p |`): each row below the header that ends in a number with decimals, a whole number and
 * a p (`1 Measuring blood pressure 9.28 ± 0.88 8.80 ± 0.797 0.775 38 0.079`) is a t test whose p
 * is checked against t(df). Whatever stands before the three cells (means, SDs, counts) is left
 * alone: the df is printed, so neither the design nor the group sizes are needed.
 *
 * Read only when the layout is certain: the header must end in the three column names, in that
 * order, and the rows are those up to the first blank line after them. A caption or header that
 * names another test or a p that is not t's own two- or one-sided p (Mann–Whitney, Wilcoxon,
 * Welch, adjusted, Bonferroni, Holm, FDR, corrected, permutation, bootstrap, one-tailed) makes
 * the table unread; so does a t already read at the same place. The notes below a table say so
 * as often as its caption ("Note. p values are one-tailed."), so the lines after its rows are
 * read for that too. A table ends at a blank line, at the next caption ("Table 3 …") or at the
 * next header ending in a df and a p: a χ² table pasted right below has rows of the same shape
 * ("Sex 3.84 1 0.050") whose statistic is not a t.
 */
import type { Extraction, Num, PReport } from '../types.ts';
import { parseNum } from './numbers.ts';
import { linesWithOffsets } from './lines.ts';
import { tableTTest } from './table-t-tests.ts';

const T_COLUMN = String.raw`t(?:[\s-]*(?:test|value|stat(?:istic)?|score))?`;
const DF_COLUMN = String.raw`(?:df|d\.f\.)`;
const P_COLUMN = String.raw`(?:p(?:[\s-]*value)?|sig\.?|significance)(\s*\(\s*2[\s-]*tailed\s*\))?`;
/** A header line ending in the t, df and p columns. */
const HEADER = new RegExp(String.raw`(?:^|[\s|])${T_COLUMN}[\s|]+${DF_COLUMN}[\s|]+${P_COLUMN}[\s|]*$`, 'iu');
/** A row's last cells: t (with decimals), df (whole) and p (with decimals, perhaps a bound, stars or a footnote letter). */
const ROW_END = /(?:^|[\s|])([-−–]?\d*\.\d+)\**[\s|]+(\d{1,5})[\s|]+([<>]?)\s*(\d*\.\d+)(?:\*+|[a-d†‡§])?[\s|]*$/du;
/** How far from a line's end its last three cells are looked for. */
const ROW_END_CHARS = 80;
/** A longer line is a paragraph, not a table row. */
const MAX_ROW_CHARS = 300;
/** A caption or header that says the p is not t's own, or the statistic is not Student's t. */
export const NOT_T_OWN_P =
  /\b(?:mann|whitney|wilcoxon|welch|adjusted|bonferroni|holm|fdr|corrected|permutation|bootstrap(?:ped)?|one[\s-]tailed|1[\s-]tailed|one[\s-]sided)\b/iu;
const CAPTION_LINES = 6;
/** How many non-blank lines after a table's last row are read as its notes. */
const NOTE_LINES = 3;
/** Another table's header (any statistic, then df and p) or caption: the table above has ended. */
const OTHER_HEADER = new RegExp(String.raw`(?:^|[\s|])[^\s|]+[\s|]+${DF_COLUMN}[\s|]+${P_COLUMN}[\s|]*$`, 'iu');
const CAPTION = /^\s*(?:table|tabel)\s+\d/iu;
const MAX_ROWS = 40;

const num = (raw: string, start: number): Num | null => parseNum(raw.replace(/^[−–]/u, '-'), start);

/** A t test a table row prints, with the p it is checked against. */
export interface TableTTestCell {
  test: ReturnType<typeof tableTTest>;
  pValue: Extraction['pValues'][number];
}

/**
 * The t test of a table row's "t, df, p" cells (`bound`: the "<" or ">" printed before the p, or
 * none), placed from t to p and quoted as the whole row; `null` when a test already read
 * overlaps it.
 */
export function tableTTestCell(
  extraction: Extraction,
  cells: { t: Num; df: number; bound: string; p: Num },
  tails: Parameters<typeof tableTTest>[3],
  row: { start: number; length: number },
): TableTTestCell | null {
  const { t, df, bound, p } = cells;
  const place = { start: t.start, end: p.end, quoteStart: row.start, quoteEnd: row.start + row.length };
  if (extraction.tests.some((x) => x.place.start < place.end && x.place.end > place.start)) return null;
  const op = bound === '<' ? '<' : bound === '>' ? '>' : '=';
  const pReport: PReport = { op, num: p, oneTailedLabel: false, start: p.start, end: p.end };
  return { test: tableTTest(t, df, pReport, tails, place), pValue: { p: pReport, place, attached: true } };
}

/**
 * Takes a row's "t, df, p" cells into `found` when they can be a t test: both numbers read, a
 * positive df, a p not above 1, a t not read already. Says whether they could (the row counts as
 * one of the table's even when a test already read overlaps it and nothing is taken).
 */
export function takeTableTTestCell(
  extraction: Extraction,
  cells: { t: Num | null; df: number; bound: string; p: Num | null },
  tails: Parameters<typeof tableTTest>[3],
  row: { start: number; length: number },
  readAt: Set<number>,
  found: TableTTestCell[],
): boolean {
  const { t, df, bound, p } = cells;
  if (!t || !p || !(df > 0) || p.value > 1 || readAt.has(t.start)) return false;
  const cell = tableTTestCell(extraction, { t, df, bound, p }, tails, row);
  if (cell) {
    found.push(cell);
    readAt.add(t.start);
  }
  return true;
}

/** Adds a table's t tests to the extraction unless the notes below its last row say its p's are not t's own. */
export function keepTableTTests(
  extraction: Extraction,
  found: TableTTestCell[],
  lines: string[],
  lastRow: number,
): void {
  if (notesSayNotTOwnP(lines, lastRow)) return;
  for (const { test, pValue } of found) {
    extraction.tests.push(test);
    extraction.pValues.push(pValue);
  }
}

/** Do the notes below a table (the first non-blank lines after its last row) say its p's are not t's own? */
export function notesSayNotTOwnP(lines: string[], lastRow: number): boolean {
  const notes = lines
    .slice(lastRow + 1)
    .filter((l) => l.trim() !== '')
    .slice(0, NOTE_LINES)
    .join('\n');
  return NOT_T_OWN_P.test(notes);
}

export function readTDfPColumns(text: string, extraction: Extraction): void {
  if (!/\bdf\b|d\.f\./iu.test(text)) return;
  const { lines, offsets: starts } = linesWithOffsets(text);
  const readAt = new Set(extraction.tests.map((t) => t.value.start));
  for (let h = 0; h < lines.length; h++) {
    const header = HEADER.exec(lines[h]!);
    if (!header) continue;
    const caption = lines.slice(Math.max(0, h - CAPTION_LINES), h + 1).join('\n');
    if (NOT_T_OWN_P.test(caption)) continue;
    const tails = header[1] ? 'two' : 'unstated';
    const found: TableTTestCell[] = [];
    let last = h;
    for (let i = h + 1; i < lines.length && i <= h + MAX_ROWS; i++) {
      const line = lines[i]!;
      if (line.trim() === '') {
        if (last > h) break;
        continue;
      }
      // The next table's caption or header starts another table.
      if (OTHER_HEADER.test(line) || CAPTION.test(line)) break;
      if (line.length > MAX_ROW_CHARS) continue;
      const cut = Math.max(0, line.length - ROW_END_CHARS);
      const m = ROW_END.exec(line.slice(cut));
      // A row has a label before its numbers.
      if (!m || !/\p{L}/u.test(line.slice(0, cut + m.index))) continue;
      last = i;
      const at = (group: number) => starts[i]! + cut + m.indices![group]![0];
      const cells = { t: num(m[1]!, at(1)), df: Number(m[2]), bound: m[3]!, p: num(m[4]!, at(4)) };
      takeTableTTestCell(extraction, cells, tails, { start: starts[i]!, length: line.length }, readAt, found);
    }
    keepTableTTests(extraction, found, lines, last);
  }
}
