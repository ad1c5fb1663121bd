/**
 * Prevalence tables as pipe rows: each category's number tested (sampled, examined), the number
 * of them positive, and its prevalence, under a header that names them in that order ("No.
 * tested | No. positive | Prevalence (%)", "Number sampled | Number positive (%)"): rows
 * "Hanoi a) | 159 | 20 | 12.6 |" or "Free-range | 7 | 2∗ (28.6) |". Each prevalence is the
 * positives over the row's own number tested, the total printed with it; no row's count is a
 * share of another row's, so nothing is summed.
 *
 * A row is its label cells, then the first cell that is a whole number (the number tested), then
 * the positives with their share in one cell ("2∗ (28.6)") or in the next two cells; footnote
 * marks after a number are set aside. The positives may not exceed the number tested. The table
 * runs from its header to the first line without "|" (its notes, prose).
 */
import type { Num, PercentGroup, TableBlock } from '../types.ts';
import { parseNum } from './numbers.ts';
import { pipeCells } from './pipe-cells.ts';

const TESTED = /(?<![\p{L}])(?:tested|sampled|examined|screened)(?![\p{L}])/iu;
const POSITIVE = /(?<![\p{L}])(?:positives?|seropositive|infected)(?![\p{L}])/iu;
const SHARE_WORD = /%|prevalence|\brate\b/iu;
const MARK = String.raw`\s*(?:[*∗†‡§]+|[a-e]\))?`;
const WHOLE = new RegExp(String.raw`^(\d+)${MARK}$`, 'u');
const SHARE = /^(\d{1,3}(?:\.\d+)?)\s*%?$/u;
const WITH_SHARE = new RegExp(String.raw`^(\d+)${MARK}\s*\(\s*(\d{1,3}(?:\.\d+)?)\s*%?\s*\)$`, 'u');

/** The header's cells name the number tested, then the positives, then (with them or after) their share. */
function isHeader(line: string): boolean {
  const tested = line.search(TESTED);
  const positive = line.search(POSITIVE);
  return tested >= 0 && positive > tested && SHARE_WORD.test(line.slice(positive));
}

interface Row {
  tested: number;
  positive: number;
  positiveStart: number;
  share: Num;
  /** Positives and share in cells of their own: shown as `count (share%)`. */
  apart: boolean;
}

function rowOf(line: string, base: number): Row | null {
  const cells = pipeCells(line, base);
  const first = cells.findIndex((c) => WHOLE.test(c.text));
  if (first < 1) return null;
  const tested = Number(WHOLE.exec(cells[first]!.text)![1]);
  const next = cells[first + 1];
  if (!next) return null;
  const together = WITH_SHARE.exec(next.text);
  let positive: number;
  let share: Num | null;
  if (together) {
    positive = Number(together[1]);
    share = parseNum(together[2]!, next.start + next.text.indexOf(together[2]!, together[1]!.length));
  } else {
    const count = WHOLE.exec(next.text);
    const pct = cells[first + 2];
    const bare = pct && SHARE.exec(pct.text);
    if (!count || !bare) return null;
    positive = Number(count[1]);
    share = parseNum(bare[1]!, pct.start);
  }
  if (!share || share.value > 100 || positive > tested || tested === 0) return null;
  return { tested, positive, positiveStart: next.start, share, apart: !together };
}

export function readPrevalenceRows(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const groups: PercentGroup[] = [];
  let inside = false;
  let base = 0;
  for (const line of text.split('\n')) {
    const start = base;
    base += line.length + 1;
    if (!line.includes('|')) {
      inside = false;
      continue;
    }
    if (isHeader(line)) {
      inside = true;
      continue;
    }
    if (!inside || inTable(start)) continue;
    const row = rowOf(line, start);
    if (!row || taken.has(row.share.start)) continue;
    const place = { start: row.positiveStart, end: row.share.end, quoteStart: start, quoteEnd: start + line.length };
    groups.push({
      pairs: [
        { count: row.positive, countStart: row.positiveStart, pct: row.share, ownTotal: row.tested, apart: row.apart },
      ],
      statedTotals: [],
      place,
      para: -1,
    });
  }
  return groups;
}
