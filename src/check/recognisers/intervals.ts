/**
 * Confidence intervals as written: `95% CI [1.19, 36.14]`, `IK 95% [1,19; 36,14]`,
 * `CI 95% = 1,12–36,44`, `(95% CI: 0.91 to 44.88)`, `selang kepercayaan 95% 1,12 sampai
 * 36,44`, and a bare range in parentheses right after a ratio: `OR = 6,56 (1,19–36,14)`.
 */
import type { CiReport } from '../types.ts';
import { SIGNED_NUM, parseNum, parseCellNumber } from './numbers.ts';

const NAME = String.raw`(?:CI|IK|KI|Cl|confidence\s+interval|selang\s+kepercayaan|interval\s+kepercayaan|rentang\s+kepercayaan)`;
const LEVEL = String.raw`(\d{2}(?:[.,]\d+)?)\s*%`;
// A comma with no space after it separates bounds only before an upper bound with a decimal point
// that closes a bracket ("[3.236,7.737]"): elsewhere "1,19" is a decimal comma.
const RANGE_SEP = String.raw`\s*(?:–|—|-|to|sampai|hingga|s\.?\s?d\.?|s\/d|;|,\s|,(?=\d+\.\d+\s*[\])]))\s*`;
const BODY = String.raw`\s*[:=,]?\s*(?:(?:sebesar|of|adalah|yaitu)\s+)?[\[(]?\s*(${SIGNED_NUM})${RANGE_SEP}(${SIGNED_NUM})\s*[\])]?`;

/** The name's abbreviation after it: "95% confidence interval (CI): 1.2, 17.9". */
const ABBREVIATION = String.raw`(?:\s*\(\s*(?:CI|IK|KI)\s*\))?`;

// No lookbehind in front (it would be tried at every character); the letter before a hit is tested in code.
const LABELLED = new RegExp(
  String.raw`(?:${LEVEL}\s*${NAME}|${NAME}\s*(?:\(\s*)?${LEVEL}(?:\s*\))?|${NAME})(?![\p{L}])${ABBREVIATION}${BODY}`,
  'gdui',
);
const LETTER = /\p{L}/u;

const BARE = new RegExp(
  String.raw`\(\s*(${SIGNED_NUM})\s*(?:–|—|-|to|sampai|hingga|s\.?\s?d\.?|;)\s*(${SIGNED_NUM})\s*\)`,
  'gdu',
);

export interface FoundCi extends CiReport {
  levelStated: boolean;
  /** A bare parenthesised range, taken as a CI only right after a ratio. */
  bare: boolean;
}

/**
 * An upper limit broken after its decimal comma, "CI 1,472-16, 869)": read whole ("16,869") when
 * the lower limit has a decimal comma and as many decimals as the digits after the break, and the
 * interval closes right after them.
 */
function brokenUpper(
  text: string,
  lowerRaw: string,
  upperRaw: string,
  end: number,
): { raw: string; end: number } | null {
  if (!/^\d+$/.test(upperRaw)) return null;
  const decimals = /,(\d+)$/.exec(lowerRaw)?.[1]?.length;
  const m = /^,\s(\d+)(?=\s*[)\];])/.exec(text.slice(end, end + 12));
  if (!decimals || !m || m[1]!.length !== decimals) return null;
  return { raw: `${upperRaw},${m[1]}`, end: end + m[0].length };
}

export function scanIntervals(text: string): FoundCi[] {
  const out: FoundCi[] = [];
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m; m = LABELLED.exec(text)) {
    // …nor a level that is the tail of a number before it: "OR=2.02,95%CI" has the level 95, not 2,95.
    if (m.index > 0 && (LETTER.test(text[m.index - 1]!) || (m[1] !== undefined && /[\d.]/.test(text[m.index - 1]!)))) {
      LABELLED.lastIndex = m.index + 1;
      continue;
    }
    const idx = m.indices!;
    const levelRaw = m[1] ?? m[2];
    const lower = parseNum(m[3]!, idx[3]![0]);
    const broken = brokenUpper(text, m[3]!, m[4]!, idx[4]![1]);
    const upper = parseNum(broken ? broken.raw : m[4]!, idx[4]![0]);
    if (!lower || !upper) continue;
    if (broken) upper.end = broken.end;
    out.push({
      level: levelRaw ? Number(levelRaw.replace(',', '.')) : 95,
      levelStated: levelRaw !== undefined,
      lower,
      upper,
      start: m.index!,
      end: upper.end,
      bare: false,
    });
  }
  for (const m of text.matchAll(BARE)) {
    const idx = m.indices!;
    if (out.some((c) => m.index! < c.end && c.start < idx[0]![1])) continue;
    const lower = parseNum(m[1]!, idx[1]![0]);
    const upper = parseNum(m[2]!, idx[2]![0]);
    if (!lower || !upper) continue;
    out.push({ level: 95, levelStated: false, lower, upper, start: m.index!, end: idx[0]![1], bare: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A table cell holding a range: `1,19–36,14`, `[1.19, 36.14]`, `1,19 - 36,14`. */
const RANGE_CELL = new RegExp(String.raw`^\s*[\[(]?\s*(${SIGNED_NUM})${RANGE_SEP}(${SIGNED_NUM})\s*[\])]?\s*$`, 'du');

export function parseRangeCell(
  text: string,
  start: number,
): { lower: ReturnType<typeof parseNum>; upper: ReturnType<typeof parseNum> } | null {
  const m = RANGE_CELL.exec(text);
  if (!m) return null;
  if (parseCellNumber(text)) return null;
  return { lower: parseNum(m[1]!, start + m.indices![1]![0]), upper: parseNum(m[2]!, start + m.indices![2]![0]) };
}
