/**
 * Numbered lists of scores with their sum, as observation sheets print them: "1. Membuka
 * pembelajaran 4 / 2. Menyiapkan media pembelajaran 2 / … / 11. Menutup pembelajaran 2 / Jumlah
 * skor 21". Every item is numbered (1, 2, … K, one by one, K ≥ 3) and ends in a whole number, its
 * score; the total row right after the last item gives their sum. The prose after the list that
 * restates the sum with a mean ("diperoleh skor 21, rerata 2,63") gives the mean of the K scores.
 *
 * An item ending otherwise (a percentage, a unit, a word) leaves the list unread: it is not a
 * list of scores.
 */
import type { ListedSumReport, Num } from '../types.ts';
import { parseNum } from './numbers.ts';

const TOTAL_ROW = /(?<![\p{L}])(?:Jumlah|Total)(?:\s+(?:skor|nilai))?\s+(\d{1,5})(?![\d.,]*\d)/giu;
const ITEM_NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,2})\.\s+(?=\p{L})/gu;
const REACH = 3000;
/** How far after the list its sum may be restated with a mean. */
const PROSE = 1500;
const RESTATED_MEAN =
  /(?<![\p{L}])skor\s+(?:total\s+)?(?:sebesar\s+)?(\d{1,5})\s*,?\s*(?:dengan\s+)?(?:rerata|rata-rata|rata\s+rata)\s+(?:sebesar\s+)?(\d+[.,]\d+)/giu;

export function readNumberedScoreLists(text: string): ListedSumReport[] {
  const out: ListedSumReport[] = [];
  for (const t of text.matchAll(TOTAL_ROW)) {
    const from = Math.max(0, t.index! - REACH);
    const before = text.slice(from, t.index!);
    const marks = [...before.matchAll(ITEM_NUMBER)];
    // The items: the last run of numbers 1 … K, each the one after the one before.
    let first = -1;
    for (let i = marks.length - 1; i >= 0; i--) {
      const n = Number(marks[i]![1]);
      const next = marks[i + 1];
      if (next && Number(next[1]) !== n + 1) break;
      if (n === 1) {
        first = i;
        break;
      }
    }
    if (first < 0 || marks.length - first < 3) continue;
    const scores: Num[] = [];
    for (let i = first; i < marks.length; i++) {
      const start = marks[i]!.index!;
      const end = i + 1 < marks.length ? marks[i + 1]!.index! : before.length;
      const item = before.slice(start, end).replace(/\s+$/u, '');
      const score = /(?<![\d.,])(\d{1,3})$/u.exec(item);
      if (!score) break;
      const num = parseNum(score[1]!, from + start + score.index!);
      if (num) scores.push(num);
    }
    if (scores.length !== marks.length - first) continue;
    const totalAt = t.index! + t[0].length - t[1]!.length;
    const total = parseNum(t[1]!, totalAt);
    if (!total) continue;
    const listStart = from + marks[first]!.index!;
    const report: ListedSumReport = {
      values: scores,
      total,
      mean: null,
      place: { start: total.start, end: total.end, quoteStart: listStart, quoteEnd: total.end },
    };
    // The prose restating the sum with the mean of the scores.
    const after = text.slice(total.end, total.end + PROSE);
    for (const m of after.matchAll(RESTATED_MEAN)) {
      if (Number(m[1]) !== total.value) continue;
      const mean = parseNum(m[2]!, total.end + m.index! + m[0].lastIndexOf(m[2]!));
      if (!mean) continue;
      report.mean = mean;
      report.meanPlace = { start: mean.start, end: mean.end, quoteStart: total.end + m.index!, quoteEnd: mean.end };
      break;
    }
    out.push(report);
  }
  return out;
}
