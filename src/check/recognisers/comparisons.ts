/**
 * A p-value compared with the significance level as printed: "0.007 > 0.05", "p = 0,021 >
 * 0,05", "(0,000 < 0,05)". The number on the left is a probability (0 to 1, printed with a
 * decimal separator), the one on the right a level (0.1 or below); both may be written with a
 * comma or a point, without a leading zero. A comparison whose sign is lost in page text
 * ("p=0,0160,05") is not one, nor is an interval's upper limit followed by the p cell of its
 * table row ("0.810 to 0.890 <0.001"). "p = 0,177 <  = 0,05" lost its α between the sign and
 * "=" (a "≤" is never spaced so): read as "<", except where p equals the level, where a
 * spaced "≤" would hold and "<" would not. A number right after "±" is an SD, not a p: "5.5 ±
 * 0.27<0.001" is a table row whose SD ran into its p cell.
 */
import type { ComparisonReport } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { closesInterval } from './interval-bounds.ts';
import { closesParenInterval } from './paren-interval-bounds.ts';
import { inRunOfPCells } from './p-cell-runs.ts';

const P_NUM = String.raw`(0?[.,]\d+|1[.,]0+)`;
const LEVEL = String.raw`(0?[.,]0\d*|0?[.,]1(?:0+)?)`;
const COMPARISON = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\-–/])${P_NUM}\s*\)?\s*(<|>|≤|≥|<=|>=)\s*(?:(?:α|alpha)\s*=?\s*|(?<=\s)=\s*)?${LEVEL}(?![\p{N}]|[.,]\d)`,
  'gdu',
);

export function readComparisons(text: string, spans: Span[]): ComparisonReport[] {
  const out: ComparisonReport[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/[<>≤≥]/.test(sentence)) continue;
    for (const m of sentence.matchAll(COMPARISON)) {
      const idx = m.indices!;
      // "0.810 to 0.890 <0.001": an interval's upper limit and the p cell after it.
      if (closesInterval(text, span.start + idx[1]![0])) continue;
      // "0.90 (0.87, 0.94) <0.0001": the same in parentheses.
      if (closesParenInterval(text, span.start + idx[1]![0], span.start + idx[1]![1])) continue;
      // "5.5 ± 0.27<0.001": an SD run into the p cell after it (a table stored without separators).
      if (/±\s*$/u.test(sentence.slice(Math.max(0, idx[1]![0] - 3), idx[1]![0]))) continue;
      // "0.072 <0.0001 < 0.0001": a table row's p cells, one per group (./p-cell-runs.ts).
      if (inRunOfPCells(text, span.start + idx[1]![0], span.start + idx[3]![1])) continue;
      const p = parseNum(m[1]!, span.start + idx[1]![0]);
      const level = parseNum(m[3]!, span.start + idx[3]![0]);
      if (!p || !level || level.value <= 0 || level.value > 0.1 + 1e-9) continue;
      // "0,05 <  = 0,05": "< α =" or a spaced "≤"? Only there does the reading matter: not read.
      if (/^\s+=/.test(sentence.slice(idx[2]![1])) && Math.abs(p.value - level.value) < 1e-12) continue;
      const op = m[2]!.replace('<=', '≤').replace('>=', '≥') as ComparisonReport['op'];
      out.push({
        p,
        op,
        level,
        place: { start: p.start, end: level.end, quoteStart: span.start, quoteEnd: span.end },
      });
    }
  }
  return out;
}

/** Is the comparison true of the printed numbers? (Equal numbers make "<" and ">" false.) */
export function holds(c: ComparisonReport): boolean {
  const a = c.p.value;
  const b = c.level.value;
  const eq = Math.abs(a - b) < 1e-12;
  switch (c.op) {
    case '<':
      return a < b && !eq;
    case '>':
      return a > b && !eq;
    case '≤':
      return a < b || eq;
    case '≥':
      return a > b || eq;
  }
}
