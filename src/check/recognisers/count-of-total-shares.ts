/**
 * A count of a stated total with its share later in the clause: "2 dari 10 siswa mendapat nilai
 * ≥ 72, jika dipersentase 20 dengan keterangan tuntas", "12 dari 30 responden menjawab setuju,
 * atau 40%". The share is a number with "%" or "persen", or, its sign lost, the number right after
 * "dipersentase(kan)" or "persentase(nya)". Between the two only words stand, or a threshold
 * printed with its comparison sign ("nilai ≥ 72"): another number and which count the share is of
 * is a guess. Each share is held to its count of the total it is written with.
 */
import type { Lang, PercentGroup } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';

const COUNT_OF_TOTAL = /(?<![\p{L}\p{N}.,])(\d{1,5})\s+dari\s+(\d{1,5})(?![\d.,]*\d)\s+(?:orang\s+)?\p{L}+/giu;
const SHARE =
  /(?:(?<![\p{N}.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|persen\b)|(?:dipersentase(?:kan)?|persentase(?:nya)?|prosentase(?:nya)?)\s+(?:sebesar\s+|yaitu\s+|adalah\s+|menjadi\s+)?(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]*\d))/iu;
/** How far after the count its share may stand. */
const REACH = 120;

export function readCountOfTotalShares(text: string, spans: Span[], _lang: Lang, taken: Set<number>): PercentGroup[] {
  const groups: PercentGroup[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    for (const m of sentence.matchAll(COUNT_OF_TOTAL)) {
      const count = Number(m[1]);
      const total = Number(m[2]);
      if (!(total > 0) || count > total) continue;
      const from = m.index! + m[0].length;
      const window = sentence.slice(from, from + REACH).split(/[;.](?!\d)/u)[0]!;
      const s = SHARE.exec(window);
      if (!s) continue;
      const between = window.slice(0, s.index);
      // Only words, or thresholds with their sign, between the count and its share.
      if (/\d/u.test(between.replace(/[<>≤≥]=?\s*\d+(?:[.,]\d+)?/gu, ''))) continue;
      const raw = s[1] ?? s[2]!;
      const pctAt = span.start + from + s.index! + s[0].lastIndexOf(raw);
      if (taken.has(pctAt)) continue;
      const pct = parseNum(raw, pctAt);
      if (!pct || pct.value > 100) continue;
      const start = span.start + m.index!;
      groups.push({
        pairs: [{ count, countStart: start, pct, ownTotal: total }],
        statedTotals: [],
        place: { start, end: pct.end, quoteStart: start, quoteEnd: pct.end },
        para: -1,
      });
    }
  }
  return groups;
}
