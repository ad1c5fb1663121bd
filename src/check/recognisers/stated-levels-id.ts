/**
 * The significance level an Indonesian finding states in its own sentence, away from its p:
 * "nilai Sig. 0,093 artinya variabel ini berpengaruh nyata terhadap model pada taraf nyata α =
 * 0,15", "berpengaruh signifikan pada taraf nyata 10%", "pada tingkat kepercayaan 90%". The
 * author decides at that level, and read against the default 0,05 such a finding is a false
 * alarm. Only levels below 0,2 are taken (as for a level compared right after the p).
 */
import type { Num } from '../types.ts';
import { parseNum } from './numbers.ts';

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)(\s*%)?(?![\d.,]*\d)`;

/** "taraf nyata α = 0,15", "taraf signifikansi 10%", "tingkat kesalahan (α) sebesar 0,10", "α = 0,10". */
const LEVEL = new RegExp(
  String.raw`(?:(?:taraf|tingkat)\s+(?:nyata|signifikansi|signifikan|kesalahan|kekeliruan)\s*(?:\(?\s*(?:α|alpha)\s*\)?\s*)?|(?<![\p{L}])(?:α|alpha)(?![\p{L}])\s*)(?:=|sebesar)?\s*${NUMBER}`,
  'iu',
);

/** "tingkat kepercayaan 90%": the level is what the confidence leaves. */
const CONFIDENCE = /(?:taraf|tingkat)\s+(?:kepercayaan|keyakinan)\s+(?:sebesar\s+)?(9\d(?:[.,]\d)?)\s*%/iu;

/** The level `sentence` (at `base` in the text) states, or null. */
export function statedLevelId(sentence: string, base: number): Num | null {
  const level = LEVEL.exec(sentence);
  if (level) {
    const n = parseNum(level[1]!, 0);
    if (!n) return null;
    const value = level[2] !== undefined || n.value >= 1 ? n.value / 100 : n.value;
    return asLevel(value, base + level.index, level[0].length);
  }
  const conf = CONFIDENCE.exec(sentence);
  if (!conf) return null;
  const n = parseNum(conf[1]!, 0);
  return n ? asLevel(1 - n.value / 100, base + conf.index, conf[0].length) : null;
}

/** The level as a proportion printed with two decimals ("10%" → 0,10), or null if none could be. */
function asLevel(value: number, start: number, length: number): Num | null {
  const v = Math.round(value * 1000) / 1000;
  if (!(v > 0 && v < 0.2)) return null;
  const decimals = v >= 0.01 ? 2 : 3;
  return { value: v, decimals, half: 0, raw: v.toFixed(decimals).replace('.', ','), start, end: start + length };
}
