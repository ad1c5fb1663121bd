/**
 * SPSS's Case Processing Summary pasted as text: per row the valid cases, the missing cases and
 * the total, each a count and its percent ("Tidak Ada Insentif 147 100,0% 0 ,0% 147 100,0%",
 * "PreTestKontrol 24 100.0% 0 0.0% 24 100.0%"; SPSS prints ,0 without its leading zero). The row
 * is its own evidence: the valid and missing counts add up to the total, whose percent is 100.
 * The valid and missing percents are then held to the total.
 */
import type { CountPct, PercentGroup, TableBlock } from '../types.ts';
import { parseNum } from './numbers.ts';

const PCT = String.raw`(\d{0,3}[.,]\d+|\d{1,3})\s*%`;
const ROW = new RegExp(
  String.raw`(?<![\p{N}.,])(\d{1,6})\s+${PCT}\s+(\d{1,6})\s+${PCT}\s+(\d{1,6})\s+(100(?:[.,]0+)?)\s*%`,
  'gu',
);

export function readSpssCaseSummaries(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  for (const m of text.matchAll(ROW)) {
    const at = m.index!;
    const [valid, missing, total] = [Number(m[1]), Number(m[3]), Number(m[5])];
    if (inTable(at) || total <= 0 || valid + missing !== total) continue;
    // The offsets of each group in the match, found in order.
    let from = 0;
    const place = (s: string) => {
      const i = m[0].indexOf(s, from);
      from = i + s.length;
      return at + i;
    };
    const validAt = place(m[1]!);
    const validPct = parseNum(m[2]!, place(m[2]!));
    const missingAt = place(m[3]!);
    const missingPct = parseNum(m[4]!, place(m[4]!));
    if (!validPct || !missingPct || taken.has(validPct.start) || taken.has(missingPct.start)) continue;
    const pairs: CountPct[] = [
      { count: valid, countStart: validAt, pct: validPct, ownTotal: null },
      { count: missing, countStart: missingAt, pct: missingPct, ownTotal: null },
    ];
    const end = at + m[0].length;
    groups.push({
      pairs,
      statedTotals: [total],
      totalSource: 'row',
      place: { start: at, end, quoteStart: at, quoteEnd: end },
      para: -1,
    });
  }
  return groups;
}
