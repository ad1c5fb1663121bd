/**
 * The significance level an Indonesian finding states in its own sentence, away from its p:
 * "nilai Sig. 0,093 artinya variabel ini berpengaruh nyata terhadap model pada taraf nyata α =
 * 0,15", "berpengaruh signifikan pada taraf nyata 10%", "pada tingkat kepercayaan 90%". The
 * author decides at that level, and read against the default 0,05 such a finding is a false
 * alarm. Only levels below 0,2 are taken (as for a level compared right after the p), and not a
 * sample size's margin of error (rumus Slovin, tingkat kesalahan 10%) or an assumption test's
 * level stated just before it.
 */
import type { Num } from '../types.ts';
import { parseNum } from './numbers.ts';

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)(\s*%)?(?![\d.,]*\d)`;

/** "taraf nyata α = 0,15", "taraf signifikansi 10%", "tingkat kesalahan (α) sebesar 0,10", "α = 0,10". */
const LEVEL = new RegExp(
  String.raw`(?:(?:taraf|tingkat)\s+(?:nyata|signifikansi|signifikan|kesalahan|kekeliruan)\s*(?:\(?\s*(?:α|alpha)\s*\)?\s*)?|(?<![\p{L}])(?:α|alpha)(?![\p{L}])\s*)(?:=|sebesar)?\s*${NUMBER}`,
  'giu',
);

/**
 * Words just before a level that make it another one's: a sample size's margin of error (Slovin's
 * "tingkat kesalahan 10%") or an assumption test's level ("uji normalitas pada taraf
 * signifikansi 10%"), not the level of the sentence's finding.
 */
const OTHER_LEVEL_BEFORE =
  /slovin|sampel|margin|presisi|normalitas|homogenitas|linearitas|multikolinear|autokorelasi|heteroskedastis|kolmogorov|shapiro|levene/iu;
/** Slovin's margin of error written after the level: "tingkat kesalahan 10% (e)", "e = 0,1". */
const MARGIN_AFTER = /^\s*\(?\s*e\s*\)?(?![\p{L}])/iu;
/** How far before a level its own words are looked for. */
const BEFORE = 60;

/** "tingkat kepercayaan 90%": the level is what the confidence leaves. */
const CONFIDENCE = /(?:taraf|tingkat)\s+(?:kepercayaan|keyakinan)\s+(?:sebesar\s+)?(9\d(?:[.,]\d)?)\s*%/giu;

/** The first match of `re` in `sentence` that is not another level's (a margin of error, an assumption test's). */
function ownLevel(sentence: string, re: RegExp): RegExpMatchArray | undefined {
  return [...sentence.matchAll(re)].find(
    (m) =>
      !OTHER_LEVEL_BEFORE.test(sentence.slice(Math.max(0, m.index! - BEFORE), m.index)) &&
      !MARGIN_AFTER.test(sentence.slice(m.index! + m[0].length)),
  );
}

/** The level `sentence` (at `base` in the text) states, or null. */
export function statedLevelId(sentence: string, base: number): Num | null {
  const level = ownLevel(sentence, LEVEL);
  if (level) {
    const n = parseNum(level[1]!, 0);
    if (!n) return null;
    const value = level[2] !== undefined || n.value >= 1 ? n.value / 100 : n.value;
    return asLevel(value, base + level.index!, level[0].length);
  }
  const conf = ownLevel(sentence, CONFIDENCE);
  if (!conf) return null;
  const n = parseNum(conf[1]!, 0);
  return n ? asLevel(1 - n.value / 100, base + conf.index!, conf[0].length) : null;
}

/** The level as a proportion printed with two decimals ("10%" → 0,10), or null if none could be. */
function asLevel(value: number, start: number, length: number): Num | null {
  const v = Math.round(value * 1000) / 1000;
  if (!(v > 0 && v < 0.2)) return null;
  const decimals = v >= 0.01 ? 2 : 3;
  return { value: v, decimals, half: 0, raw: v.toFixed(decimals).replace('.', ','), start, end: start + length };
}
