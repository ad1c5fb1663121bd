/**
 * A list of counts with shares whose % signs were lost, its shares not adding up to 100, in a
 * paragraph where another such list's shares do: "… sebanyak 48 orang 44,9, pendidikan SMP 24
 * orang 22,4, … 10 orang 9,3. … status perkawinan … menikah yaitu sebanyak 35 orang 32,4, duda
 * 10 orang 9,3 dan … janda 62 orang 57,9." The other list's counts are the sample (107, its
 * shares adding up to 100). When this list's counts add up to exactly that sample, it covers the
 * same people, and its shares are of it, even though they add up to 99,6 — that is what may be
 * wrong. Read only when the shares add up to 100 within two points (so that a list of another
 * kind is not read), in a sentence with no % sign, no group named before the counts ("dari 72
 * responden") and no pair read otherwise.
 */
import type { CountPct, Lang, PercentGroup } from '../types.ts';
import { COUNT_PCT, GROUP } from './lost-percent-signs.ts';
import { parseCount, parseNum } from './numbers.ts';
import type { Span } from './segments.ts';

/** How far from 100 the shares of a list may add up and it still be taken for one whole. */
const NEAR_100 = 2;

export function readSiblingTotalLostSigns(
  text: string,
  spans: Span[],
  lang: Lang,
  found: PercentGroup[],
): PercentGroup[] {
  const spanAt = new Map(spans.map((s) => [s.start, s]));
  const totalsByPara = new Map<number, Set<number>>();
  const readAt = new Set<number>();
  for (const g of found) {
    for (const p of g.pairs) readAt.add(p.pct.start);
    const span = spanAt.get(g.place.start);
    if (span?.para === undefined || g.pairs.some((p) => p.ownTotal !== null) || g.pairs.length < 2) continue;
    const totals = totalsByPara.get(span.para) ?? new Set<number>();
    totals.add(g.pairs.reduce((s, p) => s + p.count, 0));
    totalsByPara.set(span.para, totals);
  }
  const out: PercentGroup[] = [];
  for (const span of spans) {
    const totals = span.para === undefined ? undefined : totalsByPara.get(span.para);
    if (!totals) continue;
    const sentence = text.slice(span.start, span.end);
    if (/%|\bpersen\b|\bpercent\b/iu.test(sentence)) continue;
    if ([...sentence.matchAll(GROUP)].length > 0) continue;
    const pairs: CountPct[] = [];
    for (const m of sentence.matchAll(COUNT_PCT)) {
      const count = parseCount(m[1]!, lang);
      const pct = parseNum(m[2]!, span.start + m.index! + m[0].lastIndexOf(m[2]!));
      if (count === null || !pct || pct.value > 100 || pct.decimals === 0) continue;
      pairs.push({ count, countStart: span.start + m.index!, pct, ownTotal: null });
    }
    if (pairs.length < 2 || pairs.some((p) => readAt.has(p.pct.start))) continue;
    const counts = pairs.reduce((s, p) => s + p.count, 0);
    const shares = pairs.reduce((s, p) => s + p.pct.value, 0);
    if (!totals.has(counts) || Math.abs(shares - 100) > NEAR_100) continue;
    const place = { start: span.start, end: span.end, quoteStart: span.start, quoteEnd: span.end };
    out.push({ pairs, statedTotals: [counts], totalSource: 'sibling', place, para: -1 });
  }
  return out;
}
