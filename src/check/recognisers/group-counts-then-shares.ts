/**
 * Cross tables whose cells stack a variable's categories on lines of their own, printed flat
 * column group by column group: the categories, then for each group its counts, then their
 * shares, then the total row with a count and 100 under every group ("Memakai sabun Ya Tidak
 * 106 38 73,6 26,4 115 29 79,9 20,1 221 67 76,7 23,3 Total 144 100 144 100 288 100": cases 106 and
 * 38 of 144, controls 115 and 29 of 144, all 221 and 67 of 288). An odds ratio, its interval and a
 * p may follow the last group's shares.
 *
 * The evidence is the total row: the numbers between the categories and "Total|Jumlah" are cut
 * into as many groups as the total row has "N 100" pairs, each of m counts then m shares (m ≥ 2,
 * the smallest m that fits), and the reading is taken only when every group's shares add up to
 * 100 within a point and its counts to the N printed under it. One group in three or more may
 * print another N when its every share fits its own counts' sum (a total row that repeats the
 * groups' 144 under a total column whose counts make 288): the shares are then held to the
 * counts' sum, and the printed N is reported by checks/group-total-rows.ts. Numbers another
 * reader took are left alone.
 */
import type { CountPct, GroupTotalRow, Num, PercentGroup, Place, TableBlock } from '../types.ts';
import { isHundred, isInt, sum, type Tok, totalWordRuns } from './flat-cross-tables.ts';
import { paddedColumn } from './padded-decimals.ts';

/** What may stand between the last group's shares and the total row: an odds ratio, its interval, a p. */
const MAX_TRAILING_NUMBERS = 4;
const MAX_CATEGORIES = 8;

export interface GroupCountsThenShares {
  groups: PercentGroup[];
  totalRows: GroupTotalRow[];
}

const numAt = (toks: Tok[], i: number): Num | null => {
  const t = toks[i];
  return t?.kind === 'num' ? t.num : null;
};

/** Does `share` fit `count` of `total` at its printed decimals? */
const fitsShare = (count: number, total: number, share: Num) =>
  total > 0 && Math.abs((100 * count) / total - share.value) <= share.half + 1e-9;

export function readGroupCountsThenShares(
  text: string,
  tables: TableBlock[],
  taken: Set<number>,
): GroupCountsThenShares {
  const groups: PercentGroup[] = [];
  const totalRows: GroupTotalRow[] = [];
  for (const { toks, ti, run } of totalWordRuns(text, tables, /^\s+\d+\s+100(?:[.,]0+)?\s+\d+\s+100/)) {
    // The total row: "N 100" under every group.
    let k = 0;
    while (2 * (k + 1) <= run) {
      const n = numAt(toks, ti + 1 + 2 * k);
      const h = numAt(toks, ti + 2 + 2 * k);
      if (!n || !h || !isInt(n) || n.value === 0 || !isHundred(h)) break;
      k++;
    }
    if (k < 2) continue;
    const stated = Array.from({ length: k }, (_, g) => numAt(toks, ti + 1 + 2 * g)!);
    // The numbers right after the categories' last word, up to the first break (an interval's dash).
    let w = ti - 1;
    while (w >= 0 && toks[w]!.kind !== 'word') w--;
    if (w < 0) continue;
    const nums: Num[] = [];
    for (let j = w + 1; j < ti && toks[j]!.kind === 'num'; j++) nums.push((toks[j] as { num: Num }).num);
    const between = ti - w - 1;
    const reading = readGroups(nums, stated, between);
    if (!reading || reading.cells.some((n) => taken.has(n.start))) continue;
    const rowStart = toks[ti]!.kind === 'word' ? (toks[ti] as { start: number }).start : stated[0]!.start;
    const rowEnd = (numAt(toks, ti + 2 * k) ?? stated[k - 1]!).end;
    const quoteStart = nums[0]!.start;
    const place: Place = { start: quoteStart, end: rowEnd, quoteStart, quoteEnd: rowEnd };
    reading.groups.forEach(({ counts, shares, total }, g) => {
      const pcts = paddedColumn(shares);
      const pairs: CountPct[] = counts.map((c, i) => ({
        count: c.value,
        countStart: c.start,
        pct: pcts[i]!,
        ownTotal: null,
        apart: true,
      }));
      groups.push({ pairs, statedTotals: [total], totalSource: 'table', place, para: -1 });
      // The group's "N 100" in the total row.
      const end = numAt(toks, ti + 2 + 2 * g)!.end;
      const cell: Place = { start: stated[g]!.start, end, quoteStart: rowStart, quoteEnd: rowEnd };
      totalRows.push({ sum: sum(counts.map((c) => c.value)), stated: stated[g]!, place: cell });
    });
    for (const n of reading.cells) taken.add(n.start);
  }
  return { groups, totalRows };
}

interface Group {
  counts: Num[];
  shares: Num[];
  /** The total the shares are held to. */
  total: number;
}

/**
 * The groups of `nums` (k groups of m counts, then m shares) for the smallest m that fits the
 * total row `stated`; `between` is how many tokens stand between the categories and the total row.
 */
function readGroups(nums: Num[], stated: Num[], between: number): { groups: Group[]; cells: Num[] } | null {
  const k = stated.length;
  for (let m = 2; m <= MAX_CATEGORIES && 2 * k * m <= nums.length; m++) {
    const used = 2 * k * m;
    if (between - used > MAX_TRAILING_NUMBERS + 1) continue;
    const groups: Group[] = [];
    let misprinted = 0;
    for (let g = 0; g < k; g++) {
      const counts = nums.slice(2 * m * g, 2 * m * g + m);
      const shares = nums.slice(2 * m * g + m, 2 * m * (g + 1));
      if (!counts.every(isInt) || shares.some((s) => s.value > 100 + s.half)) break;
      if (Math.abs(sum(shares.map((s) => s.value)) - 100) > 1) break;
      const own = sum(counts.map((c) => c.value));
      if (own === stated[g]!.value) {
        groups.push({ counts, shares, total: own });
        continue;
      }
      // A misprinted N: every share fits the counts' own sum.
      if (!counts.every((c, i) => fitsShare(c.value, own, shares[i]!))) break;
      misprinted++;
      groups.push({ counts, shares, total: own });
    }
    if (groups.length !== k) continue;
    if (misprinted > 0 && (k < 3 || misprinted > 1)) continue;
    return { groups, cells: nums.slice(0, used) };
  }
  return null;
}
