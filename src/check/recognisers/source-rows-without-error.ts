/**
 * Rows of an ANOVA or ANCOVA source table whose error row is not printed (a cropped table, or one
 * that prints only the uncorrected total): under a header line "Sum of Squares  df  Mean Square  F
 * p", rows "Pretest score 36.8 1 36.8 2.581 0.713" (label, sum of squares, df, mean square, F, p)
 * are F tests whose first df is the row's and whose error df is unknown. A row is read only when
 * its mean square is its sum of squares over its df (within their rounding), which confirms the
 * columns. A block that prints an error, residual or within row is left to the readers that take
 * its df; a row already read as a test is not read again. The block ends at a blank line or the
 * next header.
 */
import type { Extraction, Num, TestReport } from '../types.ts';
import { parseNum } from './numbers.ts';

const HEADER = /\bsums?\s+of\s+squares?\b.*?\bdf\b.*?\bmean\s+squares?\b.*?\bF\b.*?(?:\bp\b|\bsig\b\.?)[\s.]*$/i;
const DEC = String.raw`(-?\d*\.\d+|\d+)`;
const ROW = new RegExp(String.raw`^\s*(\p{L}[^\d\n|]*?)\s+${DEC}\s+(\d{1,4})\s+${DEC}\s+${DEC}\s+${DEC}\s*$`, 'u');
/** A row that prints the error term: its df would be the F's second df, so other readers take the block. */
const ERROR_ROW = /^\s*(?:error|residual|within(?:\s+groups?)?)\b/i;

/** Whether the mean square is the sum of squares over df within the rounding of both. */
function meanSquareFits(ss: Num, df: number, ms: Num): boolean {
  return Math.abs(ss.value / df - ms.value) <= ss.half / df + ms.half + 1e-9;
}

export function readSourceRowsWithoutError(text: string, extraction: Extraction): void {
  const testsAt = new Set(extraction.tests.map((t) => t.value.start));
  const psAt = new Set<number>();
  const lines = text.split('\n');
  let offset = 0;
  const starts = lines.map((l) => {
    const s = offset;
    offset += l.length + 1;
    return s;
  });
  for (let i = 0; i < lines.length; i++) {
    if (!HEADER.test(lines[i]!)) continue;
    const block: number[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j]!.trim() !== '' && !HEADER.test(lines[j]!); j++) block.push(j);
    if (block.some((k) => ERROR_ROW.test(lines[k]!))) continue;
    for (const k of block) {
      const m = ROW.exec(lines[k]!);
      if (!m) continue;
      const base = starts[k]!;
      // Offsets of the five numbers: each is searched after the previous one.
      let from = m[1]!.length;
      const nums: Num[] = [];
      for (let g = 2; g <= 6; g++) {
        const at = lines[k]!.indexOf(m[g]!, from);
        const n = parseNum(m[g]!, base + at);
        if (!n) break;
        nums.push(n);
        from = at + m[g]!.length;
      }
      if (nums.length !== 5) continue;
      const [ss, dfNum, ms, f, p] = nums as [Num, Num, Num, Num, Num];
      const df = dfNum.value;
      if (!(df >= 1) || !(p.value <= 1) || f.decimals === 0 || !meanSquareFits(ss, df, ms)) continue;
      if (testsAt.has(f.start)) continue;
      const test: TestReport = {
        kind: 'F',
        label: 'F',
        op: '=',
        value: f,
        df: [df],
        p: { op: '=', num: p, oneTailedLabel: false, start: p.start, end: p.end },
        tails: 'unstated',
        place: { start: f.start, end: p.end, quoteStart: f.start, quoteEnd: p.end },
        origin: 'table',
      };
      extraction.tests.push(test);
      testsAt.add(f.start);
      psAt.add(p.start);
    }
    i = j - 1;
  }
  if (psAt.size > 0) extraction.pValues = extraction.pValues.filter((v) => !psAt.has(v.p.num.start));
}
