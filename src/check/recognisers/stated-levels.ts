/**
 * A significance level an English sentence states other than as "α = .10" or "at the 0.10
 * level": as a percentage ("significant at the 10% level", "at the 10% significance level", "at
 * the 90% confidence level"), or by comparing the cited p with it ("Since p = 0.079 < 0.10, the
 * effect was significant"). Read against the default .05, such a conclusion is a false alarm.
 */
import type { Num, PReport } from '../types.ts';
import { parseNum } from './numbers.ts';

const PERCENT_LEVEL = /\b(\d{1,2}(?:\.\d)?)\s*%\s*(?:(?:significance|significant)\s+)?level\b/iu;
const CONFIDENCE_LEVEL = /\b(9\d(?:\.\d)?)\s*%\s*confidence\s+level\b/iu;
const COMPARED = /^\s*\)?\s*(?:<|>|≤|≥|<=|>=)\s*(0?[.,]\d+)(?![\d])/u;

/** The level `sentence` (at `base`) states for the p it cites, or null. */
export function statedLevel(sentence: string, base: number, p: PReport): Num | null {
  const compared = COMPARED.exec(sentence.slice(p.end - base, p.end - base + 20));
  if (compared) return parseNum(compared[1]!, p.end + compared[0].indexOf(compared[1]!));
  const pct = PERCENT_LEVEL.exec(sentence);
  if (pct) return levelFromPercent(Number(pct[1]) / 100, base + pct.index, pct[0].length);
  const conf = CONFIDENCE_LEVEL.exec(sentence);
  if (conf) return levelFromPercent(1 - Number(conf[1]) / 100, base + conf.index, conf[0].length);
  return null;
}

/** The level as a proportion, printed as one ("10% level" → 0.10). */
function levelFromPercent(value: number, start: number, length: number): Num {
  const v = Math.round(value * 1000) / 1000;
  const decimals = v >= 0.01 ? 2 : 3;
  return { value: v, decimals, half: 0, raw: v.toFixed(decimals), start, end: start + length };
}
