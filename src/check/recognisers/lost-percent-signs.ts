/**
 * Counts with percentages whose % signs were lost, read where the text says what they are:
 * - in a sentence without any % sign, a count of people right after the group it belongs to,
 *   its percentage straight after it: "diperoleh dari 72 responden dengan perilaku sakit kategori
 *   baik ada sebanyak 20 responden 27,82 yang mengalami …" (20 of the 72); without a group, such
 *   counts are read only as a list whose percentages add up to 100 ("sebanyak 90 orang 61,6 dan
 *   … sebanyak 56 orang 38,4");
 * - after a column header "n (%)" (or "f (%)"), counts with their percentage in brackets:
 *   "Karakteristik n (%) Umur 26-35 27 (39,1) 36-45 38 (55) 46-55 4 (5,9)"; these have no
 *   total of their own and are checked as any list of pairs is (their percentages adding up to
 *   100 make the sum of their counts the total).
 */
import type { CountPct, Lang, PercentGroup } from '../types.ts';
import type { Span } from './segments.ts';
import { parseCount, parseNum } from './numbers.ts';
import { paddedColumn } from './padded-decimals.ts';
import { sharesOfAnotherTotal } from './other-total-shares.ts';
import { groupIsCountedShare } from './counted-group-phrases.ts';

const PEOPLE = String.raw`(?:orang|responden|respondents?|people|participants?|partisipan|subjek|subyek|subjects?|pasien|patients?|siswa|students?|mahasiswa|ibu|mothers?|balita|anak|children|sampel|kasus|kontrol|cases|controls)`;
/** The group: "dari 72 responden", "di antara 76 responden", "among 40 patients". */
export const GROUP = new RegExp(
  String.raw`(?<![\p{L}])(?:dari|di\s?antara|among|of)\s+(\d{1,5})\s+(?:orang\s+)?${PEOPLE}\b`,
  'giu',
);
/**
 * A count of people and a number with decimals straight after it: "20 responden 27,82". A number
 * alone on its line is no such count: in running prose it is a page number a page break stranded
 * in the sentence ("… dan 27\n72\nresponden 54 patuh", page 72), and the sentence's count is the
 * number before it.
 */
export const COUNT_PCT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\-–/])(?!(?<=\n[ \t]*)\d{1,5}[ \t]*\r?\n)(\d{1,5})\s+(?:orang\s+)?${PEOPLE}\s+(\d{1,3}(?:[.,]\d{1,2})?)(?![\p{N}%]|[.,]\d|\s*(?:%|persen|percent|tahun|years?|bulan|months?|kg|cm|mmhg|poin|points?))`,
  'giu',
);
const HEADER = /(?<![\p{L}])[nNfF]\s*\(\s*%\s*\)/u;
/** "27 (39,1)": a count and, in brackets, its percentage without the sign. */
const BRACKETED = /(?<![\p{L}\p{N}.,\-–/])(\d{1,5})\s*\(\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*\)/gu;

export function readLostPercentSigns(text: string, spans: Span[], lang: Lang): PercentGroup[] {
  const groups: PercentGroup[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    const place = { start: span.start, end: span.end, quoteStart: span.start, quoteEnd: span.end };
    // A table's "Persentase" header flattened into the sentence does not print a % sign.
    if (!/%|\bpersen\b|\bpercent\b/i.test(sentence)) {
      const groupsAt = [...sentence.matchAll(GROUP)]
        .filter((g) => !groupIsCountedShare(sentence, g.index!, g[0], g[1]!, COUNT_PCT))
        .map((g) => ({
          at: g.index!,
          end: g.index! + g[0].length,
          n: Number(g[1]),
        }));
      const listed: CountPct[] = [];
      const splits = new Map<(typeof groupsAt)[number], CountPct[]>();
      for (const m of sentence.matchAll(COUNT_PCT)) {
        // The group is the last one named before the count, after any earlier pair.
        const group = groupsAt.filter((g) => g.end <= m.index!).pop();
        const count = parseCount(m[1]!, lang);
        const pct = parseNum(m[2]!, span.start + m.index! + m[0].lastIndexOf(m[2]!));
        if (count === null || !pct || pct.value > 100) continue;
        // A whole number after a count of people is a share only in a list adding up to exactly 100 (below).
        if (group && pct.decimals === 0) continue;
        if (!group) {
          listed.push({ count, countStart: span.start + m.index!, pct, ownTotal: null });
          continue;
        }
        if (count > group.n) continue;
        const pair: CountPct = { count, countStart: span.start + m.index!, pct, ownTotal: group.n };
        const split = splits.get(group) ?? [];
        splits.set(group, [...split, pair]);
      }
      for (const [group, split] of splits) {
        if (sharesOfAnotherTotal(split, group.n)) continue;
        for (const pair of split) groups.push({ pairs: [pair], statedTotals: [], place, para: -1 });
      }
      // Without a group, a list is read only when its percentages add up to 100 ("sebanyak 90 orang
      // 61,6 dan … sebanyak 56 orang 38,4"): they are then shares of the sum of its counts.
      // Shares all printed "67,60" and "32,40" were rounded to one decimal and padded (./padded-decimals.ts).
      for (const run of hundredRuns(listed)) {
        const padded = paddedColumn(run.map((p) => p.pct));
        groups.push({ pairs: run.map((p, i) => ({ ...p, pct: padded[i]! })), statedTotals: [], place, para: -1 });
      }
    }
    const header = HEADER.exec(sentence);
    if (header) {
      const pairs: CountPct[] = [];
      for (const m of sentence.slice(header.index).matchAll(BRACKETED)) {
        const at = span.start + header.index + m.index!;
        const count = parseCount(m[1]!, lang);
        const pct = parseNum(m[2]!, at + m[0].lastIndexOf(m[2]!));
        if (count === null || !pct || pct.value > 100) continue;
        pairs.push({ count, countStart: at, pct, ownTotal: null });
      }
      if (pairs.length >= 2) groups.push({ pairs, statedTotals: [], place, para: span.para ?? -1 });
    }
  }
  return groups;
}

/**
 * The runs of consecutive pairs whose percentages add up to 100, one variable's categories each
 * (a paragraph may list several variables in turn). Whole numbers ("sebanyak 64 responden 80, …
 * sebanyak 16 responden 20") must add up to 100 exactly; shares with decimals within their rounding.
 */
function hundredRuns(listed: CountPct[]): CountPct[][] {
  const runs: CountPct[][] = [];
  let i = 0;
  while (i < listed.length) {
    const end = hundredEnd(listed, i);
    if (end === null) i++;
    else {
      runs.push(listed.slice(i, end + 1));
      i = end + 1;
    }
  }
  return runs;
}

/** The last pair of the run from `i` whose percentages add up to 100, or null. */
function hundredEnd(listed: CountPct[], i: number): number | null {
  let total = 0;
  for (let j = i; j < listed.length; j++) {
    total += listed[j]!.pct.value;
    const run = listed.slice(i, j + 1);
    const slack = run.every((p) => p.pct.decimals === 0) ? 0 : run.reduce((a, p) => a + p.pct.half, 0);
    if (run.length >= 2 && Math.abs(total - 100) <= slack + 1e-9) return j;
    if (total > 100 + slack + 1e-9) return null;
  }
  return null;
}
