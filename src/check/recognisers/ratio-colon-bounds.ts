/**
 * A ratio with its interval's bounds after a colon, the whole in one parenthesis: "unemployed
 * mothers (AOR 3.01: 1.46, 6.20)", "(OR 2.76: (1.52, 4.99))". Abstracts write the 95% CI so
 * without naming it; the two numbers after the colon, closing the parenthesis, are the lower and
 * upper bound (the level is then taken as 95%, as for a bare range after a ratio,
 * ./intervals.ts). Read only when all three numbers have decimals and the lower bound is below
 * the upper; what they mean beyond that (the ratio inside, at the centre) is the
 * confidence-interval check's.
 */
import type { EstimateReport } from '../types.ts';
import { parseNum } from './numbers.ts';

const NUM = String.raw`\d+[.,]\d+`;
const COLON_BOUNDS = new RegExp(
  String.raw`\(\s*((?:a|adj\.?\s*|adjusted\s+|c|crude\s+)?(?:OR|RR|HR|PR|IRR))\s*[=]?\s*(${NUM})\s*:\s*(\(\s*)?(${NUM})\s*,\s*(${NUM})\s*(?:\)\s*)?\)`,
  'dgiu',
);

export function readRatioColonBounds(text: string): EstimateReport[] {
  const out: EstimateReport[] = [];
  for (const m of text.matchAll(COLON_BOUNDS)) {
    const idx = m.indices!;
    // An inner parenthesis opened must be closed: "(OR 2.76: (1.52, 4.99))".
    if (m[3] !== undefined && !/\)\s*\)$/u.test(m[0])) continue;
    const value = parseNum(m[2]!, idx[2]![0]);
    const lower = parseNum(m[4]!, idx[4]![0]);
    const upper = parseNum(m[5]!, idx[5]![0]);
    if (!value || !lower || !upper || lower.value <= 0 || upper.value <= lower.value) continue;
    const end = idx[0]![1];
    out.push({
      family: 'ratio',
      label: m[1]!.replace(/\s+/gu, ' '),
      value,
      ci: { level: 95, lower, upper, start: lower.start, end: upper.end },
      p: null,
      place: { start: idx[1]![0], end, quoteStart: m.index!, quoteEnd: end },
      origin: 'text',
    });
  }
  return out;
}
