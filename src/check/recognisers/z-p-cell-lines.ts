/**
 * Tables of rank tests (Mann–Whitney, Wilcoxon) that arrive one cell per line, blank lines
 * between the cells, as web pages copy them: the header ends in a cell "Z" and a cell "p", then
 * each row is a label followed by its cells, the last two its Z and its p:
 *
 *     Z
 *     p
 *     Post Test
 *     62.5A
 *     30; 80
 *     58.8 ± 14.9
 *     1.734
 *     0.083
 *
 * A row starts at a cell that begins with a letter; its Z and p are read when its last two cells
 * are a plain number and a p (a number up to 1, or one after < or >) and at least one other cell
 * comes before them (the groups' values). The rows end at a line longer than a cell (a
 * sentence), or at the next such header. A Z already read at its place is not read again.
 */
import type { Extraction, TestReport } from '../types.ts';
import { parseCellNumber } from './numbers.ts';

const MAX_CELL = 40;
const Z_CELL = /^\s*Z\s*$/;
const P_CELL = /^\s*(?:p|p[- ]value|sig\.?)\s*$/i;

interface Cell {
  text: string;
  start: number;
}

export function readZPCellLines(text: string, extraction: Extraction): void {
  if (!/^\s*Z\s*$/m.test(text)) return;
  const cells: Cell[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') cells.push({ text: line, start: at });
    at += line.length + 1;
  }
  const testsAt = new Set(extraction.tests.map((t) => t.value.start));
  const psAt = new Set<number>();
  for (let i = 0; i + 1 < cells.length; i++) {
    if (!Z_CELL.test(cells[i]!.text) || !P_CELL.test(cells[i + 1]!.text)) continue;
    let j = i + 2;
    while (j < cells.length) {
      const label = cells[j]!;
      if (label.text.trim().length > MAX_CELL || !/^\s*\p{L}/u.test(label.text)) break;
      if (Z_CELL.test(label.text) && j + 1 < cells.length && P_CELL.test(cells[j + 1]!.text)) break;
      let k = j + 1;
      while (k < cells.length && cells[k]!.text.trim().length <= MAX_CELL && !/^\s*\p{L}/u.test(cells[k]!.text)) k++;
      const row = cells.slice(j + 1, k);
      if (row.length >= 3) {
        const zCell = row[row.length - 2]!;
        const pCell = row[row.length - 1]!;
        const z = parseCellNumber(zCell.text, zCell.start);
        const p = parseCellNumber(pCell.text, pCell.start);
        if (z && p && z.op === '=' && !z.percentSign && !p.percentSign && p.num.value <= 1 && z.num.decimals > 0) {
          if (!testsAt.has(z.num.start)) {
            const test: TestReport = {
              kind: 'z',
              label: 'Z',
              op: '=',
              value: z.num,
              df: null,
              p: { op: p.op, num: p.num, oneTailedLabel: false, start: p.num.start, end: p.num.end },
              tails: 'unstated',
              place: { start: z.num.start, end: p.num.end, quoteStart: z.num.start, quoteEnd: p.num.end },
              origin: 'table',
            };
            extraction.tests.push(test);
            testsAt.add(z.num.start);
            psAt.add(p.num.start);
          }
        }
      }
      j = k;
    }
    i = j - 1;
  }
  if (psAt.size > 0) extraction.pValues = extraction.pValues.filter((v) => !psAt.has(v.p.num.start));
}
