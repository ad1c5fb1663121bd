/**
 * Frequency tables whose last rows a PDF text layer ran together into the total row: the first
 * rows print label, count and share; the last rows' labels follow one another, then the total
 * row's label, then those rows' counts and the total N, then their shares and 100 —
 *
 *     20-24 14 20,6 25-29 30-34 35-39 Total 21 21 10 68 30,9 30,9 14,7 100,0
 *
 * (the rows 25-29, 30-34 and 35-39 hold 21, 21 and 10 of 68: 30,9, 30,9 and 14,7).
 *
 * The run after the total label is read only when it is k counts and N, then k shares and 100
 * (each count at most N), and the count–share pairs printed just before it, in the same table,
 * complete it: their counts and the run's add up to N exactly, and all the shares to 100 within a
 * point. Each share is then held to N. With k = 0 this is a plain total row "Total 56 100.0"
 * after rows whose labels hold amounts ("2.5 juta – 3.5 juta 17 30.4"), which the frequency-table
 * readers do not take; two pairs or more are needed.
 */
import type { CountPct, Num, PercentGroup, TableBlock } from '../types.ts';
import { parseNum, parseNumberRun } from './numbers.ts';

const TOTAL_RUN =
  /(?<![\p{L}])(?:total|jumlah)\s+((?:\d{1,5}\s+){1,12})((?:\d{1,3}(?:[.,]\d{1,2})?\s+){0,11}100(?:[.,]0{1,2})?)(?![\d.,]*\d|\s+\d{1,3}[.,]\d)/giu;
/** A count and its share in a row printed whole: "14 20,6" (not the end of a range "20-24"). */
const PAIR = /(?<![\d.,\-–])(\d{1,5})\s+(\d{1,3}[.,]\d{1,2})(?![\d]|[.,]\d|\s*[-–]\s*\d)/gu;
/** Where the table begins: its caption. */
const CAPTION = /(?:Tabel|Table)\s+\d+(?:\.\d+)*/giu;
const REACH = 600;

const isWhole = (n: Num) => n.decimals === 0;

export function readTotalRowRuns(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  for (const m of text.matchAll(TOTAL_RUN)) {
    const at = m.index!;
    if (inTable(at)) continue;
    const countsAt = at + m[0].indexOf(m[1]!);
    const counts = parseNumberRun(m[1]!, countsAt);
    const shares = parseNumberRun(m[2]!, countsAt + m[1]!.length);
    if (!counts || !shares || counts.length !== shares.length || !counts.every(isWhole)) continue;
    const n = counts[counts.length - 1]!.value;
    const run = counts.slice(0, -1);
    const runShares = shares.slice(0, -1);
    if (n <= 0 || run.some((c) => c.value > n) || runShares.some((s) => s.value > 100)) continue;
    // The rows printed whole before the run, back to the table's caption.
    const captions = [...text.slice(Math.max(0, at - REACH), at).matchAll(CAPTION)];
    if (captions.length === 0) continue;
    const from = Math.max(0, at - REACH) + captions[captions.length - 1]!.index!;
    const before = [...text.slice(from, at).matchAll(PAIR)].map((p) => ({
      count: parseNum(p[1]!, from + p.index!)!,
      pct: parseNum(p[2]!, from + p.index! + p[0].lastIndexOf(p[2]!))!,
    }));
    let rest = n - run.reduce((s, c) => s + c.value, 0);
    const whole: { count: Num; pct: Num }[] = [];
    for (let i = before.length - 1; i >= 0 && rest > 0; i--) {
      whole.unshift(before[i]!);
      rest -= before[i]!.count.value;
    }
    if (rest !== 0) continue;
    const all = [...whole, ...run.map((c, i) => ({ count: c, pct: runShares[i]! }))];
    const shareSum = all.reduce((s, p) => s + p.pct.value, 0);
    if (all.length < 2 || Math.abs(shareSum - 100) > 1 || all.some((p) => taken.has(p.pct.start))) continue;
    const pairs: CountPct[] = all.map((p, i) => ({
      count: p.count.value,
      countStart: p.count.start,
      pct: p.pct,
      ownTotal: null,
      ...(i >= whole.length ? { apart: true } : {}),
    }));
    const start = pairs[0]!.countStart;
    const end = shares[shares.length - 1]!.end;
    groups.push({
      pairs,
      statedTotals: [n],
      totalSource: 'table',
      place: { start, end, quoteStart: start, quoteEnd: end },
      para: -1,
    });
  }
  return groups;
}
