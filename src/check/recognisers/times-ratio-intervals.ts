/**
 * A ratio said as "so many times", with its interval after it: "risikonya mencapai 19,729 kali
 * 95% CI: 18,739-20,771", and the same with the level's % sign lost in page text ("17,318 kali
 * 95 CI: 14,411-15,778"). "kali" right before a labelled interval makes the number the interval's
 * estimate, a ratio (odds, prevalence odds or risk ratio: all log-symmetric).
 */
import type { EstimateReport } from '../types.ts';
import { parseNum } from './numbers.ts';

const TIMES_CI =
  /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)\s+kali\s*\(?\s*(\d{2}(?:[.,]\d+)?)\s*%?\s*(?:CI|IK)\s*[:=]?\s*(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)(?![\p{N}]|[.,]\d)/dgu;

export function readTimesRatioIntervals(text: string): EstimateReport[] {
  const out: EstimateReport[] = [];
  for (const m of text.matchAll(TIMES_CI)) {
    const idx = m.indices!;
    const value = parseNum(m[1]!, idx[1]![0]);
    const level = parseNum(m[2]!, idx[2]![0]);
    const lower = parseNum(m[3]!, idx[3]![0]);
    const upper = parseNum(m[4]!, idx[4]![0]);
    if (!value || !level || !lower || !upper) continue;
    if (level.value < 80 || level.value >= 100 || value.value <= 0 || lower.value <= 0 || upper.value <= lower.value)
      continue;
    const end = idx[0]![1];
    out.push({
      family: 'ratio',
      label: 'rasio',
      value,
      ci: { level: level.value, lower, upper, start: idx[3]![0], end: upper.start + upper.raw.length },
      p: null,
      place: { start: value.start, end, quoteStart: value.start, quoteEnd: end },
      origin: 'text',
    });
  }
  return out;
}
