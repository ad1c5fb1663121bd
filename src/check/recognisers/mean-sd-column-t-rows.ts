/**
 * Rows of a two-group table whose means and SDs stand in columns of their own, then t and p:
 * `| Pay | 2.25 | 0.82 | 2.42 | 0.95 | 3.177 | 0.0023 |`, under a header whose cells name them
 * (`M | SD | M | SD`, `Mean | SD | Mean | SD`), names a t column, and gives the two group sizes
 * (`Nurses in Southern Hospitals (n = 630) |`, on one line or one per line:
 * ./split-group-sizes.ts). The p is checked against t with n₁ + n₂ − 2 df, as for the rows of
 * "mean ± SD" cells (./two-group-t-rows.ts), with the same exclusions: a title, header or note
 * naming a paired, Welch's, rank or adjusted test, one-tailed p's, or sized columns that are
 * time points of the same people.
 *
 * The t is not checked against the means here. Such tables list a scale's items one per row,
 * and an item some people left blank has fewer answers than the header's group sizes: 1.5 %
 * fewer lowers the t by 0.75 %, enough to miss a t printed to three decimals, while the p of
 * t at 1,276 or 1,257 df is the same to its printed digits.
 */
import type { Extraction, Num, PReport } from '../types.ts';
import { parseNum } from './numbers.ts';
import { cellsLeftToRight, linesWithOffsets } from './lines.ts';
import { tableTTest } from './table-t-tests.ts';
import { splitGroupSizes } from './split-group-sizes.ts';

const N = String.raw`\d+(?:\.\d+)?`;
/** A label cell (it holds a letter), four numeric cells, t and p, each between bars. */
const ROW = new RegExp(
  String.raw`^\s*\|?\s*[^\d|\n][^|\n]*\p{L}[^|\n]*\|\s*(${N})\s*\|\s*(${N})\s*\|\s*(${N})\s*\|\s*(${N})\s*\|\s*([-−–]?${N})\s*\|\s*([<>]?)\s*(${N})\s*\|?[\s|]*$`,
  'u',
);
/** The header line naming the four cells. */
const CELL_NAMES = /^\s*\|?\s*(?:M|Mean)\s*\|\s*SD\s*\|\s*(?:M|Mean)\s*\|\s*SD\s*(?:\||$)/u;
const T_AND_P = /(?:^|\|)\s*t\s*\|\s*p(?:[-\s]?value)?\s*(?:\||$)/iu;
const PAIRED = /\b(?:paired|dependent|related[-\s]samples?|within[-\s]subjects?)\b/iu;
const NOT_POOLED =
  /\b(?:welch|mann|whitney|wilcoxon|adjusted|bonferroni|holm|fdr|corrected|ancova|covariates?|one[\s-](?:tailed|sided)|1[\s-]tailed)\b/iu;
const TIME_POINTS =
  /\b(?:pre|post)[\s-]?(?:test|intervention|treatment|training)?\b|\b(?:before|after|baseline|follow[\s-]?up)\b/iu;
const SIZE = /\b[nN]\s*=\s*(\d+)\b/g;
/** How far above the first row the cell names may stand, and how many lines below are notes. */
const HEADER_LINES = 6;
const NOTE_LINES = 3;
const isSeparator = (line: string): boolean => line.includes('|') && line.includes('--') && /^[\s|:-]+$/u.test(line);

/** The two group sizes above the rows starting at line `top`: one header line with both, or one per line. */
function groupSizes(lines: string[], top: number): [number, number] | null {
  const above = lines.slice(Math.max(0, top - HEADER_LINES), top);
  const both = above.filter((l) => [...l.matchAll(SIZE)].length === 2).pop();
  if (both !== undefined) {
    if (TIME_POINTS.test(both)) return null;
    const [a, b] = [...both.matchAll(SIZE)].map((s) => Number(s[1]));
    return [a!, b!];
  }
  const split = splitGroupSizes(lines, top);
  if (!split || split.sizedLines.some((l) => TIME_POINTS.test(l))) return null;
  return split.sizes;
}

export function readMeanSdColumnTRows(text: string, extraction: Extraction): void {
  if (!text.includes('|')) return;
  const { lines, offsets } = linesWithOffsets(text);
  for (let h = 0; h < lines.length; h++) {
    if (!CELL_NAMES.test(lines[h]!)) continue;
    const header = lines.slice(Math.max(0, h - HEADER_LINES), h + 1).join('\n');
    if (!T_AND_P.test(header) || PAIRED.test(header) || NOT_POOLED.test(header)) continue;
    let end = h + 1;
    while (end < lines.length && (ROW.test(lines[end]!) || isSeparator(lines[end]!))) end++;
    if (end === h + 1) continue;
    const notes = lines
      .slice(end)
      .filter((l) => l.trim() !== '')
      .slice(0, NOTE_LINES)
      .join('\n');
    if (PAIRED.test(notes) || NOT_POOLED.test(notes)) continue;
    const sizes = groupSizes(lines, h);
    if (!sizes || sizes.some((n) => n < 2)) continue;
    const df = sizes[0] + sizes[1] - 2;
    for (let i = h + 1; i < end; i++) {
      const line = lines[i]!;
      const m = ROW.exec(line);
      if (!m) continue;
      const lineStart = offsets[i]!;
      const next = cellsLeftToRight(lineStart, (raw, from): Num | null => {
        const at = line.indexOf(raw, from);
        return parseNum(raw.replace(/[−–]/u, '-'), lineStart + at);
      });
      const cells = [m[1], m[2], m[3], m[4]].map((raw) => next(raw!));
      const t = next(m[5]!);
      const p = next(m[7]!);
      if (cells.some((c) => !c) || !t || !p || p.value > 1) continue;
      if (extraction.tests.some((x) => x.place.start < p.end && x.place.end > t.start)) continue;
      const op = m[6] === '<' ? '<' : m[6] === '>' ? '>' : '=';
      const pReport: PReport = { op, num: p, oneTailedLabel: false, start: p.start, end: p.end };
      const place = { start: t.start, end: p.end, quoteStart: lineStart, quoteEnd: lineStart + line.length };
      extraction.tests.push(tableTTest(t, df, pReport, 'unstated', place));
      extraction.pValues.push({ p: pReport, place, attached: true });
    }
  }
}
