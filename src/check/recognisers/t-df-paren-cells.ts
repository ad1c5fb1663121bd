/**
 * Tables that print each t with its df in brackets and its p in the next cell, under a header
 * naming that column "t test (df)" or "t (df)" and a p column after it: "Treatment 7.85 (3.73)
 * 5.06 (4.71) 0.60 3.48 (33) .001 0.04 (–0.45 to 0.54) 0.17 (62) .87" (within-group and
 * between-group tests in one row). Every "t (df) p" run in the rows below such a header is a t
 * test whose p is checked against t(df); the means, SDs, effect sizes and intervals around them
 * are left alone (a bracket with decimals is an SD or an interval, not a df), and a row gives no
 * more t's than the header has "t (df)" columns, its rightmost runs.
 *
 * Read only under such a header, for the lines up to the next caption or a line of prose. A
 * caption or note that names another test or a p that is not t's own (Mann–Whitney, Welch,
 * adjusted, one-tailed …) makes the table unread, as in t-df-p-columns.ts; so does a t already
 * read at the same place.
 */
import type { Extraction, Num } from '../types.ts';
import { parseNum } from './numbers.ts';
import { linesWithOffsets } from './lines.ts';
import { NOT_T_OWN_P, keepTableTTests, takeTableTTestCell, type TableTTestCell } from './t-df-p-columns.ts';

/** A header naming a "t (df)" column and, right after it, a p column: a column between them (an
 *  effect size, an interval) would put its number where a cell's p is read. */
const HEADER =
  /(?:^|[\s|])t(?:[\s-]*(?:test|value|stat(?:istic)?))?\s*\(\s*df\s*\)[\s|]+(?:p|sig\.?)(?:[\s-]*value)?(?=[\s|]|$)/iu;
/** Each "t (df)" column the header names. */
const T_DF_COLUMN = /(?:^|[\s|])t(?:[\s-]*(?:test|value|stat(?:istic)?))?\s*\(\s*df\s*\)/giu;
/** t (with decimals), its whole df in brackets, then its p (with decimals, perhaps a bound or stars). */
const CELL = /(?<![\d.,])([-−–]?\d*\.\d+)\s*\(\s*(\d{1,5})\s*\)[\s|]+([<>]?)\s*(\d*\.\d+)(?:\*+)?(?![\d.,])/gu;
const CAPTION = /^\s*(?:table|tabel)\s+\d/iu;
/** A longer line is a paragraph, not a table row. */
const MAX_ROW_CHARS = 300;
const MAX_LINES = 80;
const CAPTION_LINES = 6;

const num = (raw: string, start: number): Num | null => parseNum(raw.replace(/^[−–]/u, '-'), start);

export function readTDfParenCells(text: string, extraction: Extraction): void {
  if (!/\(\s*df\s*\)/iu.test(text)) return;
  const { lines, offsets: starts } = linesWithOffsets(text);
  const readAt = new Set(extraction.tests.map((t) => t.value.start));
  for (let h = 0; h < lines.length; h++) {
    if (!HEADER.test(lines[h]!)) continue;
    const columns = [...lines[h]!.matchAll(T_DF_COLUMN)].length;
    const caption = lines.slice(Math.max(0, h - CAPTION_LINES), h + 1).join('\n');
    if (NOT_T_OWN_P.test(caption)) continue;
    const found: TableTTestCell[] = [];
    let last = h;
    for (let i = h + 1; i < lines.length && i <= h + MAX_LINES; i++) {
      const line = lines[i]!;
      if (CAPTION.test(line) || line.length > MAX_ROW_CHARS || HEADER.test(line)) break;
      // A row has no more t's than the header has "t (df)" columns; those are its last runs
      // (a mean with a whole SD before a mean below 1, "0.8 (1) 0.7", reads like one too).
      for (const m of [...line.matchAll(CELL)].slice(-columns)) {
        const at = starts[i]! + m.index!;
        const cells = {
          t: num(m[1]!, at),
          df: Number(m[2]),
          bound: m[3]!,
          p: num(m[4]!, at + m[0].lastIndexOf(m[4]!)),
        };
        const row = { start: starts[i]!, length: line.length };
        if (takeTableTTestCell(extraction, cells, 'unstated', row, readAt, found)) last = i;
      }
    }
    keepTableTTests(extraction, found, lines, last);
    h = last;
  }
}
