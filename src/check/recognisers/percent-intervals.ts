/**
 * A percentage with its confidence interval: "26.3% (95% CI 25.4 to 27.1)", "8.6% (95% CI:
 * 7.7–9.6%)", and in a table whose note says the parentheses hold 95% confidence intervals,
 * "8.3% (6.0–10.5)". The estimate is a proportion: its interval is centred on it when it is a Wald
 * interval, but a Wilson, exact (Clopper–Pearson) or logit interval is not, and survey weights
 * move it further, so only containment is checked (family `other`): a share outside its own
 * interval is a misprint whatever the method.
 */
import type { EstimateReport, Num } from '../types.ts';
import { parseNum } from './numbers.ts';

const N = String.raw`(\d+(?:[.,]\d+)?)`;
const SEP = String.raw`\s*(?:–|—|-|to|sampai|hingga)\s*`;

/** "26.3% (95% CI 25.4 to 27.1)", "26,3% (IK 95%: 25,4–27,1)": the interval named in the parenthesis. */
const NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])${N}\s*%\s*\(\s*(?:(\d{2}(?:[.,]\d+)?)\s*%\s*)?(?:CI|IK|KI|confidence\s+interval|selang\s+kepercayaan)(?:\s*(\d{2}(?:[.,]\d+)?)\s*%)?\s*[:=,]?\s*${N}\s*%?${SEP}${N}\s*%?\s*\)`,
  'dgiu',
);

/** "8.3% (6.0–10.5)": a bare range after a percentage, read only where the text says what it is. */
const BARE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])${N}\s*%\s*\(\s*${N}\s*%?${SEP}${N}\s*%?\s*\)`, 'dgu');

/** A note or header saying that the parentheses (or the table) hold 95% confidence intervals. */
const SAYS_PARENTHESES_ARE_CIS =
  /confidence\s+intervals?\s+(?:are\s+)?(?:given|shown|presented|reported|printed)\s+in\s+(?:the\s+)?(?:parenthes[ie]s|brackets)|%\s*\(\s*95\s*%\s*CI\s*\)|interval\s+kepercayaan\s+(?:95\s*%\s+)?(?:dalam|di\s+dalam)\s+kurung/i;

/** How far from a bare interval the sentence that explains the parentheses may stand. */
const NOTE_REACH = 3000;

function estimate(value: Num, level: number, lower: Num, upper: Num, end: number): EstimateReport {
  return {
    family: 'other',
    label: '%',
    value,
    ci: { level, lower, upper, start: lower.start, end: upper.start + upper.raw.length },
    p: null,
    place: { start: value.start, end, quoteStart: value.start, quoteEnd: end },
    origin: 'text',
  };
}

/** A share and bounds on one scale: "85% (95% CI: 0.78–0.91)" prints the bounds as proportions, another scale. */
function plausible(value: Num, lower: Num, upper: Num): boolean {
  const proportions = upper.value <= 1 && value.value > 1;
  return !proportions && value.value <= 100 && upper.value <= 100 && lower.value < upper.value;
}

export function readPercentIntervals(text: string): EstimateReport[] {
  const out: EstimateReport[] = [];
  const taken = new Set<number>();
  for (const m of text.matchAll(NAMED)) {
    const idx = m.indices!;
    const value = parseNum(m[1]!, idx[1]![0]);
    const levelRaw = m[2] ?? m[3];
    const level = levelRaw ? Number(levelRaw.replace(',', '.')) : 95;
    const lower = parseNum(m[4]!, idx[4]![0]);
    const upper = parseNum(m[5]!, idx[5]![0]);
    if (!value || !lower || !upper || level < 80 || level >= 100 || !plausible(value, lower, upper)) continue;
    out.push(estimate(value, level, lower, upper, idx[0]![1]));
    taken.add(value.start);
  }
  const notes = [...text.matchAll(new RegExp(SAYS_PARENTHESES_ARE_CIS, 'gi'))].map((m) => m.index);
  if (notes.length === 0) return out;
  for (const m of text.matchAll(BARE)) {
    const idx = m.indices!;
    if (!notes.some((at) => Math.abs(at - m.index) <= NOTE_REACH)) continue;
    const value = parseNum(m[1]!, idx[1]![0]);
    const lower = parseNum(m[2]!, idx[2]![0]);
    const upper = parseNum(m[3]!, idx[3]![0]);
    if (!value || !lower || !upper || taken.has(value.start) || !plausible(value, lower, upper)) continue;
    out.push(estimate(value, 95, lower, upper, idx[0]![1]));
  }
  return out;
}
