/**
 * A share printed before its count and total: "37.6 % (104/277) of the goats", "15% (12 of 80)",
 * "41,2% (n = 14/34)". The count over the total in the parenthesis is what the share must be, as
 * for "104/277 (37.6%)" the other way round (./percentages.ts). Only a whole count not above its
 * whole total is read, grouped in thousands as the language groups them ("23.3% (1,527/6,528)",
 * "23,3% (1.527/6.528)"), and not two years ("12% (2018/2019)": a period).
 */
import type { CountPct, Lang } from '../types.ts';
import { parseCount, parseNum } from './numbers.ts';

export const SHARE_THEN_FRACTION =
  /(?<![\p{N}.,])(\d+(?:[.,]\d+)?)\s*%\s*\(\s*(?:[nN]\s*=\s*)?(\d+(?:[.,]\d{3})*)\s*(?:\/|of|dari)\s*(\d+(?:[.,]\d{3})*)\s*\)/dgu;

const isYear = (n: number): boolean => n >= 1900 && n <= 2100;

/** The pairs of the sentence (its text from `base`) read this way, with the stretch each takes. */
export function shareThenFractionPairs(
  sentence: string,
  base: number,
  lang: Lang,
): { pair: CountPct; span: [number, number] }[] {
  const out: { pair: CountPct; span: [number, number] }[] = [];
  for (const m of sentence.matchAll(SHARE_THEN_FRACTION)) {
    const idx = m.indices!;
    const pct = parseNum(m[1]!, base + idx[1]![0]);
    const count = parseCount(m[2]!, lang);
    const total = parseCount(m[3]!, lang);
    if (!pct || count === null || total === null || total === 0 || count > total || pct.value > 100) continue;
    if (isYear(count) && isYear(total)) continue;
    out.push({ pair: { count, countStart: base + idx[2]![0], pct, ownTotal: total }, span: [m.index!, idx[0]![1]] });
  }
  return out;
}
