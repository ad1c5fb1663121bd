/**
 * Tables of replicates with their Total and mean, as field and laboratory experiments print
 * them (agriculture, biology): "Perlakuan Ulangan ke- Total Rata-rata 1 2 3 F0 5.00 5.00 5.50
 * 15.50 5.17 F1 14.00 12.00 19.00 45.00 15.00 …", often flattened into running text. The header
 * names the Total (Jumlah) column and then the mean (Rata-rata, Rerata), and numbers the
 * replicates 1 2 … k (or I II … ); each row is a label and exactly k + 2 numbers: the replicates,
 * their Total and their mean.
 *
 * The header's k is the evidence of the layout: a label followed by more or fewer numbers is no
 * row of this table (a week's number between blocks, "7 (Tujuh)", is skipped); after ten tokens
 * that are no row the table has ended. A repeated header (a page break) starts again.
 */
import type { ListedSumReport, Num } from '../types.ts';
import { parseNum } from './numbers.ts';
import { tokensBetween, type Token } from './whitespace-tokens.ts';

const HEADER =
  /(?<![\p{L}])(?:Ulangan|Replikasi|Ulangan\s+ke-?)[\s\S]{0,120}?(?:Total|Jumlah)\s+(?:Rata[\s-]*-?\s*rata|Rerata|Mean)(?![\p{L}])/giu;
const REPLICATES =
  /(?<![\d.,])1\s+2(?:\s+3(?:\s+4(?:\s+5(?:\s+6(?:\s+7(?:\s+8)?)?)?)?)?)?(?![\d.,])|(?<![\p{L}])I\s+II(?:\s+III(?:\s+IV(?:\s+V(?:\s+VI)?)?)?)?(?![\p{L}])/gu;
const NUMBER = /^\d+(?:[.,]\d+)?$/u;
const DECIMAL = /^\d*[.,]\d+$/u;
/** Tokens that are no row before the table is taken to have ended. */
const MAX_GAP = 10;

const tokensFrom = (text: string, from: number, limit: number): Token[] =>
  tokensBetween(text, from, Math.min(text.length, from + limit));

/** The number of replicates the header numbers, right after its Total and mean (or within it). */
function replicates(text: string, headerStart: number, headerEnd: number): { k: number; end: number } | null {
  const window = text.slice(headerStart, headerEnd + 40);
  let best: { k: number; end: number } | null = null;
  for (const m of window.matchAll(REPLICATES)) {
    const k = m[0].trim().split(/\s+/u).length;
    const end = headerStart + m.index! + m[0].length;
    if (!best || k > best.k) best = { k, end: Math.max(end, headerEnd) };
  }
  return best;
}

/** The rows of a replicate table: a label with a letter, then k + 2 numbers, then no further number with decimals. */
function readRows(toks: Token[], k: number): ListedSumReport[] {
  const out: ListedSumReport[] = [];
  let gap = 0;
  for (let i = 0; i < toks.length && gap <= MAX_GAP; ) {
    const label = toks[i]!;
    const cells = toks.slice(i + 1, i + 1 + k + 2);
    const after = toks[i + 1 + k + 2];
    const isRow =
      /\p{L}/u.test(label.raw) &&
      label.raw.length <= 15 &&
      cells.length === k + 2 &&
      cells.every((c) => NUMBER.test(c.raw)) &&
      cells.some((c) => DECIMAL.test(c.raw)) &&
      !(after && DECIMAL.test(after.raw));
    if (!isRow) {
      gap++;
      i++;
      continue;
    }
    const nums = cells.map((c) => parseNum(c.raw, c.start)).filter((n): n is Num => n !== null);
    if (nums.length !== k + 2) break;
    const last = nums[k + 1]!;
    out.push({
      values: nums.slice(0, k),
      total: nums[k]!,
      mean: last,
      place: { start: nums[0]!.start, end: last.end, quoteStart: label.start, quoteEnd: last.end },
    });
    gap = 0;
    i += 1 + k + 2;
  }
  return out;
}

/** Every replicate table's rows, each with its Total and mean. */
export function readReplicateRows(text: string): ListedSumReport[] {
  const out: ListedSumReport[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(HEADER)) {
    const reps = replicates(text, m.index!, m.index! + m[0].length);
    if (!reps || reps.k < 2) continue;
    for (const row of readRows(tokensFrom(text, reps.end, 6000), reps.k)) {
      if (seen.has(row.place.start)) continue;
      seen.add(row.place.start);
      out.push(row);
    }
  }
  return out;
}
