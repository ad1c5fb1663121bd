/**
 * A printed p followed by its comparison with the level, the p restated by name in parentheses:
 * "p-value = 0,022 (p > 0.05)", "nilai p = 0,000 (p < 0,05)", "Sig. 0,003 (sig < 0,05)". The
 * parenthesis compares the p printed just before it, so a sign that is false of that p ("0,022 >
 * 0.05") is a false comparison, as when the number itself stands before the sign
 * (./comparisons.ts, whose check reports it). Read only after a p's label, so that another
 * number before a parenthesised rule ("skor 0,82 (p < 0,05)") is not taken for the p.
 */
import type { ComparisonReport } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';

const NAMED =
  /(?<![\p{L}\p{N}.,])(0?[.,]\d+|1[.,]0+)\s*\(\s*(?:p|sig\.?|p[-\s]?value|nilai\s+p)\s*(<|>|≤|≥|<=|>=)\s*(0?[.,]0\d*|0?[.,]1(?:0+)?)\s*\)/dgiu;
/** A p's label right before its value: "p-value =", "nilai p", "Sig.", "p value sebesar". */
const P_LABEL =
  /(?:(?<![\p{L}])p(?:[-\s]?value)?|(?<![\p{L}])sig\.?|signifikansi|probabilit(?:y|as))\s*(?:=|:|sebesar|of|is)?\s*$/iu;

export function readNamedComparisons(text: string, spans: Span[]): ComparisonReport[] {
  const out: ComparisonReport[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/\(\s*(?:p|sig|nilai)/i.test(sentence)) continue;
    for (const m of sentence.matchAll(NAMED)) {
      const idx = m.indices!;
      if (!P_LABEL.test(sentence.slice(Math.max(0, idx[1]![0] - 25), idx[1]![0]))) continue;
      const p = parseNum(m[1]!, span.start + idx[1]![0]);
      const level = parseNum(m[3]!, span.start + idx[3]![0]);
      if (!p || !level || level.value <= 0 || level.value > 0.1 + 1e-9) continue;
      const op = m[2]!.replace('<=', '≤').replace('>=', '≥') as ComparisonReport['op'];
      out.push({ p, op, level, place: { start: p.start, end: level.end, quoteStart: span.start, quoteEnd: span.end } });
    }
  }
  return out;
}
