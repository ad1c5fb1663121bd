/**
 * The p of a two-level factor printed on its reference row: in a table of odds ratios with a p
 * column after each ratio column, the reference category's row holds the factor's p ("| No |
 * Ref | 0.004 | Ref | 0.007 |") and the next row the other category's ratios with no p ("| Yes
 * | 1.223 (1.065–1.405) | 1.540 (1.275–1.860) | ||"). With two categories the factor's p is
 * that one ratio's, so each ratio takes the p printed after the k-th "Ref" (the k-th ratio
 * column's). A factor with more categories (a row of ratios right below the first) has a p
 * that tests them all at once and no one ratio's: left alone, as is a row whose ratios are not
 * as many as the reference row's p's.
 */
import type { Extraction } from '../types.ts';
import { parseNum } from './numbers.ts';
import { linesWithOffsets } from './lines.ts';

/** A cell of the reference row: "Ref" (or "Reference", "1 (Ref)", "1.00"). */
const REF_CELL = /^(?:1(?:\.0+)?\s*)?\(?(?:ref(?:erence)?\.?)\)?$|^1\.0+$/iu;
/** A p cell: "0.004", "<0.001", "< .001". */
const P_CELL = /^([<>]?)\s*(0?\.\d+|1(?:\.0+)?)\**$/u;
/** A ratio cell with its interval: "1.223 (1.065–1.405)", "0.928 (0784–1.099)**". */
const RATIO_CELL = /^\d+(?:\.\d+)?\s*\(\s*\d*\.?\d+\s*[-–—,]\s*\d+(?:\.\d+)?\s*\)\**$/u;

interface Cell {
  text: string;
  /** Offset of the trimmed text in its line. */
  at: number;
}

const cellsOf = (line: string): Cell[] => {
  const cells: Cell[] = [];
  let from = 0;
  for (const part of line.split('|')) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), at: from + lead });
    from += part.length + 1;
  }
  // The empty strings before the first bar and after the last.
  if (cells[0]?.text === '') cells.shift();
  while (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop();
  return cells;
};

/** The p's after each "Ref" of a reference row, or null when the row is no such row. */
function referenceRowPs(cells: Cell[]): { op: string; raw: string; at: number }[] | null {
  const values = cells.slice(1);
  if (values.length < 2 || values.length % 2 !== 0) return null;
  const ps: { op: string; raw: string; at: number }[] = [];
  for (let i = 0; i < values.length; i += 2) {
    const cell = values[i + 1]!;
    const p = P_CELL.exec(cell.text);
    if (!REF_CELL.test(values[i]!.text) || !p) return null;
    ps.push({ op: p[1]!, raw: p[2]!, at: cell.at });
  }
  return ps;
}

/** A row of ratio cells only (after its label), empty cells aside. */
const ratioCells = (cells: Cell[]): number => {
  const values = cells.slice(1).map((c) => c.text);
  return values.every((c) => c === '' || RATIO_CELL.test(c)) ? values.filter((c) => c !== '').length : 0;
};

export function readReferenceRowPs(text: string, extraction: Extraction): void {
  if (!/\|\s*ref/iu.test(text)) return;
  const { lines, offsets } = linesWithOffsets(text);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.includes('|')) continue;
    const ps = referenceRowPs(cellsOf(lines[i]!));
    if (!ps) continue;
    const next = cellsOf(lines[i + 1]!);
    if (ratioCells(next) !== ps.length) continue;
    // A second row of ratios: more than two categories, whose p is the factor's, not a ratio's.
    if (i + 2 < lines.length && ratioCells(cellsOf(lines[i + 2]!)) > 0) continue;
    const from = offsets[i + 1]!;
    const to = from + lines[i + 1]!.length;
    const ratios = extraction.estimates
      .filter((e) => e.family === 'ratio' && e.ci && e.value.start >= from && e.value.end <= to)
      .sort((a, b) => a.value.start - b.value.start);
    if (ratios.length !== ps.length || ratios.some((e) => e.p)) continue;
    ratios.forEach((e, k) => {
      const { op, raw, at } = ps[k]!;
      const cellStart = offsets[i]! + at;
      const num = parseNum(raw, cellStart + lines[i]!.slice(at).indexOf(raw));
      if (!num) return;
      e.p = {
        op: op === '<' ? '<' : op === '>' ? '>' : '=',
        num,
        oneTailedLabel: false,
        start: cellStart,
        end: num.end,
      };
      // The finding runs from the p on the row above to the ratio's interval.
      e.place = { ...e.place, start: cellStart, quoteStart: Math.min(e.place.quoteStart, offsets[i]!) };
    });
  }
}
