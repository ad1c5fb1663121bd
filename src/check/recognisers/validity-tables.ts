/**
 * Item validity tables: each questionnaire item's correlation with the total score (r hitung)
 * against the critical r (r tabel), with the decision "Valid" or "Tidak Valid". Such a table is
 * a column of decisions from a critical value, and one whose label does not follow from the
 * printed numbers (r hitung 0,190 under r tabel 0,361 called "Valid") is an inconsistent
 * conclusion. Rows are read as printed, also flattened into one line: "Butir 1 0,343 0,201
 * Valid", "X1.1 0,424 r 0,361 Valid" (the ">" lost), "0,295 > 0,361 Tidak Valid". Both
 * numbers are correlations (0 to 1, a decimal separator, two to four decimals); the text must
 * name the critical r somewhere ("r tabel", "r table", "r kritis", "tabel r"), so that two
 * decimals before the word "valid" elsewhere are not read.
 *
 * One table has one critical r (one n, one α): a table whose second column varies from row to
 * row is not r tabel but another statistic (SPSS's Item-Total Statistics prints "Cronbach's
 * Alpha if Item Deleted" there, ".639 .954 valid"), and its rows are not read, unless a row
 * writes its comparison out ("0,295 > 0,361").
 */
import type { CriticalDecision } from '../types.ts';
import { parseNum } from './numbers.ts';
import { blockOf, blockStarts } from '../blocks.ts';

const NAMES_CRITICAL_R = /(?<![\p{L}])(?:r[\s_-]*(?:tabel|table|kritis|critical|tab)\b|tabel\s+r\b|rtabel\b)/iu;
const ROW =
  /(?<![\d.,])(-?0?[.,]\d{2,4})\s*(?:r\s+|[<>≤≥]\s*)?(0?[.,]\d{2,4})(?![\d.,])\s*(tidak\s+valid|tak\s+valid|invalid|not\s+valid|valid)\b/giu;

/** The decisions of an item validity table, read as decisions from a critical value. */
export function readValidityDecisions(text: string): CriticalDecision[] {
  if (!NAMES_CRITICAL_R.test(text)) return [];
  const out: CriticalDecision[] = [];
  const explicit = new Set<CriticalDecision>();
  for (const m of text.matchAll(ROW)) {
    const at = m.index!;
    const stat = parseNum(m[1]!, at + m[0].indexOf(m[1]!));
    const criticalAt = at + m[0].indexOf(m[2]!, m[1]!.length);
    const critical = parseNum(m[2]!, criticalAt);
    if (!stat || !critical || Math.abs(stat.value) >= 1 || critical.value <= 0 || critical.value >= 1) continue;
    const label = m[3]!;
    const end = at + m[0].length;
    const decision: CriticalDecision = {
      kind: 'r',
      stat,
      critical,
      significant: !/^(?:tidak|tak|in|not)/iu.test(label),
      decision: label,
      place: { start: at, end, quoteStart: at, quoteEnd: end },
    };
    out.push(decision);
    if (/[<>≤≥]|\br\s/u.test(text.slice(at + m[1]!.length + m[0].indexOf(m[1]!), criticalAt))) explicit.add(decision);
  }
  return withoutVaryingCriticals(text, out, explicit);
}

/** The rows of a table (a block of text) whose "critical" r differs from row to row, left out. */
function withoutVaryingCriticals(
  text: string,
  decisions: CriticalDecision[],
  explicit: Set<CriticalDecision>,
): CriticalDecision[] {
  if (decisions.length < 2) return decisions;
  const starts = blockStarts(text);
  const criticals = new Map<number, Set<number>>();
  for (const d of decisions) {
    if (explicit.has(d)) continue;
    const block = blockOf(starts, d.place.start);
    const set = criticals.get(block) ?? criticals.set(block, new Set()).get(block)!;
    set.add(d.critical.value);
  }
  return decisions.filter((d) => explicit.has(d) || (criticals.get(blockOf(starts, d.place.start))?.size ?? 0) <= 1);
}
